package com.followup.domain.item;

import com.followup.domain.followup.CheckOff;
import com.followup.domain.followup.ContactKind;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.InvalidCheckOffException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemDetails.AdministrationDetails;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.item.ItemDetails.SalesDetails;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One concrete thing followed up under a rule: a prospect, an order, an invoice. While open it has
 * exactly one next follow-up due; closed, it has an outcome and none; postponed, it waits for its day.
 * Its zone is the zone of its start, the company's.
 */
public final class Item {

    /** How far back a follow-up may be dated when it is recorded late. */
    public static final Duration BACKDATE_WINDOW = Duration.ofHours(48);

    private final Long id;
    private final long version;
    private final long ruleId;
    private final long ruleRevision;
    private final Area area;
    private final String title;
    private final Counterpart counterpart;
    private long ownerId;
    private final Money amount;
    private final ZonedDateTime startedAt;
    private final ZonedDateTime deadline;
    private ItemDetails details;
    private ItemStatus status;
    private ItemOutcome outcome;
    private Instant nextDueAt;
    private Instant lastInteractionAt;
    private Instant escalatedAt;
    private int followUpsDone;
    private Instant closedAt;
    /** When a follow-up already overdue was rescheduled: the moment it fell due, which it is still counted against. */
    private Instant countedDueAt;
    /** What the portfolio generated the item for; null for an item a person opened. */
    private ItemPurpose purpose;
    private final List<ItemChange> unsavedChanges = new ArrayList<>();

