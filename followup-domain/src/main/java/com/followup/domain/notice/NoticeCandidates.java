package com.followup.domain.notice;

import com.followup.domain.area.Area;
import com.followup.domain.rule.ItemPurpose;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The read side of the scheduled notices: what may need a message now. */
public interface NoticeCandidates {

    record SlippingItem(long itemId, String title, Area area, long ownerId, Instant dueAt, Duration escalateAfter,
                        ItemPurpose purpose) {
    }

    record FastItem(long itemId, String title, long ownerId, Instant startedAt, Instant deadline, Instant nextDueAt,
                    int followUpsDone, ItemPurpose purpose) {
    }

    /** Open items overdue by at least their rule's escalation delay. */
    List<SlippingItem> slipping(Instant now);

    /** Open items started since {@code since} whose whole time allowed is a day or less. */
    List<FastItem> fast(Instant since);

    /** Active managers of the area, else the active directors. */
    List<Long> escalationRecipients(Area area);
}
