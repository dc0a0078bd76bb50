package com.followup.web.account;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@FollowupWebTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    UserAccounts accounts;

    @Test
    void the_right_password_signs_in_and_goes_home() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        signIn(staff.username(), People.PASSWORD, "10.1.0.1")
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(staff.username()).withRoles("STAFF"));
    }

    @Test
    void user_names_are_not_case_sensitive() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        signIn(staff.username().toUpperCase(), People.PASSWORD, "10.1.0.2").andExpect(authenticated());
    }

    @Test
    void a_wrong_password_is_refused_keeps_the_user_name_and_is_logged(CapturedOutput output) throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Cookie session = mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.0.3"))
                        .param("username", staff.username()).param("password", "wrong password"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated())
                .andReturn().getResponse().getCookie("SESSION");

        Page page = Page.of(mvc.perform(get("/sign-in").param("error", "").cookie(session)));
        assertThat(page.text("[role=alert]")).startsWith("That user name and password do not match");
        assertThat(page.value("username")).isEqualTo(staff.username());
        assertThat(page.value("password")).isEmpty();
        assertThat(output).contains("Failed sign-in for '" + staff.username() + "' from 10.1.0.3");
    }

    @Test
    void a_deactivated_person_cannot_sign_in() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        staff.deactivate();
        accounts.save(staff);

        signIn(staff.username(), People.PASSWORD, "10.1.0.4").andExpect(unauthenticated());
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_name_there_even_for_the_right_password(CapturedOutput output) throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        for (int i = 0; i < 5; i++) {
            signIn(staff.username(), "guess " + i, "10.1.1.1").andExpect(redirectedUrl("/sign-in?error"));
        }

        signIn(staff.username(), People.PASSWORD, "10.1.1.1")
                .andExpect(redirectedUrl("/sign-in?locked"))
                .andExpect(unauthenticated());
        assertThat(Page.of(mvc.perform(get("/sign-in").param("locked", ""))).text("[role=alert]"))
                .startsWith("Too many failed attempts");
        assertThat(output).contains("Locked pair:" + staff.username() + "|10.1.1.1");
        signIn(staff.username(), People.PASSWORD, "10.1.1.2").andExpect(authenticated());
    }

    @Test
    void a_stranger_guessing_from_many_addresses_cannot_lock_a_colleague_out_of_her_usual_address() throws Exception {
        UserAccount sofia = people.staff(Area.SALES);
        signIn(sofia.username(), People.PASSWORD, "10.1.3.50").andExpect(authenticated());
        for (int i = 0; i < 20; i++) {
            signIn(sofia.username(), "guess " + i, "10.1.4." + i).andExpect(redirectedUrl("/sign-in?error"));
        }

        signIn(sofia.username(), People.PASSWORD, "10.1.4.99").andExpect(redirectedUrl("/sign-in?locked"));
        signIn(sofia.username(), People.PASSWORD, "10.1.3.50").andExpect(authenticated());
    }

    @Test
    void many_names_tried_from_one_address_lock_that_address_for_people_who_never_signed_in_there() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("nobody" + i, "guess", "10.1.2.1");
        }
        UserAccount staff = people.staff(Area.SALES);

        signIn(staff.username(), People.PASSWORD, "10.1.2.1").andExpect(redirectedUrl("/sign-in?locked"));
        signIn(staff.username(), People.PASSWORD, "10.1.2.2").andExpect(authenticated());
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }
}
