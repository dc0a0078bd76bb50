package com.followup.web.lists;

import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A day typed in an address can parse as a date no database timestamp holds (+300000-01-01): every list and
 * dashboard then shows this month, as for any range it does not take, instead of failing.
 */
@FollowupWebTest
class FarAwayDatesTest {

    private static final String FAR = "+300000-01-01";
    private static final String FAR_MONDAY = "+300000-01-03";

    @Autowired MockMvc mvc;
    @Autowired People people;

    @Test
    void lists_and_dashboards_read_a_range_in_year_300000_as_this_month() throws Exception {
        List<String> addresses = List.of(
                "/follow-ups?area=SALES&from=" + FAR + "&to=" + FAR,
                "/items?area=SALES&counted=SOLD&from=" + FAR + "&to=" + FAR,
                "/items/export.csv?area=SALES&counted=SOLD&from=" + FAR + "&to=" + FAR,
                "/dashboards/SALES?period=RANGE&from=" + FAR + "&to=" + FAR,
                "/leads/counted?counted=ARRIVED&from=" + FAR + "&to=" + FAR,
                "/leads/counted?counted=ARRIVED&week=" + FAR_MONDAY,
                "/leads/dashboard?from=" + FAR + "&to=" + FAR);
        for (String address : addresses) {
            MvcResult answer = mvc.perform(get(address).with(as(people.director()))).andExpect(status().isOk()).andReturn();
            String type = answer.getResponse().getContentType();
            if (type != null && type.startsWith("text/html")) {
                assertThat(Page.of(answer).text("h1")).as(address).isNotBlank();
            }
        }
    }
}
