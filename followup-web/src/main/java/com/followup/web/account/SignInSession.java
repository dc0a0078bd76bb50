package com.followup.web.account;

/** Session attributes shared by the sign-in page and the sign-in failure handler. */
public final class SignInSession {

    public static final String LAST_USERNAME = "followup.sign-in.last-username";

    private SignInSession() {
    }
}
