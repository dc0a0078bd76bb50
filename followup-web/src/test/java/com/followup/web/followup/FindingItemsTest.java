package com.followup.web.followup;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.ZonedDateTime;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Typing in My follow-ups finds one's own open items by title, counterpart or contact. */
@FollowupWebTest
class FindingItemsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Clock clock;

    @Test
    void typing_finds_ones_open_items_by_title_counterpart_or_contact_and_nobody_elses() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        String unique = RuleMother.uniqueTopic("Zq").replace(' ', '-');
        Item byTitle = item(staff, unique + " fleet", "Ruiz", "Lucía");
        Item byCounterpart = item(staff, "Renewal", unique + " Transport", "Ana");
        Item byContact = item(staff, "Quote", "Acme", unique + " Pérez");
        Item someoneElses = item(people.staff(Area.SALES), unique + " other", "Other", "Eva");

        Page found = Page.of(mvc.perform(get("/my-follow-ups/search").param("q", unique.toUpperCase())
                .with(as(staff)).header("HX-Request", "true")).andExpect(status().isOk()));

        assertThat(found.isWholePage()).isFalse();
        assertThat(found.texts("#mine-found li a")).containsExactlyInAnyOrder(byTitle.title(), byCounterpart.title(),
                byContact.title());
        assertThat(found.text("#mine-found p")).startsWith("3 open items with");
        assertThat(found.everything()).doesNotContain(someoneElses.title());
    }

    @Test
    void the_page_without_script_shows_what_was_found_and_wildcards_are_plain_letters() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        item(staff, "Deal 100% sure", "Acme", null);

        Page page = Page.of(mvc.perform(get("/my-follow-ups").param("q", "_%").with(as(staff))
                .header("Accept-Language", "es")).andExpect(status().isOk()));

        assertThat(page.text("#mine-found p")).startsWith("Ninguno de tus asuntos abiertos");
        assertThat(page.value("q")).isEqualTo("_%");
        assertThat(page.select("#my-follow-ups")).hasSize(1);
    }

    private Item item(UserAccount owner, String title, String counterpart, String contact) {
        return items.save(Item.open(mother.salesRule(RuleMother.uniqueTopic("Prospects")), title,
                new Counterpart(counterpart, contact, null, null), owner.id(), null,
                new ItemDetails.SalesDetails("Referral", 3, 50, null), ZonedDateTime.now(clock).minusDays(1), owner.id()));
    }
}
