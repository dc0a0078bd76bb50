package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static com.followup.web.importing.ImportRequests.upload;
import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files no spreadsheet would write (FuzzTest sends no multipart requests): each is refused whole with a message next to
 * the file field, in the person's language, and nothing is kept.
 */
@FollowupWebTest
class HostileFileTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    static Stream<org.junit.jupiter.params.provider.Arguments> files() {
        byte[] binary = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(binary);
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        byte[] latin1 = "rule,title,counterpart\nNuevos,Año,Niño\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] nul = "rule,title,counterpart\nx,y\u0000,z\n".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                arguments("empty", new byte[0], "The file empty.csv is empty: choose the file that holds the rows."),
                arguments("blank", " \n\n".getBytes(StandardCharsets.UTF_8), "The file blank.csv is empty: choose the file that holds the rows."),
                arguments("binary", binary, "not CSV UTF-8 text"),
                arguments("tooLarge", tooLarge, "is larger than 20 MB"),
                arguments("latin1", latin1, "The file latin1.csv is not CSV UTF-8 text (row 2)"),
                arguments("nul", nul, "The file nul.csv is not a CSV file (row 2 holds binary data)"),
                arguments("unclosedQuote", "rule,title,counterpart\nx,\"y,z\n".getBytes(StandardCharsets.UTF_8), "cannot be read from row"),
                arguments("tabs", "rule\ttitle\tcounterpart\nx\ty\tz\n".getBytes(StandardCharsets.UTF_8),
                        "separated by commas or semicolons. Missing: Rule, Title, Counterpart"),
                arguments("noTitle", "regla;cliente\nx;y\n".getBytes(StandardCharsets.UTF_8), "Missing: Title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_file_that_is_not_a_spreadsheet_of_items_is_refused_with_a_message_and_nothing_kept(String name, byte[] content,
                                                                                                String message) throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        long before = batches();

        Page page = Page.of(mvc.perform(upload(manager, name + ".csv", content)).andExpect(status().isOk()));

        assertThat(page.text("#file-error")).contains(message);
        assertThat(page.attr("#file", "class")).contains("is-invalid");
        assertThat(batches()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void no_file_at_all_asks_for_one() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        Page missing = Page.of(mvc.perform(post("/imports/items").with(csrf()).with(as(manager)).header("Accept-Language", "es")));
        assertThat(missing.text("#file-error")).isEqualTo("Elija un archivo CSV para subir.");
        Page otherField = Page.of(mvc.perform(multipart("/imports/items").file(new MockMultipartFile("other", "a.csv", "text/csv",
                new byte[]{1})).with(csrf()).with(as(manager)).header("Accept-Language", "en")));
        assertThat(otherField.text("#file-error")).isEqualTo("Choose a CSV file to upload.");
    }

    private long batches() {
        return jdbc.sql("select count(*) from import_batch").query(Long.class).single();
    }
}
