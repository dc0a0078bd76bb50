package com.followup.web.config;

import com.followup.web.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, and where the language switch returns to. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser me) {
        return me;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // after a POST the form's URL may not answer a GET; a path like //host would leave the site
        return "GET".equals(request.getMethod()) && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }
}
