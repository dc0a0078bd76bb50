package com.followup.web.html;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker ValidHtmlTest runs reports, page after page, exactly what the Nu checker's EmbeddedValidator reports. */
class NuCheckerTest {

    private static final List<String> PAGES = List.of(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body><p>Fine</p></body></html>",
            "<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head><body><p><div>in a p</div>"
                    + "<a href=\"/x\" foo=\"bar\" hx-get=\"/y\">x</a><img src=\"a.png\"><ul><p>x</p></ul>"
                    + "<input id=\"a\"><input id=\"a\"><button type=\"submit\"><a href=\"/\">x</a></button></body></html>",
            "<!DOCTYPE html><html lang=\"en\"><head><title>Fine again</title></head><body><main><h1>x</h1>"
                    + "<table><tr><td>1</td></tr></table></main></body></html>",
            "<html><body><td>no doctype, no title</td></body></html>");

    @Test
    void reports_what_the_embedded_validator_reports_on_valid_and_invalid_pages_in_turn() throws Exception {
        EmbeddedValidator reference = new EmbeddedValidator();
        reference.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        reference.setNoLangDetect(true);
        NuChecker checker = new NuChecker();

        for (String page : PAGES) {
            String expected = reference.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
            assertThat(checker.check(page)).as(page).isEqualTo(expected);
        }
        assertThat(checker.check(PAGES.get(0))).doesNotContain(": error: ");
        assertThat(checker.check(PAGES.get(1))).contains("Duplicate ID “a”").contains("“foo” not allowed")
                .contains("An “img” element must have an “alt” attribute");
    }
}
