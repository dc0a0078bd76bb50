package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.web.portfolio.PortfolioRecompute;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director imports a sales file with two bad rows, reads what is wrong with them and imports the rest, sets the
 * service matrix, and the account owner finds the customers' follow-ups in My follow-ups.
 */
class PortfolioBrowserIT extends BrowserTest {

    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioRecompute recompute;

    @Test
    void a_director_imports_sales_sets_the_service_matrix_and_the_account_owner_finds_the_new_follow_ups() throws Exception {
        UserAccount director = people.director();
        UserAccount owner = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        Customer customer = mother.withSales(mother.customer(CustomerMother.uniqueName("Hotel Roble"), owner.id()),
                LocalDate.now(), 6, 15, 3, "2500");

        Browser.signIn(browser, base(), director.username(), People.PASSWORD);
        Path file = Files.createTempFile("sales", ".csv");
        LocalDate today = LocalDate.now();
        Files.writeString(file, """
                Customer,Date,Product,Quantity,Amount,Currency
                %1$s,%2$s,Desk,2,2000.00,MXN
                %1$s,%3$s,Chair,4,800.50,MXN
                Nobody at all,%2$s,Chair,1,10,MXN
                %1$s,%4$s,Lamp,1,abc,MXN
                """.formatted(customer.name(), today.minusDays(2), today.minusDays(9), today.plusDays(1)));
        browser.get(base() + "/imports/sales");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        assertThat(browser.findElement(By.id("import-counts")).getText()).contains("4").contains("2");
        assertThat(browser.findElements(By.cssSelector("#problems > li"))).hasSize(2);
        assertThat(browser.findElement(By.id("problems")).getText()).contains("Row 4", "Row 5", "Customer:", "Amount:");
        Browser.assertAccessible(browser, "a sales file's preview with two wrong rows");
        browser.findElement(By.cssSelector("#import-result button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"), "2 added"));
        recompute.recompute();

        browser.get(base() + "/portfolio/service");
        WebElement every = browser.findElement(By.id("bEvery"));
        every.clear();
        every.sendKeys("21");
        browser.findElement(By.id("aEvery")).clear();
        browser.findElement(By.id("aEvery")).sendKeys("10");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the save opens every customer's service follow-up before the page answers: wait for it, as for the import
        WebElement saved = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(saved.getText())
                .startsWith("The service matrix is saved:").contains("in My follow-ups of their account owners");
        assertThat(browser.findElement(By.cssSelector("#coverage-B .rhythm")).getText()).isEqualTo("every 21 days");
        Browser.assertAccessible(browser, "portfolio after saving the service matrix");

        Browser.signIn(browser, base(), owner.username(), People.PASSWORD);
        browser.get(base() + "/my-follow-ups");
        WebElement row = browser.findElement(By.xpath("//li[starts-with(@id, 'item-')][contains(., '" + customer.name() + "')]"));
        assertThat(row.findElement(By.cssSelector("li > div:first-child > a")).getText()).isEqualTo("Service contact");
        Browser.screenshots(browser, "my-follow-ups-service");

        row.findElement(By.cssSelector("li > div:first-child > a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Service contact");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(customer.name()).containsPattern("Service, segment [ABC]");
        Browser.assertAccessible(browser, "service item");
    }
}
