package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MyFollowUpsBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Test
    void a_staff_member_checks_off_overdue_follow_ups_in_place_and_the_counts_change() {
        UserAccount staff = people.staff(Area.SALES);
        Item called = mother.prospect(staff.id(), Duration.ofDays(3));
        Item quick = mother.prospect(staff.id(), Duration.ofDays(2));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), staff.username(), People.PASSWORD);

        browser.get(base() + "/my-follow-ups");
        assertThat(browser.findElement(By.cssSelector("#nav-due-counts .badge-overdue [aria-hidden=true]")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("group-OVERDUE")).getText()).contains("Overdue");
        Browser.screenshots(browser, "my-follow-ups");

        browser.findElement(By.cssSelector("#item-" + called.id() + " summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("result-" + called.id())))
                .sendKeys("Interested, wants a demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + called.id() + ".due-done")));
        assertThat(browser.findElement(By.id("count-OVERDUE")).getText()).isEqualTo("1");

        browser.findElement(By.cssSelector("#item-" + quick.id() + " button.btn-success")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + quick.id() + ".due-done")));
        assertThat(browser.findElement(By.id("item-" + quick.id())).getText()).contains("Done", quick.title(), "next follow-up");
        assertThat(browser.findElement(By.id("count-OVERDUE")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("nav-due-counts")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("mine-status")).getAttribute("textContent")).contains("Recorded: " + quick.title());
        assertThat(browser.getCurrentUrl()).endsWith("/my-follow-ups");
        Browser.screenshots(browser, "my-follow-ups-after");

        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("group-OVERDUE"))).isEmpty();
        assertThat(browser.findElement(By.id("my-follow-ups")).getText()).contains(called.title(), quick.title());
    }
}
