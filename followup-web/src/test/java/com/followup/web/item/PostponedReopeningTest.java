package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemChange;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@FollowupWebTest
class PostponedReopeningTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired PostponedReopening reopening;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_postponed_item_comes_back_to_my_follow_ups_on_its_day_once() {
        UserAccount seller = people.staff(Area.SALES);
        Item item = mother.prospect(seller.id(), Duration.ofDays(3));
        Item waiting = items.findById(item.id()).orElseThrow();
        waiting.close(new ItemOutcome.Postponed(LocalDate.now(clock).plusDays(2)), seller.id(), clock.instant());
        items.save(waiting);
        Item notYet = mother.prospect(seller.id(), Duration.ofDays(3));
        Item stillWaiting = items.findById(notYet.id()).orElseThrow();
        stillWaiting.close(new ItemOutcome.Postponed(LocalDate.now(clock).plusDays(2)), seller.id(), clock.instant());
        items.save(stillWaiting);
        // its day came: as if two days had passed
        jdbc.sql("update item set next_due_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(60)), item.id()).update();

        assertThat(reopening.reopenDue()).isEqualTo(1);
        assertThat(reopening.reopenDue()).isZero();

        assertThat(items.findById(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(items.findById(notYet.id()).orElseThrow().status()).isEqualTo(ItemStatus.POSTPONED);
        assertThat(items.timeline(item.id())).extracting(ItemChange::kind).containsOnlyOnce(ItemChange.Kind.REOPENED);
    }

    @Test
    void reopened_items_are_due_again() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Item item = mother.prospect(seller.id(), Duration.ofDays(3));
        Item waiting = items.findById(item.id()).orElseThrow();
        waiting.close(new ItemOutcome.Postponed(LocalDate.now(clock).plusDays(1)), seller.id(), clock.instant());
        items.save(waiting);
        assertThat(Page.of(mvc.perform(get("/my-follow-ups").with(as(seller)))).everything()).doesNotContain(item.title());

        jdbc.sql("update item set next_due_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(60)), item.id()).update();
        reopening.reopenDue();

        assertThat(Page.of(mvc.perform(get("/my-follow-ups").with(as(seller)))).text("#item-" + item.id() + " > div:first-child > a"))
                .isEqualTo(item.title());
    }
}
