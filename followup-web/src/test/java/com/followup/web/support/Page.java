package com.followup.web.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page or an htmx fragment as the browser reads it: tests pick elements by CSS selector and assert on their text
 * and attributes (with AssertJ), so that a change of markup order, quoting or escaping does not break them.
 */
public final class Page {

    private static final Pattern DOCUMENT_ELEMENT = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);

    private final String markup;
    private final Document document;

    private Page(String markup) {
        this.markup = markup;
        this.document = Jsoup.parse(markup);
    }

    public static Page of(ResultActions response) {
        return of(response.andReturn());
    }

    public static Page of(MvcResult result) {
        try {
            return new Page(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the answer is a whole page with its layout rather than a fragment for htmx to swap in. */
    public boolean isWholePage() {
        return DOCUMENT_ELEMENT.matcher(markup).find();
    }

    public Elements select(String css) {
        return document.select(css);
    }

    /** The one element {@code css} picks; more or none fails the test, naming the selector. */
    public Element one(String css) {
        Elements found = document.select(css);
        if (found.size() != 1) {
            throw new AssertionError("expected one element for \"" + css + "\" but found " + found.size() + " in:\n" + markup);
        }
        return found.first();
    }

    /** The text a person reads in the one element {@code css} picks, its spaces collapsed. */
    public String text(String css) {
        return one(css).text();
    }

    /** The texts of every element {@code css} picks, in page order. */
    public List<String> texts(String css) {
        return document.select(css).eachText();
    }

    /** The value of attribute {@code name} of the one element {@code css} picks; empty when it has none. */
    public String attr(String css, String name) {
        return one(css).attr(name);
    }

    /** The whole text a person reads on the page, its spaces collapsed. */
    public String text() {
        return document.text();
    }

    /** Every text and every attribute value of the page, decoded: to prove that something appears nowhere. */
    public String everything() {
        StringBuilder all = new StringBuilder(document.text());
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                all.append('\n').append(attribute.getValue());
            }
        }
        return all.toString();
    }

    /** What the form field named {@code name} holds: an input's value, a text area's text, a list's chosen option. */
    public String value(String name) {
        Element field = one("[name=" + name + "]");
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> field.select("option[selected]").attr("value");
            default -> field.attr("value");
        };
    }

    /** The message next to the field {@code name} (the element {@code #name-error}); empty when there is none. */
    public String error(String name) {
        return text("#" + name + "-error");
    }
}
