package com.followup.persistence.dashboard;

import com.followup.domain.dashboard.FigureRows.CountedFollowUps;
import com.followup.domain.dashboard.FigureRows.CountedItems;

/**
 * Each figure's condition on its rows, written once: the dashboards count with it ({@link JdbcAreaMeasures}) and the
 * lists behind the figures select with it ({@link JdbcFigureRows}), so a list's total is its figure. Conditions read
 * the unqualified columns of {@code item} or of {@code follow_up}; {@code %1$s} and {@code %2$s} are the range's
 * start and end, {@code :now}, {@code :today} and {@code :past_due_before} the moment.
 */
final class FigurePredicates {

    private FigurePredicates() {
    }

    /** Closed in the range; the outcome is added by {@link #item}. */
    static final String CLOSED_IN = "status = 'CLOSED' and closed_at >= %1$s and closed_at < %2$s";

    /**
     * When an open item's follow-up counts as due: the day it first fell due when it was rescheduled after that
     * (Item.reschedule keeps it in counted_due_at), else its next due moment.
     */
    static final String COUNTED_DUE = "coalesce(counted_due_at, next_due_at)";

    /** Fell due in the range and not done yet: counted as fallen due and not on time (Compliance). */
    static final String STILL_OVERDUE_IN = "status = 'OPEN' and " + COUNTED_DUE + " >= %1$s and " + COUNTED_DUE
            + " < least(%2$s, cast(:now as timestamptz))";

    /** Open, and the next follow-up is past due now. */
    static final String OVERDUE_NOW = "status = 'OPEN' and next_due_at < :now";

    static final String PAST_DEADLINE = "status = 'OPEN' and deadline < :now";

    /** The figures of the moment count what is still to be done: open or postponed. */
    static final String NOT_CLOSED = "status in ('OPEN', 'POSTPONED')";

    static final String PAST_PROMISED_DATE = "promised_date < :today";

    static final String PAST_DUE = "deadline < :past_due_before";

    static final String ADVANCE_PENDING = "advance_required and not advance_received";

    /** The ageing bucket's number (AgeingBucket.numberedFromOldest), from the domain's boundaries in {@code :starts}. */
    static final String AGEING_BUCKET = "coalesce(width_bucket(deadline, cast(:starts as timestamptz[])), :without_deadline)";

    /** An invoice not collected yet (in full), in any currency. */
    static final String RECEIVABLE_ANY_CURRENCY = "area = 'ADMINISTRATION' and status <> 'CLOSED'";

    /** A receivable in the ageing table: an invoice not collected yet, in the company's currency. */
    static final String RECEIVABLE = RECEIVABLE_ANY_CURRENCY + " and currency = :currency";

    /** A receivable in another currency, counted beside the ageing table in its own currency. */
    static final String RECEIVABLE_OTHER_CURRENCY = RECEIVABLE_ANY_CURRENCY + " and currency <> :currency";

    /** An open invoice without an amount (and so without a currency): counted beside the ageing table on its own. */
    static final String RECEIVABLE_WITHOUT_AMOUNT = RECEIVABLE_ANY_CURRENCY + " and amount is null";

    /**
     * A Sales item worked as a prospect: not one the portfolio opened to serve a customer or to ask why they stopped
     * ordering (item.portfolio_purpose), whose "won back" is no new sale and whose contacts make no prospect.
     */
    static final String PROSPECT = "portfolio_purpose is null";

    static final String SOLD = "outcome = 'SOLD' and " + PROSPECT;

    /** In the open pipeline (AreaMeasures.StageMoney): an open item with an amount, grouped by stage and currency. */
    static final String PIPELINE = "status = 'OPEN' and amount is not null";

    /** Won (AreaMeasures.WonMoney): sold, with an amount, grouped by currency; closed in the range is added. */
    static final String WON = SOLD + " and amount is not null";

    /** One group of a money figure: its currency in {@code :money_currency}. */
    static final String IN_MONEY_CURRENCY = "currency = :money_currency";

    /** One stage of the pipeline, {@code :stage} ("" for none). */
    static final String IN_STAGE = "coalesce(stage, '') = :stage";
    static final String LOST = "outcome = 'ELIMINATED' and " + PROSPECT;
    static final String DELIVERED = "outcome = 'DELIVERED'";
    static final String DELIVERED_LATE = "outcome = 'DELIVERED' and not delivered_on_time";
    /** A delivery recorded as not complete: counted on its own, whatever its day. */
    static final String DELIVERED_INCOMPLETE = "outcome = 'DELIVERED' and not delivered_complete";
    static final String COLLECTED = "outcome = 'COLLECTED'";

    /** A collection in part in the range, read from the history {@code %1$s} (item_change) between %2$s and %3$s. */
    static final String COLLECTED_IN_PART_IN = "%1$s.kind = 'COLLECTED_IN_PART' and %1$s.changed_at >= %2$s and %1$s.changed_at < %3$s";

