package com.followup.web.admin;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_director_adds_a_person_with_a_role_and_areas() throws Exception {
        mvc.perform(post("/admin/users").with(as(people.director())).with(csrf())
                        .param("username", "Nora.New")
                        .param("displayName", "Nora New")
                        .param("role", "MANAGER")
                        .param("areas", "SALES", "ADMINISTRATION")
                        .param("initialPassword", "first long password"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "user.created"));

        UserAccount nora = accounts.findByUsername("nora.new").orElseThrow();
        assertThat(nora.role()).isEqualTo(Role.MANAGER);
        assertThat(nora.areas()).containsExactlyInAnyOrder(Area.SALES, Area.ADMINISTRATION);
        assertThat(nora.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void the_list_shows_everyone_with_role_areas_and_status() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);

        mvc.perform(get("/admin/users").with(as(people.director())).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(staff.displayName()),
                        containsString("Operaciones"), containsString("Colaborador"), containsString("Activo"))));
    }

    @Test
    void mistakes_are_shown_next_to_their_fields_and_what_was_typed_stays() throws Exception {
        UserAccount existing = people.staff(Area.SALES);

        mvc.perform(post("/admin/users").with(as(people.director())).with(csrf())
                        .param("username", existing.username())
                        .param("displayName", "Typed Name")
                        .param("role", "STAFF")
                        .param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"username-error\""),
                        containsString("Someone already has this user name."),
                        containsString("Choose at least one area for a manager or staff member."),
                        containsString("Use between 10 and 128 characters."),
                        containsString("value=\"Typed Name\""))));

        assertThat(accounts.findAllOrderedByName()).noneMatch(a -> a.displayName().equals("Typed Name"));
    }

    @Test
    void a_director_changes_a_persons_role_and_areas() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        mvc.perform(post("/admin/users/{id}", staff.id()).with(as(people.director())).with(csrf())
                        .param("username", staff.username())
                        .param("displayName", "Promoted Person")
                        .param("role", "MANAGER")
                        .param("areas", "SALES", "OPERATIONS")
                        .param("version", String.valueOf(staff.version())))
                .andExpect(redirectedUrl("/admin/users"));

        UserAccount changed = accounts.findById(staff.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Promoted Person");
        assertThat(changed.role()).isEqualTo(Role.MANAGER);
        assertThat(changed.areas()).containsExactlyInAnyOrder(Area.SALES, Area.OPERATIONS);
    }

    @Test
    void the_second_of_two_directors_editing_one_person_is_told_and_sees_both_versions() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        long versionBothRead = staff.version();
        mvc.perform(post("/admin/users/{id}", staff.id()).with(as(people.director())).with(csrf())
                        .param("username", staff.username()).param("displayName", "First Director Wrote This").param("role", "STAFF")
                        .param("areas", "SALES").param("version", String.valueOf(versionBothRead)))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(post("/admin/users/{id}", staff.id()).with(as(people.director())).with(csrf())
                        .param("username", staff.username()).param("displayName", "Second Director Typed This").param("role", "STAFF")
                        .param("areas", "OPERATIONS").param("version", String.valueOf(versionBothRead)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Someone else changed this person while you were editing."),
                        containsString("First Director Wrote This"),
                        containsString("value=\"Second Director Typed This\""))));

        assertThat(accounts.findById(staff.id()).orElseThrow().displayName()).isEqualTo("First Director Wrote This");
    }

    @Test
    void a_deactivated_person_stays_in_the_list_and_can_be_reactivated() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        UserAccount director = people.director();

        mvc.perform(post("/admin/users/{id}/deactivate", staff.id()).with(as(director)).with(csrf())
                        .param("version", String.valueOf(staff.version())))
                .andExpect(redirectedUrl("/admin/users"));
        UserAccount deactivated = accounts.findById(staff.id()).orElseThrow();
        assertThat(deactivated.active()).isFalse();

        mvc.perform(post("/admin/users/{id}/reactivate", staff.id()).with(as(director)).with(csrf())
                        .param("version", String.valueOf(deactivated.version())))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.findById(staff.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void a_director_cannot_deactivate_themselves() throws Exception {
        UserAccount director = people.director();

        mvc.perform(post("/admin/users/{id}/deactivate", director.id()).with(as(director)).with(csrf())
                        .param("version", String.valueOf(director.version())))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("problem", "user.deactivate.self"));

        assertThat(accounts.findById(director.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void staff_cannot_add_people() throws Exception {
        mvc.perform(post("/admin/users").with(as(people.staff(Area.SALES))).with(csrf())
                        .param("username", "sneaky").param("displayName", "Sneaky").param("role", "DIRECTOR")
                        .param("initialPassword", "long enough password"))
                .andExpect(status().isForbidden());

        assertThat(accounts.existsByUsername("sneaky")).isFalse();
    }
}
