package com.followup.web.config;

import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Locale;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MockMvc does not forward to /error by itself, so these requests go where the container would send them. */
@FollowupWebTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void a_missing_page_is_explained_in_the_layout() throws Exception {
        Page page = Page.of(errorPage(404, "/admin/users/999999", Locale.ENGLISH));

        assertThat(page.isWholePage()).isTrue();
        assertThat(page.text("a.navbar-brand")).isEqualTo("Followup");
        assertThat(page.text("h1")).isEqualTo("Page not found");
        assertThat(page.text("section a.btn")).isEqualTo("Back to the start");
        assertThat(page.attr("section a.btn", "href")).isEqualTo("/");
    }

    @Test
    void a_forbidden_page_is_explained_in_the_persons_language() throws Exception {
        Page page = Page.of(errorPage(403, "/admin/users", Locale.forLanguageTag("es-MX")));

        assertThat(page.text("h1")).isEqualTo("No puedes abrir esta página");
    }

    @Test
    void a_server_failure_shows_no_stack_trace_or_internal_detail() throws Exception {
        MvcResult failure = errorPage(500, "/test/failure", Locale.ENGLISH);

        assertThat(Page.of(failure).text("h1")).startsWith("Something went wrong on our side");
        assertThat(failure.getResponse().getContentAsString()).as("anywhere in the answer, comments included")
                .doesNotContain("secret internal detail").doesNotContain("IllegalStateException").doesNotContain("at com.");
    }

    @Test
    void an_unknown_address_answers_404_through_the_dispatcher() throws Exception {
        mvc.perform(get("/no/such/page").with(as(people.staff(Area.SALES)))).andExpect(status().isNotFound());
    }

    @Test
    void the_error_path_asked_for_directly_is_a_missing_page() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(as(people.staff(Area.SALES))).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    private MvcResult errorPage(int status, String path, Locale locale) throws Exception {
        return mvc.perform(get("/error").with(as(people.staff(Area.SALES)))
                        .with(request -> {
                            request.setDispatcherType(DispatcherType.ERROR);
                            return request;
                        })
                        .locale(locale)
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", status)
                        .requestAttr("jakarta.servlet.error.request_uri", path)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret internal detail")))
                .andExpect(status().is(status))
                .andReturn();
    }
}
