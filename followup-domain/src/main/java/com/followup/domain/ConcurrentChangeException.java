package com.followup.domain;

/** Someone else changed the same thing since it was read: the change is refused, never merged silently. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}
