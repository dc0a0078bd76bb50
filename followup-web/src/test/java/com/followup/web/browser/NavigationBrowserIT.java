package com.followup.web.browser;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Test
    void no_page_scrolls_sideways_in_either_language_on_a_desktop_or_a_phone_for_any_role() {
        Map<UserAccount, List<String>> pages = new LinkedHashMap<>();
        List<String> managers = List.of("/", "/my-follow-ups", "/items", "/dashboards/sales", "/admin/users", "/leads/board",
                "/leads/dashboard");
        pages.put(people.director(), managers);
        pages.put(people.manager(Area.SALES), managers);
        pages.put(people.staff(Area.SALES), List.of("/", "/my-follow-ups", "/items", "/rules", "/my-numbers"));
        pages.put(people.create(Role.MARKETING, Set.of()), List.of("/", "/my-follow-ups", "/leads", "/leads/dashboard"));
        for (Map.Entry<UserAccount, List<String>> person : pages.entrySet()) {
            browser.manage().deleteAllCookies();
            Browser.signIn(browser, base(), person.getKey().username(), People.PASSWORD);
            neverSideways(person.getKey().role() + " " + person.getKey().username(), person.getValue());
        }
    }

    private void neverSideways(String who, List<String> pages) {
        try {
            for (int width : List.of(1280, 360)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (String language : List.of("en", "es")) {
                    for (String page : pages) {
                        browser.get(base() + page + "?lang=" + language);
                        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                        assertThat(overflow.intValue()).as("%s: %s in %s at %d px", who, page, language, width).isLessThanOrEqualTo(0);
                        Number cutOff = (Number) ((JavascriptExecutor) browser).executeScript("return document.querySelector("
                                + "'.language-switch a[lang=es]').getBoundingClientRect().right - document.documentElement.clientWidth;");
                        assertThat(cutOff.doubleValue()).as("language switch cut off for %s: %s in %s at %d px", who, page, language, width)
                                .isLessThanOrEqualTo(0);
                    }
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void a_director_reaches_the_setup_pages_through_one_menu() {
        UserAccount director = people.director();
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), director.username(), People.PASSWORD);
        browser.get(base() + "/?lang=es");
        Browser.screenshots(browser, "home-director-es");

        browser.findElement(By.cssSelector("#main-nav .dropdown-toggle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#main-nav .dropdown-menu a[href='/admin/users']"))).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Personas"));
        Browser.assertAccessible(browser, "people-after-setup-menu");
    }

    @Test
    void a_sales_manager_reaches_the_response_board_and_the_lead_dashboard_from_the_leads_tabs() {
        UserAccount manager = people.manager(Area.SALES);
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);
        browser.get(base() + "/leads?lang=en");

        browser.findElement(By.cssSelector(".lead-tabs a[href='/leads/board']")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Response board"));
        Browser.assertAccessible(browser, "response-board");

        browser.findElement(By.cssSelector(".lead-tabs a[href='/leads/dashboard']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lead dashboard"));
        Browser.assertAccessible(browser, "lead-dashboard");
    }

    @Test
    void switching_the_language_on_a_refused_form_keeps_the_page_and_what_was_typed() {
        UserAccount staff = people.staff(Area.SALES);
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), staff.username(), People.PASSWORD);
        browser.get(base() + "/account/notifications?lang=en");
        browser.findElement(By.id("email")).sendKeys("ana at example");
        browser.findElement(By.id("email")).submit();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#email.is-invalid")));

        browser.findElement(By.cssSelector(".language-switch a[lang=es]")).click();

        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/notifications?lang=es");
        // the typed value comes back once the page has loaded
        wait.until(ExpectedConditions.attributeToBe(By.id("email"), "value", "ana at example"));
    }
}
