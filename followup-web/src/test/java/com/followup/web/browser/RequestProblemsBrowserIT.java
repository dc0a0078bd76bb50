package com.followup.web.browser;

import com.followup.domain.area.Area;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** An htmx request that gets no answer in time tells the person so, next to what they changed. */
class RequestProblemsBrowserIT extends BrowserTest {

    @Autowired
    People people;

    @Test
    void a_filter_whose_request_times_out_shows_a_message_beside_the_filters() {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), people.staff(Area.SALES).username(), People.PASSWORD);
        browser.get(base() + "/items?area=SALES&lang=en");
        // as if the network or the server stalled: no answer within 1 ms
        ((JavascriptExecutor) browser).executeScript("htmx.config.timeout = 1;");

        Select owner = new Select(browser.findElement(By.id("owner")));
        owner.selectByIndex(owner.getFirstSelectedOption().getAttribute("value").equals("all") ? 1 : 0);

        WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.filters + .request-problem")));
        assertThat(problem.getAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).isEqualTo("Followup did not answer. Check your connection and try again.");
    }
}