    /** The amount and the currency of a collection in part, as its history {@code %1$s} (item_change) records them. */
    static final String COLLECTED_IN_PART_AMOUNT = "cast(%1$s.details[1] as numeric)";
    static final String COLLECTED_IN_PART_CURRENCY = "%1$s.details[2]";

    /**
     * The Sales funnel's items: those the first active Sales rule with stages started in [:start, :end), each with the
     * place of its stage ({@code cohort}); {@code stage} holds the rule's stages and their places. The cohort holds
     * the items' {@code columns} ({@code i.*} for its rows, only what {@link #REACHED} reads for its counts: a month
     * of whole rows held in memory was a third of the funnel's statement at ten times, docs/benchmarks.md).
     */
    static String funnelCohort(String columns) {
        return """
                with rule as (select id, stages from follow_up_rule
                              where area = 'SALES' and status = 'ACTIVE' and stages <> '' order by id limit 1),
                stage as (select s.name, s.place from rule, unnest(string_to_array(rule.stages, E'\\n'))
                          with ordinality as s(name, place)),
                cohort as (select <columns>, st.place from item i join rule on i.rule_id = rule.id
                           left join stage st on st.name = i.stage
                           where i.started_at >= :start and i.started_at < :end
                             and (cast(:person as bigint) is null or i.owner_id = :person))
                """.replace("<columns>", columns);
    }

    /** The funnel's last step, sold, after every stage. */
    static final String SOLD_PLACE = "1000000";

    /** An item of the cohort reached the stage at place {@code %1$s}: it got there, or further, or was sold. */
    static final String REACHED = "(outcome = 'SOLD' or place >= %1$s)";

    /** A follow-up that fell due in the range (by its due moment), as follow_up_day counts it per day. */
    static final String FOLLOW_UP_FELL_DUE_IN = "due_at >= %1$s and due_at < %2$s";

    /** A follow-up done in the range: a contact. */
    static final String FOLLOW_UP_DONE_IN = "done_at >= %1$s and done_at < %2$s";

    /** The items a figure of the list counts, for the range between {@code start} and {@code end} (SQL expressions). */
    static String item(CountedItems counted, String start, String end) {
        String closed = CLOSED_IN.formatted(start, end);
        return switch (counted) {
            case SOLD -> closed + " and " + SOLD;
            case LOST -> closed + " and " + LOST;
            case DELIVERED -> closed + " and " + DELIVERED;
            case DELIVERED_LATE -> closed + " and " + DELIVERED_LATE;
            case DELIVERED_INCOMPLETE -> closed + " and " + DELIVERED_INCOMPLETE;
            case COLLECTED -> "((" + closed + " and " + COLLECTED + ") or exists (select 1 from item_change c where c.item_id = item.id and "
                    + COLLECTED_IN_PART_IN.formatted("c", start, end) + "))";
            case OPEN -> "status = 'OPEN'";
            case OVERDUE_NOW -> OVERDUE_NOW;
            case PAST_DEADLINE -> PAST_DEADLINE;
            case PAST_PROMISED_DATE -> NOT_CLOSED + " and " + PAST_PROMISED_DATE;
            case ADVANCES_PENDING -> NOT_CLOSED + " and " + ADVANCE_PENDING;
            case PAST_DUE -> NOT_CLOSED + " and " + PAST_DUE;
            case AGED -> RECEIVABLE + " and " + AGEING_BUCKET + " = :bucket";
            case OTHER_CURRENCY -> RECEIVABLE_OTHER_CURRENCY;
            case PIPELINE -> PIPELINE + " and " + IN_STAGE + " and " + IN_MONEY_CURRENCY;
            case WON -> closed + " and " + WON + " and " + IN_MONEY_CURRENCY;
            case NO_AMOUNT -> RECEIVABLE_WITHOUT_AMOUNT;
            case REACHED_STAGE, DROPPED_BEFORE_STAGE -> "true";
        };
    }

    /** The follow-ups a figure counts; overdue ones are items ({@link #STILL_OVERDUE_IN}), not follow-ups. */
    static String followUp(CountedFollowUps counted, String start, String end) {
        String due = FOLLOW_UP_FELL_DUE_IN.formatted(start, end);
        String done = FOLLOW_UP_DONE_IN.formatted(start, end);
        return switch (counted) {
            case FELL_DUE -> due;
            case ON_TIME -> due + " and on_time";
            case LATE -> due + " and not on_time";
            case OVERDUE -> "false";
            case DONE -> done;
            case FIRST_CONTACTS -> done + " and kind = 'FIRST_CONTACT'";
            case FOLLOW_UP_CONTACTS -> done + " and kind = 'FOLLOW_UP'";
            case MEETINGS -> done + " and channel = 'MEETING'";
            case CALLS -> done + " and channel = 'CALL'";
            case EMAILS -> done + " and channel = 'EMAIL'";
        };
    }
}
