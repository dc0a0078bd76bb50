package com.followup.web.admin;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static com.followup.web.support.People.as;
import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class AccessChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    RuleMother rules;

    @Autowired
    Items items;

    @Test
    void a_manager_demoted_to_staff_loses_the_dashboards_and_reassigning_on_his_next_request_in_every_session() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        Item prospect = rules.prospect(seller.id(), Duration.ofDays(1));
        Cookie desk = signIn(manager, "10.3.0.1");
        Cookie phone = signIn(manager, "10.3.0.2");
        mvc.perform(get("/dashboards/sales").cookie(desk)).andExpect(status().isOk());
        mvc.perform(get("/items/" + prospect.id()).cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + manager.id()).with(as(people.director())).with(csrf())
                        .param("username", manager.username()).param("displayName", manager.displayName()).param("role", "STAFF")
                        .param("areas", "SALES").param("version", String.valueOf(manager.version())))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/dashboards/sales").cookie(desk)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/items/" + prospect.id() + "/owner").cookie(phone).with(csrf())
                        .param("version", String.valueOf(prospect.version())).param("ownerId", String.valueOf(manager.id())))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(items.findById(prospect.id()).orElseThrow().ownerId()).isEqualTo(seller.id());

        Cookie again = signIn(manager, "10.3.0.1");
        mvc.perform(get("/dashboards/sales").cookie(again)).andExpect(status().isForbidden());
    }

    @Test
    void a_new_name_alone_keeps_the_person_signed_in() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Cookie session = signIn(staff, "10.3.0.3");

        mvc.perform(post("/admin/users/" + staff.id()).with(as(people.director())).with(csrf())
                        .param("username", staff.username()).param("displayName", "Renamed Person").param("role", "STAFF")
                        .param("areas", "SALES").param("version", String.valueOf(staff.version())))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    private Cookie signIn(UserAccount person, String address) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address))
                        .param("username", person.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
    }
}
