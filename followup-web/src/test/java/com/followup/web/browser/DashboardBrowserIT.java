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

    @Autowired
    com.followup.domain.portfolio.Customers customers;

    @Autowired
    com.followup.domain.portfolio.SalesHistory sales;

    @Autowired
    com.followup.web.portfolio.PortfolioRecompute recompute;

    @Test
    void a_director_reads_the_portfolio_dashboard_on_a_phone_and_a_desktop_and_follows_a_figure_to_its_customers() {
        UserAccount director = people.director();
        com.followup.web.support.CustomerMother customerMother = new com.followup.web.support.CustomerMother(customers, sales);
        for (int i = 0; i < 3; i++) {
            customerMother.withSales(customerMother.customer(com.followup.web.support.CustomerMother.uniqueName("Browser"),
                    people.staff(Area.SALES).id()), LocalDate.now(), 5, 25, 3 + 60 * i, "1500");
        }
        recompute.recompute();
        Browser.signIn(browser, base(), director.username(), People.PASSWORD);
        browser.get(base() + "/portfolio/dashboard?period=THIS_YEAR");

        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            Browser.assertAccessible(browser, "portfolio dashboard at " + width);
            assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).as("sideways scroll at " + width)
                    .isLessThanOrEqualTo(0L);
        }
        Browser.screenshots(browser, "portfolio-dashboard");

        WebElement bought = browser.findElement(By.cssSelector("#segment-all a.active"));
        String figure = bought.getText();
        bought.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("counted-figure")));
        long counted = Long.parseLong(figure.replace(",", ""));
        assertThat(browser.findElement(By.cssSelector("#portfolio-results [role=status]")).getText())
                .isEqualTo(counted == 1 ? "1 customer" : String.format(java.util.Locale.ENGLISH, "%,d customers", counted));
        Browser.assertAccessible(browser, "customers behind a portfolio figure");
    }

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