    private Item(Long id, long version, long ruleId, long ruleRevision, Area area, String title,
                 Counterpart counterpart, long ownerId, Money amount, ZonedDateTime startedAt, ZonedDateTime deadline,
                 ItemDetails details, ItemStatus status, ItemOutcome outcome, Instant nextDueAt,
                 Instant lastInteractionAt, Instant escalatedAt, int followUpsDone, Instant closedAt,
                 Instant countedDueAt) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        this.id = id;
        this.version = version;
        this.ruleId = ruleId;
        this.ruleRevision = ruleRevision;
        this.area = Objects.requireNonNull(area, "area");
        this.title = title.strip();
        this.counterpart = Objects.requireNonNull(counterpart, "counterpart");
        this.ownerId = ownerId;
        this.amount = amount;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.outcome = outcome;
        this.nextDueAt = nextDueAt;
        this.lastInteractionAt = lastInteractionAt;
        this.escalatedAt = escalatedAt;
        this.followUpsDone = followUpsDone;
        this.closedAt = closedAt;
        this.countedDueAt = countedDueAt;
    }

    public static final int MAX_TITLE = 200;

    /**
     * Opens an item under a saved, active rule. A Sales item starts at the rule's first stage and its first
     * contact is due at once; in the other areas the first follow-up is due one frequency step after the start,
     * but at once for an invoice already past due.
     */
    public static Item open(FollowUpRule rule, String title, Counterpart counterpart, long ownerId, Money amount,
                            ItemDetails details, ZonedDateTime startedAt, long openedBy) {
        Objects.requireNonNull(rule.id(), "the rule must be saved before items open under it");
        title = Text.requireValid(title, "title", MAX_TITLE, false);
        if (rule.isArchived()) {
            throw new IllegalStateException("rule " + rule.id() + " is archived");
        }
        if (details == null || details.area() != rule.area()) {
            throw new IllegalArgumentException("details of " + rule.area() + " expected, got " + details);
        }
        ItemDetails started = details;
        ZonedDateTime deadline = ItemDeadline.of(rule.timeAllowed(), details, startedAt);
        Instant firstDue;
        if (details instanceof SalesDetails sales) {
            started = rule.stages().isEmpty() ? sales : sales.atStage(rule.stages().get(0));
            firstDue = startedAt.toInstant();
        } else if (details instanceof AdministrationDetails && !deadline.isAfter(startedAt)) {
            firstDue = startedAt.toInstant();
        } else {
            firstDue = rule.frequency().nextDueAfter(startedAt).toInstant();
        }
        Item item = new Item(null, 0, rule.id(), rule.version(), rule.area(), title, counterpart, ownerId, amount,
                startedAt, deadline, started, ItemStatus.OPEN, null,
                firstDue, null, null, 0, null, null);
        item.record(ItemChange.Kind.CREATED, openedBy, startedAt.toInstant(), item.title);
        return item;
    }

    /** Says on the timeline of a new item which file it came from. */
    public void importedFrom(String fileName, long importedBy, Instant at) {
        if (id != null) {
            throw new IllegalStateException("only a new item comes from a file");
        }
        record(ItemChange.Kind.IMPORTED, importedBy, at, fileName);
    }

    public static Item restore(long id, long version, long ruleId, long ruleRevision, Area area, String title,
                               Counterpart counterpart, long ownerId, Money amount, ZonedDateTime startedAt,
                               ZonedDateTime deadline, ItemDetails details, ItemStatus status, ItemOutcome outcome,
                               Instant nextDueAt, Instant lastInteractionAt, Instant escalatedAt, int followUpsDone,
                               Instant closedAt, Instant countedDueAt, ItemPurpose purpose) {
        Item item = new Item(id, version, ruleId, ruleRevision, area, title, counterpart, ownerId, amount, startedAt,
                deadline, details, status, outcome, nextDueAt, lastInteractionAt, escalatedAt, followUpsDone, closedAt,
                countedDueAt);
        item.purpose = purpose;
        return item;
    }

    /** Records a follow-up, on time or late as the rule's frequency says, and schedules the next. */
    public FollowUp checkOff(CheckOff request, Frequency frequency, Instant now) {
        requireOpen();
        Instant doneAt = request.doneAt() == null ? now : request.doneAt();
        requireValid(request, doneAt, now);
        ZoneId zone = zone();
        Instant dueAt = countedDueAt != null ? countedDueAt : nextDueAt;
        boolean onTime = frequency.isOnTime(dueAt, doneAt, zone);
        ContactKind kind = area == Area.SALES && followUpsDone == 0 ? ContactKind.FIRST_CONTACT : ContactKind.FOLLOW_UP;
        FollowUp done = new FollowUp(id, request.requestId(), dueAt, doneAt, request.doneBy(), request.channel(),
                request.durationMinutes(), tidy(request.note()), request.result().strip(), kind, onTime, 1);
        nextDueAt = request.nextDueAt() != null
                ? request.nextDueAt()
                : frequency.nextDueAfter(doneAt.atZone(zone)).toInstant();
        if (lastInteractionAt == null || doneAt.isAfter(lastInteractionAt)) {
            lastInteractionAt = doneAt;
        }
        followUpsDone++;
        escalatedAt = null;
        countedDueAt = null;
        record(ItemChange.Kind.FOLLOW_UP_DONE, request.doneBy(), now, request.channel().name(), done.result());
        return done;
    }

    private void requireValid(CheckOff request, Instant doneAt, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (request.requestId() == null) {
            violations.add(new Violation("requestId", "item.checkOff.required"));
        }
        if (request.channel() == null) {
            violations.add(new Violation("channel", "item.checkOff.channelRequired"));
        }
        if (request.result() == null || request.result().isBlank()) {
            violations.add(new Violation("result", "item.checkOff.resultRequired"));
        }
        FollowUp.checkTexts(request.note(), request.result(), violations);
        if (request.durationMinutes() != null) {
            if (request.channel() != null && !request.channel().hasDuration()) {
                violations.add(new Violation("durationMinutes", "item.checkOff.durationOnlyForCallsAndMeetings"));
            } else if (request.durationMinutes() <= 0 || request.durationMinutes() > FollowUp.LONGEST_MINUTES) {
                violations.add(new Violation("durationMinutes", "item.checkOff.durationPositive",
                        List.of(FollowUp.LONGEST_MINUTES)));
            }
        }
        if (doneAt.isAfter(now)) {
            violations.add(new Violation("doneAt", "item.checkOff.doneInFuture"));
        } else if (doneAt.isBefore(now.minus(BACKDATE_WINDOW))) {
            violations.add(new Violation("doneAt", "item.checkOff.backdatedTooFar", List.of(BACKDATE_WINDOW.toHours())));
        } else if (doneAt.isBefore(startedAt.toInstant())) {
            violations.add(new Violation("doneAt", "item.checkOff.beforeStart"));
        }
        Instant chosen = request.nextDueAt();
        if (chosen != null) {
            if (!chosen.isAfter(doneAt)) {
                violations.add(new Violation("nextDueAt", "item.checkOff.nextDueNotAfterDone"));
            } else if (chosen.isAfter(deadline.toInstant())) {
                violations.add(new Violation("nextDueAt", "item.checkOff.nextDueAfterDeadline"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCheckOffException(violations);
        }
    }

    /** Records on the timeline that a recorded follow-up was corrected, with what its result said before. */
    public void followUpEdited(FollowUp.FollowUpEdit edit) {
        record(ItemChange.Kind.FOLLOW_UP_EDITED, edit.editedBy(), edit.editedAt(), edit.previousResult());
    }

    /**
     * What is wrong with moving the next follow-up to {@code day}: it must be a day after today and within the
     * item's time, and the reason is said.
     */
    public List<Violation> rescheduleViolations(LocalDate day, String reason, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (status != ItemStatus.OPEN) {
            violations.add(new Violation("day", "item.reschedule.notOpen"));
        }
        if (day == null) {
            violations.add(new Violation("day", "item.reschedule.dayRequired"));
        } else if (!day.isAfter(now.atZone(zone()).toLocalDate())) {
            violations.add(new Violation("day", "item.reschedule.dayNotAfterToday"));
        } else if (dueOn(day).isAfter(deadline.toInstant())) {
            violations.add(new Violation("day", "item.reschedule.dayAfterDeadline"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "item.reschedule.reasonRequired"));
        } else {
            Text.required(reason, "reason", MAX_RESCHEDULE_REASON, violations);
        }
        return violations;
    }

    public static final int MAX_RESCHEDULE_REASON = 200;

    /**
     * Moves the next follow-up to a later day, saying why on the timeline. One that was already overdue is still
     * counted against the moment it fell due: when it is done it counts late, however far it was moved.
     */
    public void reschedule(LocalDate day, String reason, long rescheduledBy, Instant now) {
        List<Violation> violations = rescheduleViolations(day, reason, now);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("cannot reschedule item " + id + ": " + violations);
        }
        Instant from = nextDueAt;
        if (countedDueAt == null && now.isAfter(nextDueAt)) {
            countedDueAt = nextDueAt;
        }
        nextDueAt = dueOn(day);
        escalatedAt = null;
        record(ItemChange.Kind.RESCHEDULED, rescheduledBy, now, from.atZone(zone()).toLocalDate().toString(),
                day.toString(), reason.strip());
    }

    /** A follow-up set for a day is due at the item's time of day, as a chosen next date is. */
    private Instant dueOn(LocalDate day) {
        return day.atTime(startedAt.toLocalTime()).atZone(zone()).toInstant();
    }

    public void moveToStage(String stage, List<String> ruleStages, long movedBy, Instant at) {
        if (!(details instanceof SalesDetails sales)) {
            throw new IllegalStateException("only Sales items have stages; item " + id + " is " + area);
        }
        requireNotClosed();
        if (!ruleStages.contains(stage)) {
            throw new IllegalArgumentException("'" + stage + "' is not a stage of the rule: " + ruleStages);
        }
        if (stage.equals(sales.stage())) {
            return;
        }
        details = sales.atStage(stage);
        record(ItemChange.Kind.STAGE_MOVED, movedBy, at, sales.stage(), stage);
    }

    public void reassign(long newOwnerId, long reassignedBy, Instant at) {
        requireNotClosed();
        if (newOwnerId == ownerId) {
            return;
        }
        record(ItemChange.Kind.REASSIGNED, reassignedBy, at, String.valueOf(ownerId), String.valueOf(newOwnerId));
        ownerId = newOwnerId;
    }

    /**
     * Ends the item with an outcome of its area. Postponed is not an end: the item waits, with its next
     * follow-up at the start of the chosen day, which must be a day after today.
     * A delivery linked to an invoice goes through {@link #deliver} so that the advance payment is checked.
     */
    public void close(ItemOutcome outcome, long closedBy, Instant now) {
        if (outcome instanceof ItemOutcome.Delivered
                && details instanceof OperationsDetails ops && ops.linkedInvoiceItemId() != null) {
            throw new IllegalStateException("delivery " + id + " is linked to an invoice: use deliver");
        }
        closeWith(outcome, closedBy, now);
    }

    public void deliver(ItemOutcome.Delivered delivered, Item linkedInvoice,
                        UserAccount actor, Instant now) {
        if (!AdvancePaymentCheck.allowsDelivery(this, linkedInvoice, delivered, actor)) {
            throw new AdvanceNotReceivedException(id, linkedInvoice == null ? null : linkedInvoice.id());
        }
        closeWith(delivered, actor.id(), now);
    }

    private void closeWith(ItemOutcome outcome, Long closedBy, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        requireNotClosed();
        if (outcome.area() != area) {
            throw new IllegalArgumentException(outcome.outcome() + " is not an outcome of " + area);
        }
        if (outcome instanceof ItemOutcome.Collected collected && amount != null) {
            if (!collected.amount().currency().equals(amount.currency())) {
                throw new IllegalArgumentException("item " + id + " is in " + amount.currency()
                        + ", collected " + collected.amount().currency());
            }
            if (collected.amount().amount().compareTo(balance().amount()) > 0) {
                throw new IllegalArgumentException("item " + id + " owes " + balance() + ", collected " + collected.amount());
            }
            if (collected.amount().amount().compareTo(balance().amount()) < 0) {
                collectInPart(collected.amount(), closedBy, now);
                return;
            }
            outcome = new ItemOutcome.Collected(collected.amount(), true);
        }
        if (outcome instanceof ItemOutcome.Postponed postponed) {
            LocalDate today = now.atZone(zone()).toLocalDate();
            if (!postponed.until().isAfter(today)) {
                throw new IllegalArgumentException("postpone to a day after " + today + ", not " + postponed.until());
            }
            status = ItemStatus.POSTPONED;
            nextDueAt = postponed.until().atStartOfDay(zone()).toInstant();
        } else {
            status = ItemStatus.CLOSED;
            nextDueAt = null;
            closedAt = now;
        }
        this.outcome = outcome;
        record(ItemChange.Kind.CLOSED, closedBy, now, outcome.describe().toArray(String[]::new));
    }

    /**
     * Part of an invoice was paid: it stays open with its balance (its age and next follow-up unchanged) until the
     * balance is collected; the collection is on its history with the amount, currency and balance left.
     */
    private void collectInPart(Money collected, Long collectedBy, Instant now) {
        AdministrationDetails admin = (AdministrationDetails) details;
        Money before = admin.amountCollected() == null ? new Money(BigDecimal.ZERO, amount.currency())
                : admin.amountCollected();
        details = admin.withCollected(new Money(before.amount().add(collected.amount()), amount.currency()));
        record(ItemChange.Kind.COLLECTED_IN_PART, collectedBy, now, collected.amount().toPlainString(),
                amount.currency().getCurrencyCode(), balance().amount().toPlainString());
    }

    /** What an invoice still owes: its amount less what was collected in part; null when it has no amount. */
    public Money balance() {
        if (amount == null) {
            return null;
        }
        if (details instanceof AdministrationDetails admin && admin.amountCollected() != null) {
            return new Money(amount.amount().subtract(admin.amountCollected().amount()), amount.currency());
        }
        return amount;
    }

    /** Administration: the advance payment an invoice requires has arrived, so its delivery may go out. */
    public void recordAdvanceReceived(long recordedBy, Instant at) {
        requireNotClosed();
        if (!(details instanceof ItemDetails.AdministrationDetails admin) || !admin.advanceRequired()) {
            throw new IllegalStateException("item " + id + " does not require an advance payment");
        }
        if (admin.advanceReceived()) {
            return;
        }
        details = admin.withAdvanceReceived();
        record(ItemChange.Kind.ADVANCE_RECEIVED, recordedBy, at);
    }

    /** Brings back a postponed item once its day has come; says whether it did. */
    public boolean reopenIfDue(Instant now) {
        if (status != ItemStatus.POSTPONED || now.isBefore(nextDueAt)) {
            return false;
        }
        status = ItemStatus.OPEN;
        outcome = null;
        record(ItemChange.Kind.REOPENED, null, now, nextDueAt.atZone(zone()).toLocalDate().toString());
        return true;
    }

    /** The area's manager was told this item's follow-up is slipping; cleared by the next check-off. */
    public void markEscalated(Instant at) {
        requireOpen();
        if (escalatedAt == null) {
            record(ItemChange.Kind.ESCALATED, null, at);
        }
        escalatedAt = at;
    }

    public boolean isOverdue(Instant now) {
        return status == ItemStatus.OPEN && now.isAfter(nextDueAt);
    }

    public Duration howLate(Instant now) {
        return isOverdue(now) ? Duration.between(nextDueAt, now) : Duration.ZERO;
    }

    public boolean isPastDeadline(Instant now) {
        return status == ItemStatus.OPEN && now.isAfter(deadline.toInstant());
    }

    private void requireOpen() {
        if (status != ItemStatus.OPEN) {
            throw new IllegalStateException("item " + id + " is " + status + ", not open");
        }
    }

    private void requireNotClosed() {
        if (status == ItemStatus.CLOSED) {
            throw new IllegalStateException("item " + id + " is closed");
        }
    }

    /** A missing detail is kept as an empty one, so each keeps its place. */
    private void record(ItemChange.Kind kind, Long who, Instant when, String... details) {
        unsavedChanges.add(new ItemChange(kind, who, when, Arrays.stream(details).map(d -> d == null ? "" : d).toList()));
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ZoneId zone() { return startedAt.getZone(); }
    public Long id() { return id; }
    public long version() { return version; }
    public long ruleId() { return ruleId; }
    public long ruleRevision() { return ruleRevision; }
    public Area area() { return area; }
    public String title() { return title; }
    public ItemPurpose purpose() { return purpose; }
    public Counterpart counterpart() { return counterpart; }
    public long ownerId() { return ownerId; }
    public Money amount() { return amount; }
    public ZonedDateTime startedAt() { return startedAt; }
    public ZonedDateTime deadline() { return deadline; }
    public LocalDate deadlineLastDay() { return ItemDeadline.lastDay(deadline.toInstant(), deadline.getZone()); }
    public LocalTime deadlineTimeOfDay() { return ItemDeadline.timeOfDay(deadline.toInstant(), deadline.getZone()); }
    public ItemDetails details() { return details; }
    public ItemStatus status() { return status; }
    public ItemOutcome outcome() { return outcome; }
    public Instant nextDueAt() { return nextDueAt; }
    public Instant lastInteractionAt() { return lastInteractionAt; }
    public Instant escalatedAt() { return escalatedAt; }
    public int followUpsDone() { return followUpsDone; }
    /** When the outcome ended the item; null while open or postponed. */
    public Instant closedAt() { return closedAt; }
    public Instant countedDueAt() { return countedDueAt; }
    /** What happened since the item was opened or read, in order. */
    public List<ItemChange> unsavedChanges() { return List.copyOf(unsavedChanges); }
}
