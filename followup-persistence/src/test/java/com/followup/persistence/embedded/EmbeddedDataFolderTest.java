package com.followup.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data folder the embedded PostgreSQL cannot use is refused before it starts, with the reason and what to do. */
class EmbeddedDataFolderTest {

    @Test
    void a_file_where_the_folder_should_be_is_named() throws Exception {
        Path file = Files.writeString(Files.createTempFile("followup", ".txt"), "not a folder");

        assertThatThrownBy(() -> new EmbeddedDataFolder(file).prepare())
                .isInstanceOf(EmbeddedDatabaseStartFailure.class)
                .hasMessage("The embedded database's data folder " + file + " is a file, not a folder.")
                .satisfies(failure -> assertThat(((EmbeddedDatabaseStartFailure) failure).action())
                        .contains("FOLLOWUP_EMBEDDED_DATABASE_DIRECTORY"));
    }

    @Test
    void a_folder_that_cannot_be_made_or_written_is_named() throws Exception {
        Path underAFile = Files.createTempFile("followup", ".txt").resolve("postgres");

        assertThatThrownBy(() -> new EmbeddedDataFolder(underAFile).prepare())
                .isInstanceOf(EmbeddedDatabaseStartFailure.class)
                .hasMessageStartingWith("Followup cannot write its embedded database's data folder " + underAFile)
                .satisfies(failure -> assertThat(((EmbeddedDatabaseStartFailure) failure).action())
                        .startsWith("Let the user that runs Followup write to that folder"));
    }

    @Test
    void data_of_another_postgresql_major_version_is_named_with_the_way_to_upgrade(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("PG_VERSION"), "16\n");

        assertThatThrownBy(() -> new EmbeddedDataFolder(folder).prepare())
                .isInstanceOf(EmbeddedDatabaseStartFailure.class)
                .hasMessage("The data folder " + folder + " was made by PostgreSQL 16, and Followup's embedded server is PostgreSQL "
                        + EmbeddedDataFolder.binariesMajorVersion() + ".")
                .satisfies(failure -> assertThat(((EmbeddedDatabaseStartFailure) failure).action()).contains("pg_upgrade"));
        assertThat(EmbeddedDataFolder.binariesMajorVersion()).isEqualTo("17");
    }

    @Test
    void a_folder_in_use_by_a_running_followup_is_refused(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("postgresql.conf"), "");
        try (FileChannel channel = FileChannel.open(folder.resolve(EmbeddedDataFolder.LIBRARY_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = channel.lock()) {

            assertThatThrownBy(() -> new EmbeddedDataFolder(folder).prepare())
                    .isInstanceOf(EmbeddedDatabaseStartFailure.class)
                    .hasMessage("Another running Followup uses the embedded database in " + folder + ".");
        }
    }

    @Test
    void a_stale_lock_file_of_a_process_that_is_gone_is_left_to_postgresql(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("postmaster.pid"), Long.MAX_VALUE + "\n" + folder + "\n");

        new EmbeddedDataFolder(folder).prepare();

        assertThat(folder.resolve("postmaster.pid")).exists();
    }
}
