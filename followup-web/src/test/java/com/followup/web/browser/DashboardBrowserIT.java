package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Autowired
    Kpis kpis;

    @Test
    void a_manager_changes_the_period_and_the_panels_update_in_place() {
        UserAccount manager = people.manager(Area.SALES);
        mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(2));
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, "New sales", "sales", BigDecimal.TEN, KpiPeriod.MONTH));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);

        browser.get(base() + "/dashboards/sales");
        wait.until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('canvas[data-chart]').chart !== undefined"));
        Browser.screenshots(browser, "dashboard");
        String before = browser.findElement(By.cssSelector("#panels [role=status]")).getText();

        new Select(browser.findElement(By.id("period"))).selectByValue("LAST_MONTH");

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("#panels [role=status]"), before)));
        assertThat(browser.getCurrentUrl()).contains("period=LAST_MONTH");
        assertThat(browser.findElement(By.id("goals-heading")).getText()).isEqualTo("Goals");
        wait.until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('canvas[data-chart]').chart !== undefined"));
        Browser.screenshots(browser, "dashboard-last-month");
    }

    @Test
    void a_manager_follows_the_overdue_follow_ups_to_their_rows() {
        UserAccount manager = people.manager(Area.SALES);
        mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(2));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Browser.signIn(browser, base(), manager.username(), People.PASSWORD);
        browser.get(base() + "/dashboards/sales?period=RANGE&from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now());

        WebElement overdue = browser.findElement(By.cssSelector(".compliance-detail a[href*='counted=OVERDUE']"));
        String figure = overdue.getText().replaceAll("\\D.*", "");
        overdue.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-count")));
        assertThat(browser.findElement(By.id("follow-up-count")).getText()).startsWith(figure + " follow-up");
        assertThat(browser.findElements(By.cssSelector(".follow-up-row")).size()).isEqualTo(Math.min(Integer.parseInt(figure), 50));
        Browser.screenshots(browser, "follow-ups-behind-a-figure");
    }
}
