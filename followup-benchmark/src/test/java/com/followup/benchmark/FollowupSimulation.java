package com.followup.benchmark;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A working day, for latency: sixteen people at once against the running app, each pausing 1 to 3 s between
 * clicks (busier than people are). Twelve staff members open "My follow-ups" and check off its first item in one
 * click, three managers read their area dashboard for the month, and the director signs in, reads the overview
 * and signs out. People arrive over the first ten seconds, as they do, rather than all signing in at once. Users
 * come from the data generator. Properties: -DbaseUrl, -Dseconds (60), -Dstaff (12), -DnoPauses (false: the
 * warm-up runs without pauses), -Dperiod (THIS_MONTH: the managers' dashboards; LAST_MONTH reads a whole month, as
 * this month does on its last day).
 */
public class FollowupSimulation extends Simulation {

    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final int STAFF = Integer.getInteger("staff", 12);
    static final boolean PAUSES = !Boolean.getBoolean("noPauses");
    static final Duration LEAST = PAUSES ? Duration.ofSeconds(1) : Duration.ZERO;
    static final Duration MOST = PAUSES ? Duration.ofSeconds(3) : Duration.ZERO;
    static final Duration ARRIVALS = PAUSES ? Duration.ofSeconds(10) : Duration.ZERO;
    static final String PERIOD = System.getProperty("period", "THIS_MONTH");

    HttpProtocolBuilder protocol = http.baseUrl(People.BASE).acceptLanguageHeader("en").disableCaching();

    ScenarioBuilder staff = scenario("staff").feed(People.named("staff-sales-%03d", 96))
            .pause(Duration.ZERO, ARRIVALS)
            .exec(People.signIn())
            .during(LENGTH).on(exec(http("my follow-ups").get("/my-follow-ups")
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"),
                                    css("button[form=quick]", "value").optional().saveAs("item")))
                    .pause(LEAST, MOST)
                    // the quick button sends the shared form to one address, naming its row as "id:version"
                    .doIf(session -> session.contains("item")).then(exec(http("check off").post("/my-follow-ups")
                            .header("HX-Request", "true")
                            .formParam("_csrf", "#{csrf}").formParam("item", "#{item}")
                            .check(status().is(200), substring("due-done").exists())))
                    .exec(session -> session.remove("item"))
                    .pause(LEAST, MOST));

    ScenarioBuilder managers = scenario("managers")
            .feed(Stream.of("sales", "operations", "administration")
                    .map(area -> Map.<String, Object>of("username", "manager-" + area, "area", area)).iterator())
            .pause(Duration.ZERO, ARRIVALS)
            .exec(People.signIn())
            .during(LENGTH).on(exec(http("area dashboard").get("/dashboards/#{area}?period=" + PERIOD)
                    .check(status().is(200), substring("id=\"panels\"").exists()))
                    .pause(LEAST, MOST));

    ScenarioBuilder director = scenario("director").feed(Stream.generate(() -> Map.<String, Object>of("username", "director")).iterator())
            .during(LENGTH).on(exec(People.signIn())
                    .pause(LEAST, MOST)
                    .exec(http("overview").get("/dashboards").check(status().is(200), substring("id=\"panels\"").exists()))
                    .pause(LEAST, MOST)
                    .exec(http("sign out").post("/sign-out").formParam("_csrf", "#{csrf}").check(status().is(200)))
                    .exec(session -> session.remove("csrf")));

    {
        setUp(staff.injectClosed(constantConcurrentUsers(STAFF).during(LENGTH)),
                managers.injectClosed(constantConcurrentUsers(3).during(LENGTH)),
                director.injectClosed(constantConcurrentUsers(1).during(LENGTH)))
                .protocols(protocol);
    }
}
