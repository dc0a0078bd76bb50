package com.followup.web.access;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.importing.ImportBatches;
import com.followup.domain.item.Item;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.support.CustomerMother;
import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.Meeting;
import com.followup.domain.lead.MeetingStatus;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint the application maps, called as every kind of person, answers what the table says. The endpoints
 * come from the application's own handler mapping, so a new one fails this test until it has its row.
 * Each POST gets a fresh item, rule, KPI and person, so that what one call changes cannot decide the next.
 */
@FollowupWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /**
     * endpoint | path called ({item}, {rule}, {kpi}, {user}, {staff} ... come from the fresh data) | form sent |
     * answer for: nobody signed in, director, manager of Sales, staff of Sales owning the item, manager of
     * Operations, staff of Sales not owning the item, marketing. ok = served (a page, a fragment, a file or a redirect
     * within the app); sign-in = sent to the sign-in page. A path after "hx" is called as htmx calls it.
     */
    private static final String MATRIX = """
            GET /                                      | /                                 |                       | sign-in ok  ok  ok  ok  ok ok
            GET /sign-in                               | /sign-in                          |                       | ok      ok  ok  ok  ok  ok ok
            GET /error                                 | /error                            |                       | 404     404 404 404 404 404 404
            GET /account/password                      | /account/password                 |                       | sign-in ok  ok  ok  ok  ok ok
            POST /account/password                     | /account/password                 | currentPassword=x&newPassword=long+enough+one&confirmation=long+enough+one | sign-in ok ok ok ok ok ok
            GET /account/notifications                 | /account/notifications            |                       | sign-in ok  ok  ok  ok  ok ok
            POST /account/notifications                | /account/notifications            | email=&language=en&version=0 | sign-in ok ok ok ok ok ok
            POST /account/calendar                     | /account/calendar                 |                       | sign-in ok  ok  ok  ok  ok ok
            GET /notifications                         | /notifications                    |                       | sign-in ok  ok  ok  ok  ok ok
            GET /calendar/{token}.ics                  | /calendar/{token}.ics             |                       | 404     404 404 404 404 404 404
            GET /admin/users                           | /admin/users                      |                       | sign-in ok  403 403 403 403 403
            GET /admin/users/new                       | /admin/users/new                  |                       | sign-in ok  403 403 403 403 403
            POST /admin/users                          | /admin/users                      | username={newName}&displayName=New+person&role=STAFF&areas=SALES&initialPassword=long+enough+one | sign-in ok 403 403 403 403 403
            GET /admin/users/{id}                      | /admin/users/{user}               |                       | sign-in ok  403 403 403 403 403
            POST /admin/users/{id}                     | /admin/users/{user}               | username={userName}&displayName=Renamed&role=STAFF&areas=SALES&version={userVersion} | sign-in ok 403 403 403 403 403
            POST /admin/users/{id}/deactivate          | /admin/users/{user}/deactivate    | version={userVersion} | sign-in ok  403 403 403 403 403
            POST /admin/users/{id}/reactivate          | /admin/users/{user}/reactivate    | version={userVersion} | sign-in ok  403 403 403 403 403
            GET /admin/api-keys                        | /admin/api-keys                   |                       | sign-in ok  403 403 403 403 403
            POST /admin/api-keys                       | /admin/api-keys                   | name=Tool             | sign-in ok  403 403 403 403 403
            POST /admin/api-keys/{id}/revoke           | /admin/api-keys/{apiKey}/revoke   |                       | sign-in ok  403 403 403 403 403
            POST /api/leads                            | /api/leads                        |                       | 401     403 403 403 403 403 403
            GET /admin/lead-forms                      | /admin/lead-forms                 |                       | sign-in ok  403 403 403 403 403
            POST /admin/lead-forms                     | /admin/lead-forms                 | name=Form&sourceId={leadSource}&thankYouUrl=https://example.com/thanks | sign-in ok 403 403 403 403 403
            POST /admin/lead-forms/{id}/revoke         | /admin/lead-forms/{leadForm}/revoke |                     | sign-in ok  403 403 403 403 403
            GET /admin/lead-settings                   | /admin/lead-settings              |                       | sign-in ok  403 403 403 403 403
            POST /admin/lead-settings/deadlines        | /admin/lead-settings/deadlines    | hot=5&warm=120&cold=1440 | sign-in ok 403 403 403 403 403
            POST /admin/lead-settings/sources/{id}     | /admin/lead-settings/sources/{leadSource} | minutes=    | sign-in ok  403 403 403 403 403
            POST /admin/lead-settings/hours            | /admin/lead-settings/hours        | zone=&opens=09:00&closes=18:00&days=MONDAY&days=TUESDAY&days=WEDNESDAY&days=THURSDAY&days=FRIDAY&version={hoursVersion} | sign-in ok 403 403 403 403 403
            POST /intake/{secret}                      | /intake/{formSecret}              | name=Web+person&email={newName}@example.com | ok ok ok ok ok ok ok
            GET /admin/outbox                          | /admin/outbox                     |                       | sign-in ok  403 403 403 403 403
            GET /kpis                                  | /kpis?area=SALES                  |                       | sign-in ok  ok  403 403 403 403
            POST /kpis                                 | /kpis                             | area=SALES&name={newName}&unit=sales&target=10&period=MONTH&version=0 | sign-in ok 403 403 403 403 403
            GET /kpis/{id}/edit                        | /kpis/{kpi}/edit                  |                       | sign-in ok  403 403 403 403 403
            POST /kpis/{id}/targets                    | /kpis/{kpi}/targets               | userId={staff}&target=5 | sign-in ok 403 403 403 403 403
            POST /kpis/{id}/entries                    | /kpis/{kpi}/entries               | day={today}&value=3   | sign-in ok  ok  403 403 403 403
            GET /rules                                 | /rules?area=SALES                 |                       | sign-in ok  ok  ok  ok  ok ok
            GET /rules/new                             | /rules/new                        |                       | sign-in ok  403 403 403 403 403
            POST /rules                                | /rules                            | area=SALES&topic=x    | sign-in ok  403 403 403 403 403
            GET /rules/form-parts                      | hx /rules/form-parts?area=SALES   |                       | sign-in ok  403 403 403 403 403
            POST /rules/check                          | hx /rules/check                   | area=SALES&topic=x&slot=topic | sign-in ok 403 403 403 403 403
            GET /rules/{id}/edit                       | /rules/{rule}/edit                |                       | sign-in ok  403 403 403 403 403
            POST /rules/{id}                           | /rules/{rule}                     | area=SALES&topic=x&version={ruleVersion} | sign-in ok 403 403 403 403 403
            POST /rules/{id}/archive                   | /rules/{rule}/archive             | version={ruleVersion}&area=SALES | sign-in ok 403 403 403 403 403
            POST /rules/{id}/restore                   | /rules/{rule}/restore             | version={ruleVersion}&area=SALES | sign-in ok 403 403 403 403 403
            GET /rules/{id}/history                    | /rules/{rule}/history             |                       | sign-in ok  ok  ok  ok  ok ok
            GET /items                                 | /items?area=SALES                 |                       | sign-in ok  ok  ok  ok  ok 403
            GET /items/new                             | /items/new?area=SALES             |                       | sign-in ok  ok  ok  ok  ok ok
            POST /items                                | /items                            | area=SALES&ruleId={rule}&title=x | sign-in ok ok ok ok ok ok
            GET /items/board                           | /items/board                      |                       | sign-in ok  ok  ok  404 ok 404
            GET /items/export.csv                      | /items/export.csv?area=SALES&counted=OVERDUE_NOW |        | sign-in ok  ok  ok  ok  ok 403
            GET /follow-ups                            | /follow-ups?area=SALES            |                       | sign-in ok  ok  ok  ok  ok 403
            GET /follow-ups/export.csv                 | /follow-ups/export.csv?area=SALES |                       | sign-in ok  ok  ok  ok  ok 403
            POST /items/board/move                     | /items/board/move                 | item={item}&version={itemVersion}&stage=Proposal | sign-in ok ok ok 404 403 404
            POST /items/bulk/reassign                  | /items/bulk/reassign              | item={item}:{itemVersion}&owner={staff}&back=/items?area=SALES | sign-in ok ok 403 ok 403 403
            POST /items/bulk/reschedule                | /items/bulk/reschedule            | item={item}:{itemVersion}&day={tomorrow}&reason=away | sign-in ok ok 403 ok 403 403
            GET /items/{id}                            | /items/{item}                     |                       | sign-in ok  ok  ok  404 ok 404
            POST /items/{id}/follow-ups                | /items/{item}/follow-ups          | version={itemVersion}&channel=CALL&note=called | sign-in ok ok ok 404 403 404
            POST /items/{id}/outcome                   | /items/{item}/outcome             | version={itemVersion}&outcome=POSTPONED&until={nextMonth}&reason=later | sign-in ok ok ok 404 403 404
            POST /items/{id}/stage                     | /items/{item}/stage               | version={itemVersion}&stage=Proposal | sign-in ok ok ok 404 403 404
            POST /items/{id}/owner                     | /items/{item}/owner               | version={itemVersion}&ownerId={staff} | sign-in ok ok 403 404 403 404
            POST /items/{id}/follow-ups/{requestId}/correction | /items/{item}/follow-ups/{requestId}/correction | revision=0&note=x | sign-in 404 404 404 404 404 404
            POST /items/{id}/advance-received          | /items/{item}/advance-received    | version={itemVersion} | sign-in ok  ok  ok  404 403 404
            GET /my-follow-ups                         | /my-follow-ups                    |                       | sign-in ok  ok  ok  ok  ok ok
            POST /my-follow-ups                        | /my-follow-ups                    | item={item}:{itemVersion} | sign-in ok ok ok 404 403 404
            POST /my-follow-ups/{itemId}               | /my-follow-ups/{item}             | version={itemVersion}&channel=CALL&note=called | sign-in ok ok ok 404 403 404
            GET /my-follow-ups/{itemId}/form           | /my-follow-ups/{item}/form        |                       | sign-in ok  ok  ok  404 403 404
            GET /my-follow-ups/search                  | hx /my-follow-ups/search?q=acme   |                       | sign-in ok  ok  ok  ok  ok ok
            GET /my-follow-ups/{itemId}/reschedule     | /my-follow-ups/{item}/reschedule  |                       | sign-in ok  ok  ok  404 403 404
            POST /my-follow-ups/{itemId}/reschedule    | /my-follow-ups/{item}/reschedule  | version={itemVersion}&day={tomorrow}&reason=away | sign-in ok ok ok 404 403 404
            GET /dashboards                            | /dashboards                       |                       | sign-in ok  ok  ok  ok  ok ok
            GET /dashboards/{area}                     | /dashboards/sales                 |                       | sign-in ok  ok  403 403 403 403
            GET /dashboards/{area}/{table}.csv         | /dashboards/sales/people.csv      |                       | sign-in ok  ok  ok  403 ok 403
            GET /dashboards/{area}/people              | /dashboards/sales/people          |                       | sign-in ok  ok  403 403 403 403
            GET /dashboards/sales/running-total        | /dashboards/sales/running-total   |                       | sign-in ok  ok  ok  403 ok 403
            GET /dashboards/sales/running-total.csv    | /dashboards/sales/running-total.csv |                     | sign-in ok  ok  ok  403 ok 403
            GET /my-numbers                            | /my-numbers                       |                       | sign-in ok  ok  ok  ok  ok ok
            GET /leads                                 | /leads                            |                       | sign-in ok  ok  ok  403 ok  ok
            GET /leads/count                           | /leads/count                      |                       | sign-in ok  ok  ok  403 ok  ok
            GET /leads/new                             | /leads/new                        |                       | sign-in ok  ok  ok  403 ok  ok
            POST /leads                                | /leads                            | sourceId={leadSource}&name=New+lead&email={newName}@example.com | sign-in ok ok ok 403 ok ok
            GET /leads/{id}                            | /leads/{lead}                     |                       | sign-in ok  ok  ok  404 404 ok
            POST /leads/{id}/touches                   | /leads/{lead}/touches             | version={leadVersion}&channel=CALL | sign-in ok ok ok 404 404 403
            POST /leads/{id}/meetings                  | /leads/{lead}/meetings            | when=2099-01-05T10:00&withWhom=Lucía | sign-in ok ok ok 404 404 403
            POST /leads/{id}/meetings/{meetingId}      | /leads/{lead}/meetings/{meeting}  | outcome=HELD          | sign-in ok  ok  ok  404 404 403
            POST /leads/{id}/qualify                   | /leads/{lead}/qualify             | version={leadVersion}&ruleId={rule} | sign-in ok ok ok 404 404 403
            POST /leads/{id}/disqualify                | /leads/{lead}/disqualify          | version={leadVersion}&reason=NO_BUDGET | sign-in ok ok ok 404 404 403
            POST /leads/{id}/owner                     | /leads/{lead}/owner               | version={leadVersion}&ownerId={user} | sign-in ok ok 403 404 404 403
            GET /leads/board                           | /leads/board                      |                       | sign-in ok  ok  403 403 403 ok
            POST /leads/board/{id}/owner               | /leads/board/{lead}/owner         | version={leadVersion}&ownerId={user} | sign-in ok ok 403 403 403 403
            GET /leads/dashboard                       | /leads/dashboard                  |                       | sign-in ok  ok  403 403 403 ok
            GET /leads/dashboard/{table}.csv           | /leads/dashboard/funnel.csv       |                       | sign-in ok  ok  403 403 403 ok
            GET /leads/counted                         | /leads/counted?counted=OPEN       |                       | sign-in ok  ok  403 403 403 ok
            GET /imports/{kind}                        | /imports/items                    |                       | sign-in ok  ok  403 ok  403 403
            POST /imports/{kind}                       | /imports/items                    |                       | sign-in ok  ok  403 ok  403 403
            GET /imports/{kind}/{id}                   | /imports/items/{batch}            |                       | sign-in ok  ok  403 404 403 403
            POST /imports/{kind}/{id}                  | /imports/items/{batch}            |                       | sign-in ok  ok  403 404 403 403
            GET /imports/{kind}/{id}/failed-rows.csv   | /imports/items/{batch}/failed-rows.csv |                  | sign-in ok  ok  403 404 403 403
            GET /imports/{kind}/{id}/progress          | /imports/items/{batch}/progress   |                       | sign-in ok  ok  403 404 403 403
            GET /portfolio                             | /portfolio                        |                       | sign-in ok  ok  ok  403 ok 403
            GET /portfolio.csv                         | /portfolio.csv                    |                       | sign-in ok  ok  ok  403 ok 403
            GET /portfolio/{id}                        | /portfolio/{customer}             |                       | sign-in ok  ok  ok  403 404 403
            POST /portfolio/recompute                  | /portfolio/recompute              |                       | sign-in ok  ok  403 403 403 403
            GET /portfolio/service                     | /portfolio/service                |                       | sign-in ok  403 403 403 403 403
            POST /portfolio/service                    | /portfolio/service                | aChannel=VISIT&aEvery=14&bChannel=CALL&bEvery=30&cChannel=EMAIL&cEvery=30&version={matrixVersion} | sign-in ok 403 403 403 403 403
            GET /portfolio/dashboard                   | /portfolio/dashboard              |                       | sign-in ok  ok  403 403 403 403
            GET /portfolio/dashboard/{table}.csv       | /portfolio/dashboard/movement.csv |                       | sign-in ok  ok  403 403 403 403
            GET /portfolio/market                      | /portfolio/market                 |                       | sign-in ok  403 403 403 403 403
            POST /portfolio/market                     | /portfolio/market                 | aSize=1000000&bSize=&cSize=&version={marketVersion} | sign-in ok 403 403 403 403 403
            POST /portfolio/{id}/health-override       | /portfolio/{customer}/health-override | score=80&reason=Settled&until={nextMonth}&version={customerVersion} | sign-in ok ok 403 403 403 403
            GET /portfolio/{id}/edit                   | /portfolio/{customer}/edit        |                       | sign-in ok  ok  403 403 403 403
            POST /portfolio/{id}/edit                  | /portfolio/{customer}/edit        | name=Renamed&version={customerVersion} | sign-in ok ok 403 403 403 403
            """;

    private static final List<String> WHO = List.of("nobody", "director", "manager of Sales", "staff owning the item",
            "manager of Operations", "staff not owning the item", "marketing");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired LeadMother leadMother;
    @Autowired Leads leads;
    @Autowired ApiKeys apiKeys;
    @Autowired LeadForms leadForms;
    @Autowired LeadSettings leadSettings;
    @Autowired FollowUpRules rules;
    @Autowired UserAccounts accounts;
    @Autowired ImportBatches batches;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired ServiceMatrices matrices;
    @Autowired com.followup.domain.portfolio.PortfolioDashboards portfolioDashboards;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final List<UserAccount> actors = new ArrayList<>();

    @BeforeAll
    void people() {
        actors.add(null);
        actors.add(people.director());
        actors.add(people.manager(Area.SALES));
        actors.add(people.staff(Area.SALES));
        actors.add(people.manager(Area.OPERATIONS));
        actors.add(people.staff(Area.SALES));
        actors.add(people.create(Role.MARKETING, Set.of()));
    }

    @Test
    void every_endpoint_the_application_maps_has_its_row_and_every_row_an_endpoint() {
        assertThat(rows().keySet()).isEqualTo(mappedEndpoints());
    }

    @Test
    void every_endpoint_answers_each_kind_of_person_as_the_table_says_and_never_with_a_server_error() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows().values()) {
            Map<String, String> data = freshData();
            for (int who = 0; who < WHO.size(); who++) {
                if (who > 0 && row.endpoint().startsWith("POST ")) {
                    data = freshData();
                }
                MockHttpServletResponse response = mvc.perform(request(row, data, actors.get(who))).andReturn().getResponse();
                String answer = answerOf(response);
                if (response.getStatus() >= 500 || !answer.equals(row.answers().get(who))) {
                    wrong.add(row.endpoint() + " as " + WHO.get(who) + ": expected " + row.answers().get(who) + ", got "
                            + answer + " (" + response.getStatus() + " " + response.getRedirectedUrl() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletRequestBuilder request(Row row, Map<String, String> data, UserAccount actor) {
        boolean htmx = row.path().startsWith("hx ");
        String path = fill(htmx ? row.path().substring(3) : row.path(), data);
        MockHttpServletRequestBuilder request = row.endpoint().startsWith("POST ") ? post(path).with(csrf()) : get(path);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (!row.form().isEmpty()) {
            for (String pair : fill(row.form(), data).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.param(nameAndValue[0], nameAndValue[1].replace('+', ' '));
            }
        }
        request.header("Accept-Language", "en");
        if (path.startsWith("/intake/")) {
            // the public form's limit per client address is not what this table is about
            request.with(People.from("10.88." + COUNTER.incrementAndGet() % 250 + ".1"));
        }
        return actor == null ? request : request.with(as(actor));
    }

    private static String answerOf(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            return location.equals("/sign-in") || location.endsWith("/sign-in") ? "sign-in" : "ok";
        }
        return status >= 200 && status < 300 ? "ok" : String.valueOf(status);
    }

    /**
     * A Sales item and a customer owned by the staff member of the table, the item's rule, an entered KPI and another
     * person (no password hashing).
     */
    private Map<String, String> freshData() {
        Item item = mother.prospect(actors.get(3).id(), Duration.ofDays(1));
        FollowUpRule rule = rules.findById(item.ruleId()).orElseThrow();
        Kpi kpi = mother.kpi(Area.SALES);
        long leadSource = leadMother.source(actors.get(3).id(), List.of());
        Lead lead = leadMother.lead(leadSource);
        ApiKey apiKey = apiKeys.create("Tool", ApiKey.hash(ApiKey.newSecret()), actors.get(1).id(), Instant.now());
        String formSecret = LeadForm.newSecret();
        LeadForm leadForm = leadForms.create("Form", leadSource, "https://example.com/thanks", LeadForm.hash(formSecret),
                actors.get(1).id(), Instant.now());
        Meeting meeting = leads.bookMeeting(new Meeting(null, lead.id(), Instant.now().plusSeconds(86400), "Lucía",
                MeetingStatus.BOOKED, actors.get(3).id(), Instant.now()), UUID.randomUUID()).orElseThrow();
        UserAccount person = accounts.save(UserAccount.create("person" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000,
                "Another person", actors.get(1).passwordHash(), Role.STAFF, Set.of(Area.SALES)));
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Access"), actors.get(3).id());
        return Map.ofEntries(
                Map.entry("customer", String.valueOf(customer.id())),
                Map.entry("customerVersion", String.valueOf(customer.version())),
                Map.entry("matrixVersion", String.valueOf(matrices.current().version())),
                Map.entry("marketVersion", String.valueOf(portfolioDashboards.marketSizes().version())),
                Map.entry("item", String.valueOf(item.id())), Map.entry("itemVersion", String.valueOf(item.version())),
                Map.entry("rule", String.valueOf(rule.id())), Map.entry("ruleVersion", String.valueOf(rule.version())),
                Map.entry("kpi", String.valueOf(kpi.id())), Map.entry("batch", String.valueOf(batch(actors.get(2)))),
                Map.entry("lead", String.valueOf(lead.id())), Map.entry("leadVersion", String.valueOf(lead.version())),
                Map.entry("leadSource", String.valueOf(leadSource)), Map.entry("apiKey", String.valueOf(apiKey.id())),
                Map.entry("leadForm", String.valueOf(leadForm.id())),
                Map.entry("hoursVersion", String.valueOf(leadSettings.hours().version())), Map.entry("formSecret", formSecret), Map.entry("meeting", String.valueOf(meeting.id())),
                Map.entry("user", String.valueOf(person.id())), Map.entry("userName", person.username()),
                Map.entry("userVersion", String.valueOf(person.version())),
                Map.entry("staff", String.valueOf(actors.get(3).id())),
                Map.entry("newName", "new" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000),
                Map.entry("token", UUID.randomUUID().toString()), Map.entry("requestId", UUID.randomUUID().toString()),
                Map.entry("today", LocalDate.now().toString()), Map.entry("tomorrow", LocalDate.now().plusDays(1).toString()),
                Map.entry("nextMonth", LocalDate.now().plusMonths(1).toString()));
    }

    /** A file uploaded by the manager of Sales, not yet imported. */
    private long batch(UserAccount uploader) {
        byte[] content = "rule,title,counterpart\nx,y,z\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return batches.add(new ImportBatches.NewBatch("items", "file.csv", new byte[32], content, uploader.id(),
                java.time.Instant.now(), new ImportBatches.Counts(1, 0, 1, 0, 0)), List.of());
    }

    private static String fill(String template, Map<String, String> data) {
        String filled = template;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private TreeSet<String> mappedEndpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    private static Map<String, Row> rows() {
        return MATRIX.lines().map(line -> line.split("\\|")).map(cells -> new Row(cells[0].strip(), cells[1].strip(),
                        cells[2].strip(), Arrays.asList(cells[3].strip().split("\\s+"))))
                .peek(row -> assertThat(row.answers()).as(row.endpoint()).hasSize(WHO.size()))
                .collect(Collectors.toMap(Row::endpoint, row -> row, (a, b) -> {
                    throw new IllegalStateException("two rows for " + a.endpoint());
                }, TreeMap::new));
    }

    private record Row(String endpoint, String path, String form, List<String> answers) {
    }
}
