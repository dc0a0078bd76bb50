package com.followup.web.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions on every instance (they live in PostgreSQL), so their next request signs in again. */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends every session of {@code username} except {@code keptSessionId}, the one the person is using. */
    public void endAllBut(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
