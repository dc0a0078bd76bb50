package com.followup.web.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(HttpSession session, Model model) {
        Object lastUsername = session.getAttribute(SignInSession.LAST_USERNAME);
        session.removeAttribute(SignInSession.LAST_USERNAME);
        model.addAttribute("username", lastUsername == null ? "" : lastUsername);
        return "account/sign-in";
    }
}
