package com.followup.web.home;

import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class HomePageTest {

    @Autowired MockMvc mvc;
    @Autowired People people;

    @Test
    void a_directors_home_shows_each_areas_month_with_links_to_its_rows_and_to_the_overview() throws Exception {
        Page home = Page.of(mvc.perform(get("/").with(as(people.director()))).andExpect(status().isOk()));

        assertThat(home.texts("section[aria-labelledby=home-month] h3")).containsExactly("Sales", "Operations", "Administration");
        assertThat(home.attr("a.btn-primary[href='/dashboards']", "href")).isEqualTo("/dashboards");
        assertThat(home.select("section[aria-labelledby=home-month] a[href^='/follow-ups?area=SALES&counted=OVERDUE']")).hasSize(1);
    }

    @Test
    void staff_get_their_work_not_the_areas_numbers() throws Exception {
        Page home = Page.of(mvc.perform(get("/").with(as(people.staff(Area.SALES)))).andExpect(status().isOk()));

        assertThat(home.select("#home-month")).isEmpty();
    }
}
