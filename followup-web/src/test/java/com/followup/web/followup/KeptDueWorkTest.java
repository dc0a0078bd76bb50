package com.followup.web.followup;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.domain.item.Item;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person's kept due work answers is what reading it again would answer, at any moment: kept while neither a
 * write nor time changed it, read again once either did. On the real storage, with a clock the test moves.
 */
@FollowupWebTest
class KeptDueWorkTest {

    @Autowired DueFollowUps due;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Clock appClock;

    private final AtomicReference<Instant> now = new AtomicReference<>();

    @Test
    void kept_until_a_due_moment_is_reached_then_read_again_with_the_item_overdue() {
        UserAccount staff = people.staff(Area.SALES);
        // due at noon tomorrow, so that the moments below are hours away from a midnight
        Instant noonTomorrow = LocalDate.now(appClock).plusDays(1).atTime(LocalTime.NOON).atZone(appClock.getZone())
                .toInstant();
        Item soon = mother.prospect(staff.id(), Duration.between(noonTomorrow, appClock.instant()));
        KeptDueWork kept = new KeptDueWork(due, movedBy(now));
        now.set(soon.nextDueAt().minus(Duration.ofMinutes(20)));

        KeptDueWork.Work first = kept.current(staff.id());
        assertThat(kept.firstOfEachBucket(first, buckets())).extracting(DueFollowUps.DueRow::itemId)
                .containsExactly(soon.id());

        now.set(soon.nextDueAt().minusMillis(1));
        KeptDueWork.Work later = kept.current(staff.id());
        assertThat(later.counts()).isEqualTo(first.counts());
        assertThat(kept.current(staff.id()).rows()).as("the rows read once, kept with the counts")
                .extracting(DueFollowUps.DueRow::itemId).containsExactly(soon.id());

        now.set(soon.nextDueAt().plusMillis(1));
        KeptDueWork.Work reached = kept.current(staff.id());
        assertThat(reached.counts().overdue()).isEqualTo(first.counts().overdue() + 1);
        assertThat(reached.counts()).isEqualTo(due.countsByBucket(staff.id(), buckets()));
        assertThat(reached.rows()).as("read again when a page shows them").isNull();
    }

    @Test
    void read_again_after_any_write_it_shows_and_when_the_clock_goes_back() {
        UserAccount staff = people.staff(Area.SALES);
        mother.prospect(staff.id(), Duration.ofDays(1));
        KeptDueWork kept = new KeptDueWork(due, movedBy(now));
        now.set(appClock.instant());
        KeptDueWork.Work first = kept.current(staff.id());
        assertThat(kept.current(staff.id())).isSameAs(first);

        mother.prospect(staff.id(), Duration.ofDays(2));
        KeptDueWork.Work written = kept.current(staff.id());
        assertThat(written.counts().overdue()).isEqualTo(first.counts().overdue() + 1);
        assertThat(kept.current(staff.id())).isSameAs(written);

        now.set(appClock.instant().minus(Duration.ofDays(3)));
        KeptDueWork.Work before = kept.current(staff.id());
        assertThat(before).isNotSameAs(written);
        assertThat(before.counts()).isEqualTo(due.countsByBucket(staff.id(), buckets()));
    }

    private DueBuckets buckets() {
        return new DueBuckets(now.get(), appClock.getZone());
    }

    private Clock movedBy(AtomicReference<Instant> moment) {
        ZoneId zone = appClock.getZone();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return moment.get();
            }
        };
    }
}
