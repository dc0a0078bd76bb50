package com.followup.web.browser;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.Browser;
import com.followup.web.support.BrowserTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed to lead from end to end: a website's form posts a lead, it appears in its seller's open inbox without a
 * reload, the seller logs a call that reached the person, books a meeting and qualifies the lead, and the prospect is
 * in the pipeline with the lead's times. Every page on the way is checked with axe-core.
 */
@Import(LeadMother.class)
class LeadJourneyBrowserIT extends BrowserTest {

    private static final String THANKS = "https://example.com/thanks";

    @Autowired People people;
    @Autowired RuleMother rules;
    @Autowired LeadMother leads;
    @Autowired LeadForms forms;

    @Test
    void a_lead_posted_by_a_website_reaches_the_open_inbox_and_becomes_a_prospect_in_the_pipeline() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = rules.salesRule(RuleMother.uniqueTopic("Inbound"));
        String secret = LeadForm.newSecret();
        forms.create("Contact page " + UUID.randomUUID(), leads.source(seller.id(), List.of()), THANKS,
                LeadForm.hash(secret), people.director().id(), Instant.now());
        String company = "Visitante " + UUID.randomUUID().toString().substring(0, 8);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        JavascriptExecutor js = (JavascriptExecutor) browser;

        Browser.signIn(browser, base(), seller.username(), People.PASSWORD);
        browser.get(base() + "/leads");
        Browser.assertAccessible(browser, "the leads inbox");
        js.executeScript("window.notReloaded = true;");

        HttpResponse<String> posted = post("/intake/" + secret, Map.of("name", "Ana Visitante", "email",
                company.replace(' ', '.').toLowerCase() + "@example.com", "phone", "55 1234 9876", "company", company,
                "message", "Call me about a quote", "consent", "true"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).hasValue(THANKS);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-rows"), "Ana Visitante"));
        assertThat(js.executeScript("return window.notReloaded === true;")).as("the inbox showed it without a reload")
                .isEqualTo(true);
        Browser.assertAccessible(browser, "the leads inbox with the new lead");
        // a call logged in one click from the inbox: the row's button sends the page's one shared form
        click(By.xpath("//div[@id='inbox-rows']//li[div/a[normalize-space()='Ana Visitante']]/button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Touch logged"));
        assertThat(browser.findElement(By.xpath("//div[@id='inbox-rows']//li[div/a[normalize-space()='Ana Visitante']]"))
                .getText()).contains("Attempting");

        browser.findElement(By.xpath("//div[@id='inbox-rows']//a[normalize-space()='Ana Visitante']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-status")));
        Browser.assertAccessible(browser, "the lead page");
        browser.findElement(By.cssSelector("input[name=channel][value=CALL]")).click();
        browser.findElement(By.id("reached1")).click();
        browser.findElement(By.id("note")).sendKeys("Wants a quote for 40 desks");
        click(By.xpath("//button[normalize-space()='Log it']"));
        wait.until(ExpectedConditions.textToBe(By.id("lead-status"), "Connected"));

        String when = LocalDateTime.now().plusDays(2).withHour(10).withMinute(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        js.executeScript("document.getElementById('when').value = arguments[0];", when);
        browser.findElement(By.id("withWhom")).sendKeys("Ana Visitante", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lead-meeting")));
        assertThat(browser.findElement(By.cssSelector(".lead-meeting")).getText()).contains("Ana Visitante", "Booked");

        new Select(browser.findElement(By.id("ruleId"))).selectByValue(rule.id().toString());
        click(By.xpath("//button[normalize-space()='Qualify']"));
        wait.until(ExpectedConditions.urlMatches(".*/items/\\d+$"));
        String itemPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(company);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ana Visitante", "1st contact");
        Browser.assertAccessible(browser, "the prospect the lead became");

        browser.get(base() + "/items/board?rule=" + rule.id());
        assertThat(browser.findElement(By.id("board")).getText()).contains(company);
        browser.get(itemPage);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(company);
    }

    @Test
    void the_public_forms_answer_and_the_directors_lead_pages_pass_axe() throws Exception {
        UserAccount director = people.director();
        Browser.signIn(browser, base(), director.username(), People.PASSWORD);
        for (String page : List.of("/admin/lead-settings", "/admin/lead-forms", "/admin/api-keys", "/leads/board",
                "/leads/dashboard")) {
            browser.get(base() + page);
            Browser.assertAccessible(browser, page);
        }

        // a visitor whose form sends a field too long gets the app's own answer page
        browser.manage().deleteAllCookies();
        String secret = LeadForm.newSecret();
        forms.create("Answer page " + UUID.randomUUID(), leads.source(people.staff(Area.SALES).id(), List.of()), THANKS,
                LeadForm.hash(secret), director.id(), Instant.now());
        browser.get(base() + "/sign-in?lang=es");
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of [['name', 'Ana'], ['email', 'ana@example.com'], ['company', 'c'.repeat(201)]]) {
                    const input = document.createElement('input');
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", "/intake/" + secret);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".intake-problems li")));
        Browser.assertAccessible(browser, "the public form's answer");
    }

    /** Clicks a button scrolled to the middle of the window, where nothing can cover it. */
    private static void click(By button) {
        var element = browser.findElement(button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
