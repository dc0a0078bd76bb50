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
import org.openqa.selenium.JavascriptExecutor;
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
        Item inSpanish = mother.prospect(staff.id(), Duration.ofDays(1));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), staff.username(), People.PASSWORD);

        browser.get(base() + "/my-follow-ups");
        // the badge shows the number; its words are for screen readers (Selenium reads 1-pixel text as shown)
        assertThat(browser.findElement(By.cssSelector("#nav-due-counts [aria-hidden=true]")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("#nav-due-counts .visually-hidden")).getAttribute("textContent"))
                .isEqualTo("3 overdue");
        assertThat(browser.findElement(By.id("group-OVERDUE")).getText()).contains("Overdue");
        Browser.screenshots(browser, "my-follow-ups");
        browser.get(base() + "/my-follow-ups?lang=es");
        Browser.screenshots(browser, "my-follow-ups-es");
        browser.get(base() + "/my-follow-ups?lang=en");
        browser.get(base() + "/my-follow-ups");

        browser.findElement(By.cssSelector("#item-" + called.id() + " > button + a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("result-" + called.id())))
                .sendKeys("Interested, wants a demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + called.id() + ".due-done")));
        assertThat(browser.findElement(By.id("count-OVERDUE")).getText()).isEqualTo("2");

        browser.findElement(By.cssSelector("#item-" + quick.id() + " > button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + quick.id() + ".due-done")));
        assertThat(browser.findElement(By.id("item-" + quick.id())).getText()).contains("Done", quick.title(), "next follow-up");
        assertThat(browser.findElement(By.id("count-OVERDUE")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("mine-status")).getAttribute("textContent")).contains("Recorded: " + quick.title());
        assertThat(browser.getCurrentUrl()).endsWith("/my-follow-ups");
        Browser.screenshots(browser, "my-follow-ups-after");

        // the answer in Spanish: the row, the words for screen readers and the counts
        browser.get(base() + "/my-follow-ups?lang=es");
        browser.findElement(By.cssSelector("#item-" + inSpanish.id() + " > button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + inSpanish.id() + ".due-done")));
        assertThat(browser.findElement(By.id("item-" + inSpanish.id())).getText())
                .contains("Hecho", inSpanish.title(), "siguiente seguimiento");
        assertThat(browser.findElement(By.id("mine-status")).getAttribute("textContent"))
                .startsWith("Registrado: " + inSpanish.title());
        assertThat(browser.findElement(By.id("count-OVERDUE")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("nav-due-counts")).getText()).isEmpty();
        Browser.screenshots(browser, "my-follow-ups-after-es");
        browser.get(base() + "/my-follow-ups?lang=en");

        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("group-OVERDUE"))).isEmpty();
        assertThat(browser.findElement(By.id("my-follow-ups")).getText()).contains(called.title(), quick.title(), inSpanish.title());
    }

    @Test
    void a_staff_member_finds_an_item_by_typing_moves_one_to_tomorrow_and_the_focus_follows_the_rows() {
        UserAccount staff = people.staff(Area.SALES);
        Item first = mother.prospect(staff.id(), Duration.ofDays(3));
        Item second = mother.prospect(staff.id(), Duration.ofDays(2));
        Item third = mother.prospect(staff.id(), Duration.ofDays(1));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), staff.username(), People.PASSWORD);
        browser.get(base() + "/my-follow-ups");
        JavascriptExecutor js = (JavascriptExecutor) browser;

        browser.findElement(By.id("mine-q")).sendKeys(second.title().toLowerCase());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-found"), second.title()));
        assertThat(browser.findElement(By.id("mine-found")).getText()).doesNotContain(third.title());
        browser.get(base() + "/my-follow-ups");
        js.executeScript("window.oobMisses = 0; document.body.addEventListener('htmx:oobErrorNoTarget',"
                + " function () { window.oobMisses++; });");

        browser.findElement(By.cssSelector("#item-" + first.id() + " > button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item-" + first.id() + ".due-done")));
        wait.until(driver -> driver.switchTo().activeElement().getText().equals("Done, next as usual"));
        assertThat(js.executeScript("return document.activeElement.closest('li').id")).isEqualTo("item-" + second.id());
        assertThat(js.executeScript("return window.oobMisses")).isEqualTo(0L);

        browser.findElement(By.cssSelector("#item-" + second.id() + " > a:last-child")).click();
        wait.until(driver -> "Reschedule".equals(js.executeScript("return document.activeElement.textContent")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reason-" + second.id()))).sendKeys("On holiday");
        Browser.screenshots(browser, "my-follow-ups-reschedule");
        assertThat(onOneLine(js, "#item-" + third.id() + " > a")).as("a closed row's other actions share a line on a phone").isTrue();
        browser.findElement(By.cssSelector("#item-" + second.id() + " button[name=day]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-status"), "Moved " + second.title()));

        assertThat(browser.findElement(By.id("group-OVERDUE")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains(third.title()).doesNotContain(second.title());
        assertThat(browser.findElement(By.id("my-follow-ups")).getText()).contains(second.title());
        Browser.assertAccessible(browser, "my-follow-ups after a move");
    }

    /** True when, at a phone's width, the elements found all sit on one line: the same top, none wrapped below. */
    private static boolean onOneLine(JavascriptExecutor js, String css) {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
        try {
            return (Boolean) js.executeScript("var tops = Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                    + " function (e) { return Math.round(e.getBoundingClientRect().top); });"
                    + " return tops.length > 1 && tops.every(function (t) { return t === tops[0]; });", css);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
