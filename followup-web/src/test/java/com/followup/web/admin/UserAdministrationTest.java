package com.followup.web.admin;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

        Page list = Page.of(mvc.perform(get("/admin/users").with(as(people.director())).header("Accept-Language", "es"))
                .andExpect(status().isOk()));

        String row = "tbody tr:has(td > a:containsOwn(" + staff.displayName() + "))";
        assertThat(list.texts(row + " td")).contains(staff.displayName(), "Colaborador").anySatisfy(cell ->
                assertThat(cell).contains("Operaciones")).anySatisfy(cell -> assertThat(cell).contains("Activo"));
    }

    @Test
    void mistakes_are_shown_next_to_their_fields_and_what_was_typed_stays() throws Exception {
        UserAccount existing = people.staff(Area.SALES);

        Page form = Page.of(mvc.perform(post("/admin/users").with(as(people.director())).with(csrf())
                        .param("username", existing.username())
                        .param("displayName", "Typed Name")
                        .param("role", "STAFF")
                        .param("initialPassword", "short"))
                .andExpect(status().isOk()));

        assertThat(form.error("username")).isEqualTo("Someone already has this user name.");
        assertThat(form.error("areas")).isEqualTo("Choose at least one area for a manager or staff member.");
        assertThat(form.error("initialPassword")).isEqualTo("Use between 10 and 128 characters.");
        assertThat(form.value("displayName")).isEqualTo("Typed Name");
        assertThat(accounts.findAllOrderedByName()).noneMatch(a -> a.displayName().equals("Typed Name"));
    }

    @Test
    void the_account_rules_of_the_domain_are_told_beside_each_field_in_both_languages() throws Exception {
        String tooLong = "n".repeat(UserAccount.MAX_DISPLAY_NAME + 1);
        for (String language : new String[] {"en", "es"}) {
            boolean english = language.equals("en");
            Page form = Page.of(mvc.perform(post("/admin/users").with(as(people.director())).with(csrf())
                            .header("Accept-Language", language)
                            .param("username", "nora new").param("displayName", tooLong).param("role", "DIRECTOR")
                            .param("initialPassword", "x".repeat(UserAccount.MAX_PASSWORD + 1)))
                    .andExpect(status().isOk()));

            assertThat(form.error("username")).isEqualTo(english
                    ? "Use letters, digits, dots, dashes or underscores, without spaces."
                    : "Usa letras, números, puntos, guiones o guiones bajos, sin espacios.");
            assertThat(form.error("displayName")).isEqualTo(english ? "Use at most 120 characters." : "Usa como máximo 120 caracteres.");
            assertThat(form.error("initialPassword")).isEqualTo(english ? "Use between 10 and 128 characters." : "Usa entre 10 y 128 caracteres.");
            assertThat(form.value("username")).isEqualTo("nora new");
            assertThat(form.value("displayName")).isEqualTo(tooLong);
        }
        Page tabbed = Page.of(mvc.perform(post("/admin/users").with(as(people.director())).with(csrf())
                        .param("username", "tabbed").param("displayName", "Tab\tName").param("role", "DIRECTOR")
                        .param("initialPassword", "first long password"))
                .andExpect(status().isOk()));
        assertThat(tabbed.error("displayName")).isEqualTo("Use one line, without control characters.");
        assertThat(accounts.existsByUsername("nora new")).isFalse();
        assertThat(accounts.existsByUsername("tabbed")).isFalse();
    }

    @Test
    void the_form_stops_typing_where_the_domain_would_refuse() throws Exception {
        Page form = Page.of(mvc.perform(get("/admin/users/new").with(as(people.director()))).andExpect(status().isOk()));

        assertThat(form.attr("[name=username]", "maxlength")).isEqualTo(String.valueOf(UserAccount.MAX_USERNAME));
        assertThat(form.attr("[name=displayName]", "maxlength")).isEqualTo(String.valueOf(UserAccount.MAX_DISPLAY_NAME));
        assertThat(form.attr("[name=initialPassword]", "maxlength")).isEqualTo(String.valueOf(UserAccount.MAX_PASSWORD));
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

        Page form = Page.of(mvc.perform(post("/admin/users/{id}", staff.id()).with(as(people.director())).with(csrf())
                        .param("username", staff.username()).param("displayName", "Second Director Typed This").param("role", "STAFF")
                        .param("areas", "OPERATIONS").param("version", String.valueOf(versionBothRead)))
                .andExpect(status().isOk()));

        assertThat(form.text(".alert-danger")).isEqualTo("Someone else changed this person while you were editing.");
        assertThat(form.texts(".alert-warning dd")).contains("First Director Wrote This");
        assertThat(form.value("displayName")).isEqualTo("Second Director Typed This");
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
