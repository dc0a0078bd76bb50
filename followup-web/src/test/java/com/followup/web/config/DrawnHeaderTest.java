package com.followup.web.config;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.followup.DueFollowUps.BucketCounts;
import com.followup.web.account.SignedInUser;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A kept header is the header the page writes: the header of a page seen again is byte for byte the one drawn for
 * it, and each thing the header reads is part of the key (a different person, count, language or path draws a
 * different header), so that no kept header can answer for another page or person. Nothing in it is per request.
 */
@FollowupWebTest
class DrawnHeaderTest {

    private static final SignedInUser ANA = new SignedInUser(7, "ana", "Ana", Role.STAFF, Set.of(Area.SALES), "", true);
    private static final BucketCounts COUNTS = new BucketCounts(2, 1, 0, 4, 3);

    @Autowired DrawnHeader drawnHeader;
    @Autowired WebApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired People people;

    @BeforeEach
    void inARequest() {
        var request = new MockHttpServletRequest(context.getServletContext(), "GET", "/my-follow-ups");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
    }

    @AfterEach
    void outOfTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static String header(String page) {
        int start = page.indexOf("<header");
        int end = page.indexOf("</header>") + "</header>".length();
        assertThat(start).isNotNegative();
        return page.substring(start, end);
    }

    @Test
    void a_page_seen_again_writes_the_same_header_without_a_token_in_it() throws Exception {
        var seller = people.staff(Area.SALES);
        for (String lang : List.of("en", "es")) {
            String first = mvc.perform(get("/my-follow-ups").param("lang", lang).with(as(seller)))
                    .andReturn().getResponse().getContentAsString();
            String again = mvc.perform(get("/my-follow-ups").param("lang", lang).with(as(seller)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(header(again)).isEqualTo(header(first))
                    .contains(seller.displayName(), "href=\"/my-follow-ups?lang=en\"", "href=\"/my-follow-ups?lang=es\"",
                            "form=\"sign-out\"")
                    .doesNotContain("_csrf", "<form");
            assertThat(again.substring(again.indexOf("</footer>")))
                    .containsPattern("<form id=\"sign-out\" action=\"/sign-out\" method=\"post\"><input type=\"hidden\" name=\"_csrf\"");
        }
    }

    @Test
    void the_kept_header_is_the_one_drawn_for_the_same_person_counts_path_and_language() {
        String kept = drawnHeader.html(ANA, COUNTS, "/my-follow-ups", Locale.ENGLISH);
        assertThat(drawnHeader.html(ANA, COUNTS, "/my-follow-ups", Locale.ENGLISH)).isSameAs(kept);
        assertThat(kept).startsWith("<header").endsWith("</header>")
                .contains(">Ana<", "2 overdue", "1 due today", "3 unread", "href=\"/my-follow-ups?lang=es\"");
    }

    @Test
    void each_thing_the_header_reads_is_part_of_the_key() {
        String kept = drawnHeader.html(ANA, COUNTS, "/my-follow-ups", Locale.ENGLISH);
        var others = List.of(
                drawnHeader.html(new SignedInUser(7, "ana", "Ana María", Role.STAFF, Set.of(Area.SALES), "", true),
                        COUNTS, "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(new SignedInUser(7, "ana", "Ana", Role.MANAGER, Set.of(Area.SALES), "", true),
                        COUNTS, "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(new SignedInUser(7, "ana", "Ana", Role.STAFF, Set.of(Area.OPERATIONS), "", true),
                        COUNTS, "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(ANA, new BucketCounts(3, 1, 0, 4, 3), "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(ANA, new BucketCounts(2, 0, 0, 4, 3), "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(ANA, new BucketCounts(2, 1, 0, 4, 0), "/my-follow-ups", Locale.ENGLISH),
                drawnHeader.html(ANA, COUNTS, "/items?q=fleet", Locale.ENGLISH),
                drawnHeader.html(ANA, COUNTS, "/my-follow-ups", Locale.forLanguageTag("es")));
        assertThat(others).doesNotContain(kept).doesNotHaveDuplicates();
        assertThat(others.get(6)).contains("href=\"/items?q=fleet&amp;lang=es\"");
        assertThat(others.get(7)).contains("Cerrar sesión");
    }
}
