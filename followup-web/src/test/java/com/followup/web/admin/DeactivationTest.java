package com.followup.web.admin;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class DeactivationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    UserAdministration administration;

    @Test
    void deactivating_a_person_ends_the_sessions_they_have_open() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Cookie session = mvc.perform(post("/sign-in").with(csrf()).with(from("10.2.0.1"))
                        .param("username", staff.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session is kept by Spring Session").isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        administration.deactivate(staff.id(), staff.version());

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }
}
