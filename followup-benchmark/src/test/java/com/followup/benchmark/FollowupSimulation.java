package com.followup.benchmark;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Sixteen people using Followup at once against the running app: twelve staff members open "My follow-ups" and
 * check off the first item in one click, three managers read their area dashboard for the month, and the
 * director signs in, reads the overview and signs out, again and again. Users come from the data generator.
 * Properties: -DbaseUrl (http://localhost:8080), -Dseconds (60), -Dstaff (12).
 */
public class FollowupSimulation extends Simulation {

    static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final int STAFF = Integer.getInteger("staff", 12);

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("en").disableCaching();

    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/sign-in").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/sign-in")
                        .formParam("username", "#{username}").formParam("password", DataGenerator.PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")));
    }

    static Iterator<Map<String, Object>> people(String prefix, int count) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("username",
                String.format(prefix, next.getAndIncrement() % count + 1))).iterator();
    }

    ScenarioBuilder staff = scenario("staff").feed(people("staff-sales-%03d", 96))
            .exec(signIn())
            .during(LENGTH).on(exec(http("my follow-ups").get("/my-follow-ups")
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"),
                                    css("form[action^='/my-follow-ups/']", "action").optional().saveAs("action"),
                                    css("form[action^='/my-follow-ups/'] input[name=version]", "value").optional().saveAs("version")))
                    .doIf(session -> session.contains("action")).then(exec(http("check off").post("#{action}")
                            .header("HX-Request", "true")
                            .formParam("_csrf", "#{csrf}").formParam("quick", "true").formParam("version", "#{version}")
                            .formParam("requestId", session -> UUID.randomUUID().toString())
                            .check(status().is(200), substring("Recorded.").exists())))
                    .exec(session -> session.remove("action")));

    ScenarioBuilder managers = scenario("managers")
            .feed(Stream.of("sales", "operations", "administration")
                    .map(area -> Map.<String, Object>of("username", "manager-" + area, "area", area)).iterator())
            .exec(signIn())
            .during(LENGTH).on(exec(http("area dashboard").get("/dashboards/#{area}?period=THIS_MONTH")
                    .check(status().is(200), substring("id=\"panels\"").exists())));

    ScenarioBuilder director = scenario("director").feed(Stream.generate(() -> Map.<String, Object>of("username", "director")).iterator())
            .during(LENGTH).on(exec(signIn())
                    .exec(http("overview").get("/dashboards").check(status().is(200), substring("id=\"panels\"").exists()))
                    .exec(http("sign out").post("/sign-out").formParam("_csrf", "#{csrf}").check(status().is(200)))
                    .exec(session -> session.remove("csrf")));

    {
        setUp(staff.injectClosed(constantConcurrentUsers(STAFF).during(LENGTH)),
                managers.injectClosed(constantConcurrentUsers(3).during(LENGTH)),
                director.injectClosed(constantConcurrentUsers(1).during(LENGTH)))
                .protocols(protocol);
    }
}
