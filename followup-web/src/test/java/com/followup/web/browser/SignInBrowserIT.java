package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Test
    void a_person_signs_in_through_the_real_page_with_the_keyboard_and_sees_their_name() {
        UserAccount director = people.director();
        browser.manage().deleteAllCookies();
        browser.get(base() + "/");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sign-in"));
        Browser.screenshots(browser, "sign-in");
        browser.findElement(By.id("username")).sendKeys(director.username());
        browser.findElement(By.id("password")).sendKeys(People.PASSWORD, Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello"));
        assertThat(browser.findElement(By.tagName("header")).getText()).contains(director.displayName());
        Browser.screenshots(browser, "home-director");

        browser.get(base() + "/admin/users?lang=es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Personas");
        Browser.screenshots(browser, "people-es");
    }

    @Test
    void a_wrong_password_keeps_the_person_on_the_sign_in_page_with_a_message() {
        UserAccount staff = people.staff(Area.SALES);
        browser.manage().deleteAllCookies();
        browser.get(base() + "/sign-in?lang=en");

        browser.findElement(By.id("username")).sendKeys(staff.username());
        browser.findElement(By.id("password")).sendKeys("not the password", Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("do not match");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(staff.username());
    }
}
