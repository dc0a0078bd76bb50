package com.followup.web.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** Every error is shown by one page in the layout, worded for what happened; never a stack trace. */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("kind", kindOf(status));
        return new ModelAndView("error", page, status);
    }

    private static String kindOf(HttpStatus status) {
        if (status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND || status == HttpStatus.SERVICE_UNAVAILABLE) {
            return String.valueOf(status.value());
        }
        return status.is5xxServerError() ? "500" : "generic";
    }
}
