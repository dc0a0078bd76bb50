package com.followup.domain.lead;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where leads, their history, touches and meetings, their sources and the business hours are kept. */
public interface Leads {

    /**
     * Stores a new lead once per request id: a second call with the same id, even at the same moment, waits for the
     * first and returns the lead it stored instead.
     */
    Lead arrive(Lead lead, UUID requestId);

    /** The lead stored for a request id, if that request came before. */
    Optional<Lead> arrivedBy(UUID requestId);

    /** Saves the lead and its new history; throws ConcurrentChangeException when its version is stale. */
    Lead save(Lead lead);

    Optional<Lead> findById(long id);

    /** Everything that happened to the lead, oldest first. */
    List<LeadEvent> history(long leadId);

    /** Keeps a touch once per request id; false when that request was kept before. */
    boolean recordTouch(long leadId, Touch touch, UUID requestId);

    List<Touch> touches(long leadId);

    /** Keeps a booked meeting once per request id: the meeting stored, or empty when that request had booked it. */
    Optional<Meeting> bookMeeting(Meeting meeting, UUID requestId);

    /** Held or cancelled; false when the meeting was no longer booked. */
    boolean settleMeeting(Meeting meeting);

    List<Meeting> meetings(long leadId);

    /** The open Sales prospect, else the newest lead, with the same email or phone. */
    Optional<LeadMatch> findMatch(ContactKeys keys);

    List<LeadSource> sources();

    /** A new source: its leads go to the seller, else to the team by turns, else to the area's manager. */
    LeadSource addSource(String name, ResponseTier tier, Long sellerId, List<Long> team);

    /** The active source, read without holding it. */
    Optional<LeadSource> source(long id);

    /**
     * What a lead's intake reads first, together: the active source named (empty when none is, or none is named) and
     * the company's working hours, whose zone is {@code zone} until a director sets one.
     */
    IntakeSetting intakeSetting(Long sourceId, ZoneId zone);

    /**
     * Holds the person (their email and their phone, each on its own) until the transaction ends, so that two leads of
     * one person arriving at once are matched one after the other and end with one owner; other people do not wait.
     * It first waits for a transaction that takes many leads at once ({@link #holdAllIntake}).
     */
    void holdPerson(ContactKeys keys);

    /**
     * For a transaction that takes many leads in (a file): holds all intake until it ends, so that the locks its leads
     * take one after another, in no fixed order, never wait in a circle with a single lead's.
     */
    void holdAllIntake();

    /**
     * The source, held until the transaction ends so that two leads at once take turns one after the other; only
     * round robin needs it (whose turn it is), and it is taken after the person.
     */
    Optional<LeadSource> lockSource(long id);

    /**
     * Holds those of these people who have a daily cap until the transaction ends (after the person and the source),
     * so that their leads today are counted one lead after another: a cap is never passed, whichever sources the
     * leads come from. Read {@link #sellers} again after it.
     */
    void holdCappedSellers(Collection<Long> ids);

    /** Remembers who got the source's last lead, for the next turn. */
    void rememberTurn(long sourceId, long sellerId);

    /**
     * Each of these people as assignment sees them, counting the leads they got since {@code startOfDay} up to their
     * daily cap (no more is needed to know they are full; without a cap, none are counted: 0).
     */
    Map<Long, Assignment.Seller> sellers(Collection<Long> ids, Instant startOfDay);

    /** The Sales manager who gets what no rule gives to anyone: the first active one, else a director. */
    Optional<Long> areaManager();

    /** The company's working hours; the zone is {@code zone} until a director sets one. */
    BusinessHours businessHours(ZoneId zone);

    /** Open leads, the soonest due first; one person's ({@code ownerId}) or everyone's (null). */
    List<InboxRow> inbox(Long ownerId, int limit);

    /** Leads nobody has touched yet; one person's or everyone's. */
    int countNew(Long ownerId);

    /** The source a lead names, if active, and the hours its deadline counts. */
    record IntakeSetting(Optional<LeadSource> source, BusinessHours hours) {
    }

    /** A line of the inbox: the lead with the names a reader needs. */
    record InboxRow(Lead lead, String sourceName, String ownerName) {
    }
}
