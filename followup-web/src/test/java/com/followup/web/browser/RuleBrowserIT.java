package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Test
    void a_director_defines_a_rule_through_the_form_and_reads_its_sentence_card() {
        UserAccount director = people.director();
        Kpi kpi = mother.kpi(Area.SALES);
        String base = base();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base, director.username(), People.PASSWORD);

        browser.get(base + "/rules/new");
        assertThat(browser.findElements(By.id("stages"))).isEmpty();
        new Select(browser.findElement(By.id("area"))).selectByValue("SALES");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));

        browser.findElement(By.id("objective")).sendKeys("x");
        browser.findElement(By.id("objective")).clear();
        browser.findElement(By.id("objective")).sendKeys(" ");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objective-error"), "Say what the follow-up should achieve, e.g. Close the sale."));

        browser.findElement(By.id("topic")).sendKeys("New prospects");
        browser.findElement(By.id("objective")).clear();
        browser.findElement(By.id("objective")).sendKeys("Close the sale");
        wait.until(ExpectedConditions.textToBe(By.id("objective-error"), ""));
        browser.findElement(By.id("timeAllowedAmount")).sendKeys("2");
        new Select(browser.findElement(By.id("timeAllowedUnit"))).selectByValue("MONTHS");
        browser.findElement(By.id("ownerRole")).sendKeys("seller");
        new Select(browser.findElement(By.id("kpiChoice"))).selectByVisibleText(kpi.name() + " (10 sales per month)");
        browser.findElement(By.id("reportedIn")).sendKeys("the CRM");
        browser.findElement(By.id("stages")).sendKeys("First meeting\nProposal\nNegotiation");
        Browser.screenshots(browser, "rule-form");
        browser.findElement(By.id("reportedIn")).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/rules?area=SALES"));
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("Sales · New prospects")
                .contains("Close the sale within 2 months, followed up weekly by the seller, reported in the CRM, moves " + kpi.name() + ".");
        Browser.screenshots(browser, "rules-list");

        browser.get(base() + "/rules?area=SALES&lang=es");
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("Ventas · New prospects")
                .contains("Close the sale en un plazo de 2 meses, con seguimiento semanal a cargo de seller");
        Browser.screenshots(browser, "rules-list-es");
        browser.get(base() + "/rules/new?area=ADMINISTRATION");
        Browser.screenshots(browser, "rule-form-es");
        browser.get(base() + "/rules?lang=en");
    }
}
