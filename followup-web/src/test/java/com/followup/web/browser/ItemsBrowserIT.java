package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ItemsBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Test
    void a_seller_opens_a_prospect_works_it_and_records_it_as_sold() {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Leads"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), seller.username(), People.PASSWORD);

        browser.get(base() + "/items/new?area=SALES&rule=" + rule.id());
        browser.findElement(By.id("title")).sendKeys("Cold storage");
        browser.findElement(By.id("counterpartName")).sendKeys("Frigoríficos del Bajío");
        browser.findElement(By.id("contactEmail")).sendKeys("not an email");
        browser.findElement(By.id("amount")).sendKeys("84000");
        Browser.screenshots(browser, "item-new");
        browser.findElement(By.id("amount")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contactEmail-error")));

        assertThat(browser.findElement(By.id("contactEmail-error")).getText()).contains("Enter an email address");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Cold storage");
        WebElement email = browser.findElement(By.id("contactEmail"));
        email.clear();
        email.sendKeys("compras@frigobajio.test", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Item opened."));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cold storage");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Item opened.");
        browser.findElement(By.id("result-" + itemId())).sendKeys("Visited the plant, sending a proposal", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Recorded."));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Visited the plant");

        new Select(browser.findElement(By.id("stage"))).selectByVisibleText("Proposal");
        browser.findElement(By.id("stage")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Moved to the new stage."));
        assertThat(browser.findElement(By.id("until")).isDisplayed()).as("no outcome chosen yet").isFalse();
        browser.findElement(By.id("outcome-POSTPONED")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("until")).isDisplayed()).as("postponed asks until when").isTrue();
        assertThat(browser.findElement(By.id("reason")).isDisplayed()).as("postponed needs no reason").isFalse();
        browser.findElement(By.id("outcome-SOLD")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("until")).isDisplayed()).as("sold asks nothing more").isFalse();
        Browser.screenshots(browser, "item-page");
        browser.findElement(By.id("outcome-SOLD")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Outcome recorded."));

        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Outcome recorded.", "Outcome: Sold");
    }

    @Test
    void a_clerk_records_a_delivery_with_its_day_and_nothing_ticked_for_them() {
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item order = mother.delivery(clerk.id(), null);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), clerk.username(), People.PASSWORD);

        browser.get(base() + "/items/" + order.id());
        assertThat(browser.findElement(By.id("deliveredOn")).isDisplayed()).as("no outcome chosen yet").isFalse();
        browser.findElement(By.id("outcome-DELIVERED")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("deliveredOn")).isDisplayed()).as("a delivery asks its day").isTrue();
        assertThat(browser.findElements(By.cssSelector("input[name=complete]")).get(0).isSelected()).isFalse();
        assertThat(browser.findElements(By.cssSelector("input[name=correct]")).get(0).isSelected()).isFalse();
        assertThat(browser.findElements(By.cssSelector("input[name=onTime]"))).isEmpty();
        Browser.assertAccessible(browser, "delivery form");
        browser.findElement(By.id("outcome-DELIVERED")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliveredOn-error")));
        assertThat(browser.findElement(By.id("deliveredOn-error")).getText()).contains("Enter the day it was delivered.");

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("deliveredOn")), java.time.LocalDate.now().minusDays(1).toString());
        browser.findElement(By.id("deliveredOn")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Outcome recorded."));
    }

    @Test
    void a_manager_moves_a_card_along_the_pipeline_with_the_keyboard() {
        UserAccount manager = people.manager(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Pipeline"));
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofHours(2));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);

        browser.get(base() + "/items/board?rule=" + item.ruleId());
        Browser.screenshots(browser, "pipeline");
        WebElement select = browser.findElement(By.id("move-" + item.id()));
        select.sendKeys("Negotiation");
        select.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "Moved."));
        String negotiationColumn = browser.findElement(By.cssSelector(".pipeline-stage[data-stage='Negotiation']")).getText();
        assertThat(negotiationColumn).contains(item.title());
        assertThat(browser.getCurrentUrl()).contains("/items/board");
        assertThat(rule.id()).isNotNull();
    }

    @Test
    void a_manager_drags_a_card_to_another_stage() {
        UserAccount manager = people.manager(Area.SALES);
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofHours(2));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);
        browser.get(base() + "/items/board?rule=" + item.ruleId());
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return !!document.querySelector('#board .pipeline-stage').sortable"));

        WebElement card = browser.findElement(By.id("card-" + item.id()));
        WebElement proposal = browser.findElement(By.cssSelector(".pipeline-stage[data-stage='Proposal']"));
        new Actions(browser).moveToElement(card, 0, -card.getSize().height / 2 + 4).clickAndHold()
                .moveByOffset(10, 10).moveToElement(proposal).moveByOffset(0, 5).release().perform();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board"), "Moved."));
        assertThat(browser.findElement(By.cssSelector(".pipeline-stage[data-stage='Proposal']")).getText())
                .contains(item.title());
        Browser.assertAccessible(browser, "pipeline after a drag");
    }

    @Test
    void a_manager_ticks_two_items_reassigns_them_and_the_new_owner_finds_them_in_my_follow_ups() {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount leaving = people.staff(Area.SALES);
        UserAccount taking = people.staff(Area.SALES);
        Item first = mother.prospect(leaving.id(), Duration.ofHours(2));
        Item second = mother.prospect(leaving.id(), Duration.ofHours(3));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);

        browser.get(base() + "/items?area=SALES&owner=" + leaving.id() + "&lang=es");
        Browser.screenshots(browser, "item-list-bulk-closed-es");
        browser.findElement(By.cssSelector("#bulk-actions summary")).click();
        Browser.screenshots(browser, "item-list-bulk-es");
        browser.get(base() + "/items?area=SALES&owner=" + leaving.id() + "&lang=en");
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete'"));
        browser.findElement(By.id("bulk-all")).click();
        assertThat(browser.findElement(By.id("choose-" + first.id())).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("choose-" + second.id())).isSelected()).isTrue();
        browser.findElement(By.cssSelector("#bulk-actions summary")).click();
        new Select(browser.findElement(By.id("bulk-owner"))).selectByValue(String.valueOf(taking.id()));
        Browser.screenshots(browser, "item-list-bulk");
        browser.findElement(By.id("bulk-reassign")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-result"), "2 items reassigned."));
        Browser.assertAccessible(browser, "item list after a bulk reassign");
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), taking.username(), People.PASSWORD);
        browser.get(base() + "/my-follow-ups");
        assertThat(browser.findElement(By.id("my-follow-ups")).getText()).contains(first.title(), second.title());
    }

    @Test
    void a_director_reads_the_area_lists_kpis_and_outbox_on_a_phone_and_a_desktop() {
        UserAccount seller = people.staff(Area.OPERATIONS);
        mother.delivery(seller.id(), mother.invoice(people.staff(Area.ADMINISTRATION).id(), true).id());
        Browser.signIn(browser, base(), people.director().username(), People.PASSWORD);

        browser.get(base() + "/items?area=OPERATIONS");
        assertThat(browser.findElement(By.id("item-results")).getText()).contains("1 item");
        Browser.screenshots(browser, "items-list");
        browser.get(base() + "/kpis?area=OPERATIONS");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("KPIs");
        Browser.screenshots(browser, "kpis");
        browser.get(base() + "/admin/outbox");
        Browser.screenshots(browser, "outbox");
    }

    private String itemId() {
        return browser.getCurrentUrl().replaceAll(".*/items/(\\d+).*", "$1");
    }
}
