package com.followup.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import com.followup.web.account.SignInSession;

import java.io.IOException;

/**
 * Tells a locked-out person that they are locked out, everyone else only that it failed,
 * and keeps the user name they typed for the form.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession().setAttribute(SignInSession.LAST_USERNAME, username.length() > 60 ? username.substring(0, 60) : username);
        }
        String reason = exception instanceof LockedException ? "locked" : "error";
        getRedirectStrategy().sendRedirect(request, response, "/sign-in?" + reason);
    }
}
