package com.followup.web.config;

import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
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
        String page = errorPage(404, "/admin/users/999999", Locale.ENGLISH);

        assertThat(page).contains("Page not found").contains("Back to the start").contains("Followup</a>");
    }

    @Test
    void a_forbidden_page_is_explained_in_the_persons_language() throws Exception {
        String page = errorPage(403, "/admin/users", Locale.forLanguageTag("es-MX"));

        assertThat(page).contains("No puedes abrir esta página");
    }

    @Test
    void a_server_failure_shows_no_stack_trace_or_internal_detail() throws Exception {
        String page = errorPage(500, "/test/failure", Locale.ENGLISH);

        assertThat(page).contains("Something went wrong on our side")
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

    private String errorPage(int status, String path, Locale locale) throws Exception {
        MvcResult result = mvc.perform(get("/error").with(as(people.staff(Area.SALES)))
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
        return result.getResponse().getContentAsString();
    }
}
