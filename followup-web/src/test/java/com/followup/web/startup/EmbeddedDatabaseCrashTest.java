package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The app killed with kill -9 leaves its embedded PostgreSQL running; the next start takes over the folder. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseCrashTest {

    private static final String NEW_PASSWORD = "kept after the crash";

    @Test
    void after_kill_9_the_next_start_stops_the_leftover_server_and_nothing_is_lost(@TempDir Path workingDirectory,
                                                                                    CapturedOutput output) throws Exception {
        Path dataDirectory = workingDirectory.resolve("data/postgres");
        Path log = workingDirectory.resolve("first-run.log");
        int port = freePort();
        Process firstRun = new ProcessBuilder(javaCommand(port, dataDirectory)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            String base = "http://localhost:" + port;
            awaitStarted(firstRun, log);
            HttpSession diana = new HttpSession();
            diana.signIn(base, "diana", "followup-demo");
            assertThat(diana.submit(base + "/account/password", base + "/account/password", "currentPassword=followup-demo&newPassword="
                    + NEW_PASSWORD.replace(' ', '+') + "&confirmation=" + NEW_PASSWORD.replace(' ', '+')).statusCode()).isEqualTo(200);
            assertThat(new HttpSession().signIn(base, "diana", NEW_PASSWORD).body()).contains("Hello, Diana Directora");

            firstRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(leftoverServer(dataDirectory)).as("the killed run's PostgreSQL is still running").isPresent();

            try (ConfigurableApplicationContext secondRun = new SpringApplicationBuilder(FollowupApplication.class)
                    .run("--server.port=0", "--followup.jobs.enabled=false", "--followup.embedded-database.directory=" + dataDirectory)) {
                assertThat(output).contains("left running on " + dataDirectory + " by an earlier run");
                String secondBase = "http://localhost:" + secondRun.getEnvironment().getProperty("local.server.port");
                assertThat(new HttpSession().signIn(secondBase, "diana", NEW_PASSWORD).body()).contains("Hello, Diana Directora");
            }
        } finally {
            firstRun.destroyForcibly();
            leftoverServer(dataDirectory).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void a_data_folder_that_is_a_file_stops_the_start_with_the_reason_and_an_action_and_no_stack_trace(
            @TempDir Path workingDirectory, CapturedOutput output) throws Exception {
        Path file = Files.writeString(workingDirectory.resolve("postgres"), "not a folder");

        assertThatThrownBy(() -> new SpringApplicationBuilder(FollowupApplication.class)
                .run("--server.port=0", "--followup.embedded-database.directory=" + file)).isNotNull();

        assertThat(output).contains("The embedded database's data folder " + file + " is a file, not a folder.")
                .contains("Move that file away, or set FOLLOWUP_EMBEDDED_DATABASE_DIRECTORY")
                .doesNotContain("\tat ").doesNotContain("SPRING_DATASOURCE_URL");
    }

    private static List<String> javaCommand(int port, Path dataDirectory) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), FollowupApplication.class.getName(),
                "--server.port=" + port, "--followup.jobs.enabled=false", "--followup.embedded-database.directory=" + dataDirectory);
    }

    private static void awaitStarted(Process run, Path log) {
        await("the first run starts").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .failFast("the first run stopped", () -> !run.isAlive())
                .until(() -> Files.exists(log) && Files.readString(log).contains("Started FollowupApplication"));
    }

    private static Optional<ProcessHandle> leftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(ProcessHandle::isAlive);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
