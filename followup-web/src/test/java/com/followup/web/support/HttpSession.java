package com.followup.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person using a running app over plain HTTP, with cookies, as a browser without script would. */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Signs in on the app at {@code base} and answers the page it lands on. */
    public HttpResponse<String> signIn(String base, String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(base + "/sign-in").body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the form on {@code page} to {@code action} with these fields and its CSRF token, as a browser would. */
    public HttpResponse<String> submit(String page, String action, String fields) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " has no form with a CSRF token");
        }
        return http.send(HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + enc(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, with this person's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, with this person's cookies, answered as the bytes sent (a compressed page as it came). */
    public HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
