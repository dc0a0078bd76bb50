package com.followup.benchmark;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Write throughput: sixteen staff members at once, without pauses, each opening "My follow-ups" and checking off
 * every row in it with "Done, next as usual", then opening it again. Every check-off must be answered with its row
 * marked done; run.sh counts the rows added against the check-offs Gatling counted. Properties: -DbaseUrl,
 * -Dseconds (60), -Dusers (16), -DfirstUser (1): each run moves its people's follow-ups a week or more ahead, so that
 * the same sixteen checked off again and again find their lists ever less overdue (and cheaper); an A/B gives each run
 * people of its own (staff-sales-017 onwards for the second, ...).
 */
public class CheckOffSimulation extends Simulation {

    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("seconds", 60));
    static final int USERS = Integer.getInteger("users", 16);
    static final int FIRST_USER = Integer.getInteger("firstUser", 1);

    HttpProtocolBuilder protocol = http.baseUrl(People.BASE).acceptLanguageHeader("en").disableCaching();

    ScenarioBuilder staff = scenario("check-offs").feed(People.named("staff-sales-%03d", 96, FIRST_USER))
            .exec(People.signIn())
            .during(LENGTH).on(exec(http("my follow-ups").get("/my-follow-ups")
                            .check(css("input[name=_csrf]", "value").saveAs("csrf"),
                                    css("button[form=quick]", "value").findAll().saveAs("items")))
                    .exitHereIfFailed()
                    // each row's quick button sends the shared form to one address with its row as "id:version"
                    .foreach("#{items}", "item").on(exec(http("check off").post("/my-follow-ups")
                            .header("HX-Request", "true")
                            .formParam("_csrf", "#{csrf}").formParam("item", "#{item}")
                            .check(status().is(200), substring("due-done").exists()))));

    {
        setUp(staff.injectClosed(constantConcurrentUsers(USERS).during(LENGTH))).protocols(protocol);
    }
}
