package com.followup.web.config;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a session's last access time at most once a minute. Spring Session sets it on every request, which
 * makes every signed-in request update its row in PostgreSQL; here a session hands the new time on only when the
 * stored one is older than {@link #WRITE_EVERY}, so a session that changed nothing is not written at all. The idle
 * timeout counts from the stored time: a session ends between one minute before and at its timeout.
 */
final class SessionLastAccessEveryMinute<S extends Session> implements FindByIndexNameSessionRepository<Session> {

    static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> sessions;

    SessionLastAccessEveryMinute(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Session createSession() {
        return new LastAccessEveryMinute<>(sessions.createSession());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        sessions.save(session instanceof LastAccessEveryMinute<?> wrapped ? (S) wrapped.session : (S) session);
    }

    @Override
    public Session findById(String id) {
        S session = sessions.findById(id);
        return session == null ? null : new LastAccessEveryMinute<>(session);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new LastAccessEveryMinute<>(entry.getValue())));
    }

    private record LastAccessEveryMinute<S extends Session>(S session) implements Session {

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(WRITE_EVERY))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
