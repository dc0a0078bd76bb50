package com.followup.web.html;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.lead.Lead;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main pages, as each kind of person sees them, are valid HTML (the English page; in Spanish every message has its text) for the Nu checker (the one
 * validator.w3.org/nu runs), in process. Its only errors let through are the ones it gives for htmx's own
 * {@code hx-*} attributes, which HTML leaves to libraries but the checker does not know.
 */
@FollowupWebTest
class ValidHtmlTest {

    /** The checker's words for an attribute it does not know: only htmx's are expected. */
    private static final Pattern HTMX_ATTRIBUTE = Pattern.compile("Attribute “hx-[a-z-]+” not allowed on element “[a-z]+” at this point\\.");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired LeadMother leads;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;

    @Test
    void the_main_pages_of_every_role_are_valid_html_apart_from_htmx_attributes() throws Exception {
        UserAccount director = people.director();
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        Item prospect = mother.prospect(seller.id(), Duration.ofDays(3));
        mother.prospect(seller.id(), Duration.ofHours(1));
        Item delivery = mother.delivery(people.staff(Area.OPERATIONS).id(), null);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Valid"));
        Lead lead = leads.lead(leads.source(seller.id(), List.of()), "valid@example.com", "55 1234 5678");
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Valid"), seller.id());

        Map<String, UserAccount> pages = new LinkedHashMap<>();
        for (UserAccount everyone : List.of(director, manager, seller, marketing)) {
            pages.put("/ as " + everyone.username(), everyone);
            pages.put("/my-follow-ups as " + everyone.username(), everyone);
            pages.put("/notifications as " + everyone.username(), everyone);
        }
        for (UserAccount worker : List.of(director, manager, seller)) {
            pages.put("/items?area=SALES as " + worker.username(), worker);
            pages.put("/items/" + prospect.id() + " as " + worker.username(), worker);
            pages.put("/rules?area=SALES as " + worker.username(), worker);
            pages.put("/my-numbers as " + worker.username(), worker);
            pages.put("/follow-ups?area=SALES as " + worker.username(), worker);
        }
        for (UserAccount salesLead : List.of(director, manager, marketing)) {
            pages.put("/leads as " + salesLead.username(), salesLead);
            pages.put("/leads/" + lead.id() + " as " + salesLead.username(), salesLead);
        }
        pages.put("/items/" + delivery.id() + " as director", director);
        pages.put("/items/board as manager", manager);
        pages.put("/items/new?area=SALES as seller", seller);
        pages.put("/dashboards as director", director);
        pages.put("/dashboards/sales as director", director);
        pages.put("/dashboards/operations as director", director);
        pages.put("/dashboards/administration as director", director);
        pages.put("/dashboards/sales/people as director", director);
        pages.put("/leads/new as manager", manager);
        pages.put("/leads/board as manager", manager);
        pages.put("/leads/dashboard as marketing", marketing);
        pages.put("/leads/counted?counted=OPEN as director", director);
        pages.put("/portfolio as manager", manager);
        pages.put("/portfolio/" + customer.id() + " as manager", manager);
        pages.put("/portfolio/service as director", director);
        pages.put("/rules/new?area=SALES as director", director);
        pages.put("/rules/" + rule.id() + "/edit as director", director);
        pages.put("/rules/" + rule.id() + "/history as director", director);
        pages.put("/kpis?area=SALES as director", director);
        pages.put("/imports/items as manager", manager);
        pages.put("/admin/users as director", director);
        pages.put("/admin/users/new as director", director);
        pages.put("/admin/users/" + seller.id() + " as director", director);
        pages.put("/admin/api-keys as director", director);
        pages.put("/admin/lead-forms as director", director);
        pages.put("/admin/lead-settings as director", director);
        pages.put("/admin/outbox as director", director);
        pages.put("/account/notifications as seller", seller);
        pages.put("/account/password as seller", seller);

        NuChecker validator = new NuChecker();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, UserAccount> page : pages.entrySet()) {
            String path = page.getKey().substring(0, page.getKey().indexOf(" as "));
            // the markup comes from the same templates in both languages: the checker reads the English page (half the
            // suite's time), the Spanish one is checked for messages with no text
            String english = mvc.perform(get(path).with(as(page.getValue())).header("Accept-Language", "en"))
                    .andReturn().getResponse().getContentAsString();
            errors.addAll(errors(page.getKey() + " (en)", english, validator));
            String spanish = mvc.perform(get(path).with(as(page.getValue())).header("Accept-Language", "es"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(spanish).as("a message key with no text on %s (es)", page.getKey())
                    .doesNotContainPattern("\\?\\?[\\w.]+\\?\\?");
        }
        errors.addAll(errors("/sign-in", mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString(), validator));

        assertThat(errors).as("Nu checker errors on %d pages", pages.size() + 1).isEmpty();
    }

    private static List<String> errors(String page, String html, NuChecker validator) throws Exception {
        assertThat(html).as(page).startsWith("<!DOCTYPE html>");
        assertThat(html).as("a message key with no text on " + page).doesNotContainPattern("\\?\\?[\\w.]+\\?\\?");
        String report = validator.check(html);
        String[] lines = html.split("\n", -1);
        return report.lines().filter(line -> line.contains(": error: ") && !HTMX_ATTRIBUTE.matcher(line).find())
                .map(line -> page + " " + line + where(line, lines)).distinct().toList();
    }

    /** The line of the page an error points at, to see the markup without rendering the page again. */
    private static String where(String line, String[] lines) {
        var matcher = Pattern.compile(":(\\d+)\\.\\d+").matcher(line);
        if (!matcher.find()) {
            return "";
        }
        int at = Integer.parseInt(matcher.group(1)) - 1;
        return at < lines.length ? "\n    " + lines[at].strip().substring(0, Math.min(200, lines[at].strip().length())) : "";
    }
}
