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

class NoticesBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Test
    void a_person_asks_for_a_digest_and_a_calendar_address() {
        UserAccount ana = people.staff(Area.ADMINISTRATION);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), ana.username(), People.PASSWORD);

        browser.get(base() + "/notifications");
        Browser.screenshots(browser, "notifications-empty");
        browser.findElement(By.linkText("Email and calendar")).click();
        browser.findElement(By.id("email")).sendKeys("ana@example.com");
        browser.findElement(By.id("digestEnabled1")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("email")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Saved."));

        browser.findElement(By.cssSelector("#calendar button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-url")));
        assertThat(browser.findElement(By.id("calendar-url")).getAttribute("value")).contains("/calendar/").endsWith(".ics");
        Browser.screenshots(browser, "notice-settings");
    }
}
