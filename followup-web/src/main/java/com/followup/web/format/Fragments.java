package com.followup.web.format;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One fragment of a template drawn to a string within the current request, as the page itself would draw it (same
 * dialects, messages and link building): how the kept parts of a page ({@code DrawnRows}, {@code DrawnHeader}) are
 * drawn once before being kept.
 */
public final class Fragments {

    private Fragments() {
    }

    public static String draw(ITemplateEngine templates, String template, String fragment, Map<String, Object> model,
                              Locale locale) {
        var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        var exchange = JakartaServletWebApplication.buildApplication(request.getRequest().getServletContext())
                .buildExchange(request.getRequest(), request.getResponse());
        return templates.process(template, Set.of(fragment), new WebContext(exchange, locale, model));
    }
}
