package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saving the service matrix gives every customer one service follow-up in their account owner's My follow-ups, due
 * by their segment's rhythm; a lapse gives one "why no order?" follow-up, closed as won back, postponed or lost.
 */
@FollowupWebTest
class ServiceFollowUpsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired ServiceMatrices matrices;
    @Autowired PortfolioRecompute recompute;
    @Autowired ServiceFollowUps followUps;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void saving_the_matrix_gives_each_customer_one_service_follow_up_due_by_their_segments_rhythm() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        Customer customer = mother.withSales(mother.customer(CustomerMother.uniqueName("Served"), seller.id()), today, 6, 15, 2, "900");
        recompute.recompute();
        String segment = segmentOf(customer);
        ServiceMatrix before = matrices.current();

        mvc.perform(post("/portfolio/service").with(csrf()).with(as(people.director())).param("aChannel", "VISIT")
                .param("aEvery", "7").param("bChannel", "CALL").param("bEvery", "21").param("cChannel", "EMAIL")
                .param("cEvery", "45").param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/portfolio"));

        long itemId = openServiceItem(customer);
        Page mine = Page.of(mvc.perform(get("/my-follow-ups").with(as(seller))));
        assertThat(mine.text("#item-" + itemId + " > div:first-child > a")).isEqualTo("Service contact");
        assertThat(mine.text("#item-" + itemId + " > div:first-child")).startsWith("Service contact · " + customer.name() + " · ");
        // the item's name is its purpose, in the reader's language; the customer's name stays as typed
        Page mineEs = Page.of(mvc.perform(get("/my-follow-ups").with(as(seller)).header("Accept-Language", "es")));
        assertThat(mineEs.text("#item-" + itemId + " > div:first-child > a")).isEqualTo("Contacto de servicio");
        Page itemEs = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "es")));
        assertThat(itemEs.text("h1")).isEqualTo("Contacto de servicio");
        assertThat(itemEs.text("title")).startsWith("Contacto de servicio");
        assertThat(itemEs.everything()).contains("Abierto: Contacto de servicio").doesNotContain("Service contact");
        Page listEs = Page.of(mvc.perform(get("/items").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .with(as(seller)).header("Accept-Language", "es")));
        assertThat(listEs.text("#item-" + itemId + " a.fw-semibold")).isEqualTo("Contacto de servicio");
        String csvEs = mvc.perform(get("/items/export.csv").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .with(as(seller)).header("Accept-Language", "es")).andReturn().getResponse().getContentAsString();
        assertThat(csvEs).contains("Contacto de servicio").doesNotContain("Service contact");
        String csvEn = mvc.perform(get("/items/export.csv").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .with(as(seller)).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(csvEn).contains("Service contact");
        // the portfolio rule's topic too: as stored in English, in Spanish for a Spanish reader
        String topic = "Service, segment " + segment;
        String topicEs = "Servicio, segmento " + segment;
        assertThat(mine.text("#item-" + itemId + " > div + div > div")).isEqualTo(topic);
        assertThat(mineEs.text("#item-" + itemId + " > div + div > div")).isEqualTo(topicEs);
        assertThat(csvEn).contains(topic);
        assertThat(csvEs).contains(topicEs).doesNotContain(topic);
        assertThat(itemEs.text()).contains(topicEs).contains("En servicio").doesNotContain("In service"); // the stage field keeps the stored value
        long ruleId = ruleOf(itemId);
        Page rulesEn = Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(seller)).header("Accept-Language", "en")));
        assertThat(rulesEn.text("#rule-" + ruleId + "-title")).isEqualTo("Sales · " + topic);
        assertThat(rulesEn.text("#rule-" + ruleId + " .rule-sentence"))
                .startsWith("Contact every segment " + segment + " customer within their rhythm");
        assertThat(rulesEn.text("#rule-" + ruleId)).contains("In service").contains("Won back").doesNotContain("Sold");
        Page rulesEs = Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(seller)).header("Accept-Language", "es")));
        assertThat(rulesEs.text("#rule-" + ruleId + "-title")).endsWith(" · " + topicEs);
        assertThat(rulesEs.text("#rule-" + ruleId + " .rule-sentence"))
                .startsWith("Contactar a cada cliente del segmento " + segment + " dentro de su ritmo");
        assertThat(rulesEs.text("#rule-" + ruleId)).contains("En servicio").contains("Recuperado")
                .doesNotContain("In service").doesNotContain("Contact every");
        Page historyEs = Page.of(mvc.perform(get("/rules/{id}/history", ruleId).with(as(seller)).header("Accept-Language", "es")));
        assertThat(historyEs.everything()).contains(topicEs).doesNotContain("Contact every");
        // who is behind, per rule, on the Sales dashboard and in its CSV
        UserAccount manager = people.manager(Area.SALES);
        Page dashboardEs = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager)).header("Accept-Language", "es")));
        assertThat(dashboardEs.texts("th[scope=row]")).contains(topicEs).doesNotContain(topic);
        String rulesCsvEn = mvc.perform(get("/dashboards/sales/rules.csv").with(as(manager)).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(rulesCsvEn).contains(topic);
        String rulesCsvEs = mvc.perform(get("/dashboards/sales/rules.csv").with(as(manager)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(rulesCsvEs).contains(topicEs).doesNotContain(topic);
        // the board of the portfolio rule ends its items as won back or lost, never sold
        Page boardEn = Page.of(mvc.perform(get("/items/board").param("rule", String.valueOf(ruleId)).with(as(seller))
                .header("Accept-Language", "en")));
        assertThat(boardEn.texts(".pipeline-column h2 > span:first-child")).containsExactly("In service", "Postponed", "Won back", "Lost");
        Page boardEs = Page.of(mvc.perform(get("/items/board").param("rule", String.valueOf(ruleId)).with(as(seller))
                .header("Accept-Language", "es")));
        assertThat(boardEs.texts(".pipeline-column h2 > span:first-child")).containsExactly("En servicio", "Pospuesto", "Recuperado", "Perdido");
        assertThat(boardEs.texts("#board-rule option")).contains(topicEs).doesNotContain(topic);
        // never contacted: due today, under the Sales rule of the customer's segment, owned by the account owner
        assertThat(dueDay(itemId)).isEqualTo(today);
        assertThat(jdbc.sql("""
                        select r.topic from item i join follow_up_rule r on r.id = i.rule_id
                        where i.id = ? and i.owner_id = ? and i.area = 'SALES'""").params(itemId, seller.id())
                .query(String.class).single()).isEqualTo("Service, segment " + segment);

        // checked off today, the next contact comes the segment's rhythm later (A 7, B 21, C 45 days)
        mvc.perform(post("/items/{id}/follow-ups", itemId).with(as(seller)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("version", String.valueOf(version(itemId)))
                .param("channel", "CALL").param("result", "All well")).andExpect(status().is3xxRedirection());
        int every = switch (segment) { case "A" -> 7; case "B" -> 21; default -> 45; };
        assertThat(dueDay(itemId)).isEqualTo(today.plusDays(every));

        followUps.generate("test");
        assertThat(serviceItems(customer)).containsExactly(itemId);
        Page portfolio = Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id()))
                .with(as(people.manager(Area.SALES)))));
        assertThat(portfolio.text("#coverage-" + segment + " .covered")).isEqualTo("1");
    }

    @Test
    void a_customer_changing_segment_keeps_their_item_and_its_history_and_takes_the_new_rhythm() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        Customer customer = mother.withSales(mother.customer(CustomerMother.uniqueName("Mover"), seller.id()), today, 6, 15, 2, "900");
        recompute.recompute();
        followUps.generate("test");
        long itemId = openServiceItem(customer);
        mvc.perform(post("/items/{id}/follow-ups", itemId).with(as(seller)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("version", String.valueOf(version(itemId)))
                .param("channel", "VISIT").param("result", "Visited the plant")).andExpect(status().is3xxRedirection());
        long ruleBefore = ruleOf(itemId);
        String other = segmentOf(customer).equals("A") ? "C" : "A";
        int every = matrices.current().level(com.followup.domain.portfolio.Segment.valueOf(other)).everyDays();

        jdbc.sql("update customer_score set segment = ? where customer_id = ?").params(other, customer.id()).update();
        followUps.generate("test");

        assertThat(serviceItems(customer)).containsExactly(itemId);
        assertThat(ruleOf(itemId)).isNotEqualTo(ruleBefore);
        assertThat(dueDay(itemId)).isEqualTo(today.plusDays(every));
        assertThat(jdbc.sql("select rule_id from follow_up where item_id = ?").param(itemId).query(Long.class).list())
                .containsExactly(ruleBefore);
        Page item = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "en")));
        assertThat(item.everything()).contains("Now followed as a segment " + other + " customer: at least every " + every + " days")
                .contains("Visited the plant");
    }

    @Test
    void a_lapsed_customer_gets_one_why_no_order_follow_up_closed_as_won_back_postponed_or_lost() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        // orders every 20 days, the last 60 days ago: 60 > 2 × 20, lapsed
        Customer lapsed = mother.withSales(mother.customer(CustomerMother.uniqueName("Lapsed"), seller.id()), today, 5, 20, 60, "900");
        Customer regular = mother.withSales(mother.customer(CustomerMother.uniqueName("Regular"), seller.id()), today, 5, 20, 5, "900");
        recompute.recompute();

        followUps.generate("test");
        followUps.generate("test");

        List<Long> lapses = lapseItems(lapsed);
        assertThat(lapses).hasSize(1);
        assertThat(lapseItems(regular)).isEmpty();
        long itemId = lapses.get(0);
        Page mine = Page.of(mvc.perform(get("/my-follow-ups").with(as(seller))));
        assertThat(mine.text("#item-" + itemId + " > div:first-child > a")).isEqualTo("Why no order?");
        Page es = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "es")));
        assertThat(es.texts("label[for^=outcome-]")).containsExactly("Recuperado", "Pospuesto", "Perdido");
        Page en = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "en")));
        assertThat(en.texts("label[for^=outcome-]")).containsExactly("Won back", "Postponed", "Lost");

        mvc.perform(post("/items/{id}/outcome", itemId).with(as(seller)).with(csrf())
                .param("version", String.valueOf(version(itemId))).param("outcome", "ELIMINATED")
                .param("reason", "Moved to a competitor")).andExpect(status().is3xxRedirection());
        recompute.recompute();
        followUps.generate("test");
        assertThat(lapseItems(lapsed)).containsExactly(itemId);
        Page closed = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "es")));
        assertThat(closed.text("h1 + span .badge-done")).isEqualTo("Perdido");
        assertThat(closed.everything()).contains("Moved to a competitor").doesNotContain("Eliminado");
        Page listed = Page.of(mvc.perform(get("/items").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .param("status", "CLOSED").with(as(seller)).header("Accept-Language", "es")));
        assertThat(listed.text("#item-" + itemId + " a.fw-semibold")).isEqualTo("¿Por qué no hay pedido?");
        assertThat(listed.text("#item-" + itemId + " .badge-done")).isEqualTo("Perdido");
        String csv = mvc.perform(get("/items/export.csv").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .param("status", "CLOSED").with(as(seller)).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Why no order?").contains("Lost").doesNotContain("Eliminated");
    }

    @Test
    void a_lapse_won_back_says_won_back_in_lists_and_on_the_customers_history_never_sold() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        Customer lapsed = mother.withSales(mother.customer(CustomerMother.uniqueName("Back"), seller.id()), today, 5, 20, 60, "900");
        recompute.recompute();
        followUps.generate("test");
        long itemId = lapseItems(lapsed).get(0);
        long linesBefore = saleLines(lapsed);

        mvc.perform(post("/items/{id}/outcome", itemId).with(as(seller)).with(csrf())
                .param("version", String.valueOf(version(itemId))).param("outcome", "SOLD"))
                .andExpect(status().is3xxRedirection());

        Page en = Page.of(mvc.perform(get("/items").param("area", "SALES").param("owner", String.valueOf(seller.id()))
                .param("status", "CLOSED").with(as(seller)).header("Accept-Language", "en")));
        assertThat(en.text("#item-" + itemId + " .badge-done")).isEqualTo("Won back");
        Page es = Page.of(mvc.perform(get("/items/{id}", itemId).with(as(seller)).header("Accept-Language", "es")));
        assertThat(es.text("h1 + span .badge-done")).isEqualTo("Recuperado");
        assertThat(es.everything()).doesNotContain("Vendido");
        Page history = Page.of(mvc.perform(get("/portfolio/{id}", lapsed.id()).with(as(seller)).header("Accept-Language", "en")));
        assertThat(history.texts("#changes li")).anySatisfy(line -> assertThat(line).contains("Won back"))
                .noneSatisfy(line -> assertThat(line).contains("Sold"));
        Page historyEs = Page.of(mvc.perform(get("/portfolio/{id}", lapsed.id()).with(as(seller)).header("Accept-Language", "es")));
        assertThat(historyEs.texts("#changes li")).anySatisfy(line -> assertThat(line).contains("Recuperado"));
        // winning a customer back is no new sale
        assertThat(saleLines(lapsed)).isEqualTo(linesBefore);
    }

    private long saleLines(Customer customer) {
        return jdbc.sql("select count(*) from sale_line where customer_id = ?").param(customer.id()).query(Long.class).single();
    }

    private String segmentOf(Customer customer) {
        return jdbc.sql("select segment from customer_score where customer_id = ?").param(customer.id()).query(String.class).single();
    }

    private long openServiceItem(Customer customer) {
        return jdbc.sql("select id from item where customer_id = ? and portfolio_purpose = 'SERVICE' and status <> 'CLOSED'")
                .param(customer.id()).query(Long.class).single();
    }

    private List<Long> serviceItems(Customer customer) {
        return jdbc.sql("select id from item where customer_id = ? and portfolio_purpose = 'SERVICE'").param(customer.id())
                .query(Long.class).list();
    }

    private List<Long> lapseItems(Customer customer) {
        return jdbc.sql("select id from item where customer_id = ? and portfolio_purpose = 'LAPSE'").param(customer.id())
                .query(Long.class).list();
    }

    private long version(long itemId) {
        return jdbc.sql("select version from item where id = ?").param(itemId).query(Long.class).single();
    }

    private long ruleOf(long itemId) {
        return jdbc.sql("select rule_id from item where id = ?").param(itemId).query(Long.class).single();
    }

    private LocalDate dueDay(long itemId) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select next_due_at from item where id = ?").param(itemId).query(Timestamp.class).single()
                .toInstant().atZone(zone).toLocalDate();
    }
}
