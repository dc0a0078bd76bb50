package com.followup.web.config;

import jakarta.servlet.Filter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.util.Map;

/**
 * Reads a signed-in session from PostgreSQL once a request instead of twice. Spring Session saves a session as
 * soon as the response is committed, forgets it, and at the end of the request looks it up again to save it once
 * more (spring-session issue 1731). Within one request, bounded by {@link #requestScope()}, this repository answers
 * that second lookup with the session it has just saved; outside a request it only passes calls on.
 */
final class SessionReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

    /** The session saved in this thread's current request, in a holder that exists only during a request. */
    private static final ThreadLocal<Session[]> SAVED = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    SessionReadOncePerRequest(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** The filter that opens and closes a request's scope; it must run before Spring Session's filter. */
    static Filter requestScope() {
        return (request, response, chain) -> {
            Session[] outer = SAVED.get();
            SAVED.set(new Session[1]);
            try {
                chain.doFilter(request, response);
            } finally {
                SAVED.set(outer);
            }
        };
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(S session) {
        sessions.save(session);
        Session[] saved = SAVED.get();
        if (saved != null) {
            saved[0] = session;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Session[] saved = savedIn(id);
        return saved != null ? (S) saved[0] : sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
        Session[] saved = savedIn(id);
        if (saved != null) {
            saved[0] = null;
        }
        sessions.deleteById(id);
    }

    /** This request's holder, when it holds the session with this id. */
    private static Session[] savedIn(String id) {
        Session[] saved = SAVED.get();
        return saved != null && saved[0] != null && saved[0].getId().equals(id) ? saved : null;
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
