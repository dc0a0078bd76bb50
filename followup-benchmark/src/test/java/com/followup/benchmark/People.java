package com.followup.benchmark;

import io.gatling.javaapi.core.ChainBuilder;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** The generated company's people as Gatling users, and signing in as one of them. */
final class People {

    static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");

    private People() {
    }

    /** User names from a pattern such as staff-sales-%03d, numbered 1 to count, round and round. */
    static Iterator<Map<String, Object>> named(String pattern, int count) {
        return named(pattern, count, 1);
    }

    /** From the {@code first}th person on, then round to the first again. */
    static Iterator<Map<String, Object>> named(String pattern, int count, int first) {
        AtomicInteger next = new AtomicInteger(first - 1);
        return Stream.generate(() -> Map.<String, Object>of("username",
                String.format(pattern, next.getAndIncrement() % count + 1))).iterator();
    }

    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/sign-in").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/sign-in")
                        .formParam("username", "#{username}").formParam("password", DataGenerator.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")));
    }
}
