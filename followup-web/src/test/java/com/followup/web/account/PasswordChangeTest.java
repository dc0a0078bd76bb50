package com.followup.web.account;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.followup.web.support.People.as;
import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_person_changes_their_own_password() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        mvc.perform(post("/account/password").with(as(staff)).with(csrf())
                        .param("currentPassword", People.PASSWORD)
                        .param("newPassword", "a brand new sentence")
                        .param("confirmation", "a brand new sentence"))
                .andExpect(redirectedUrl("/"));

        String hash = accounts.findById(staff.id()).orElseThrow().passwordHash();
        assertThat(encoder.matches("a brand new sentence", hash)).isTrue();
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_its_field_and_nothing_changes() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        Page page = Page.of(mvc.perform(post("/account/password").with(as(staff)).with(csrf())
                        .param("currentPassword", "not my password")
                        .param("newPassword", "a brand new sentence")
                        .param("confirmation", "a brand new sentence"))
                .andExpect(status().isOk()));
        assertThat(page.error("currentPassword")).isEqualTo("That is not your current password.");
        assertThat(page.attr("#currentPassword", "aria-describedby")).isEqualTo("currentPassword-error");

        assertThat(accounts.findById(staff.id()).orElseThrow().passwordHash()).isEqualTo(staff.passwordHash());
    }

    @Test
    void a_short_or_unconfirmed_password_is_refused_in_spanish_too() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        Page tooShort = Page.of(mvc.perform(post("/account/password").with(as(staff)).with(csrf())
                        .header("Accept-Language", "es")
                        .param("currentPassword", People.PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmation", "other"))
                .andExpect(status().isOk()));
        assertThat(tooShort.error("newPassword")).isEqualTo("Usa entre 10 y 128 caracteres.");

        Page unconfirmed = Page.of(mvc.perform(post("/account/password").with(as(staff)).with(csrf())
                        .header("Accept-Language", "es")
                        .param("currentPassword", People.PASSWORD)
                        .param("newPassword", "long enough sentence")
                        .param("confirmation", "a different sentence")));
        assertThat(unconfirmed.error("confirmation")).isEqualTo("Las dos contraseñas nuevas no son iguales.");
        assertThat(accounts.findById(staff.id()).orElseThrow().passwordHash()).isEqualTo(staff.passwordHash());
    }

    @Test
    void a_new_password_signs_out_the_persons_other_sessions_but_not_this_one() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Cookie laptop = signIn(staff, "10.4.0.1");
        Cookie phone = signIn(staff, "10.4.0.2");

        mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("currentPassword", People.PASSWORD)
                        .param("newPassword", "a brand new sentence")
                        .param("confirmation", "a brand new sentence"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void the_current_password_is_throttled_like_sign_in() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        for (int i = 0; i < 5; i++) {
            assertThat(Page.of(changeFrom("10.4.1.1", staff, "guess " + i)).text("#currentPassword-error"))
                    .isEqualTo("That is not your current password.");
        }

        assertThat(Page.of(changeFrom("10.4.1.1", staff, People.PASSWORD).andExpect(status().isOk()))
                .text("#currentPassword-error")).isEqualTo("Too many wrong passwords. Try again later.");
        assertThat(accounts.findById(staff.id()).orElseThrow().passwordHash()).isEqualTo(staff.passwordHash());
        mvc.perform(post("/sign-in").with(csrf()).with(from("10.4.1.1"))
                        .param("username", staff.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
    }

    private ResultActions changeFrom(String address, UserAccount person, String currentPassword) throws Exception {
        return mvc.perform(post("/account/password").with(as(person)).with(csrf()).with(from(address))
                .param("currentPassword", currentPassword)
                .param("newPassword", "a brand new sentence")
                .param("confirmation", "a brand new sentence"));
    }

    private Cookie signIn(UserAccount person, String address) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address))
                        .param("username", person.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
    }
}
