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
        return "GET".equals(request.getMethod()) ? request.getRequestURI().substring(request.getContextPath().length()) : "/";
    }
}
