package com.followup.domain.lead;

/**
 * The steps of the lead funnel, each reached by the ones after it: New, Connected (the person was reached), Meeting
 * booked, Qualified (it became a prospect) and Won (that prospect was sold). A person's step is the furthest any of
 * their leads got; a person is their email in lower case, else their phone, else the lead itself.
 */
public enum FunnelStep {
    NEW,
    CONNECTED,
    MEETING_BOOKED,
    QUALIFIED,
    WON;

    /** How far one lead got. A lead qualified without a meeting still passed the meeting step: it went further. */
    public static FunnelStep of(boolean connected, boolean meetingBooked, boolean qualified, boolean sold) {
        if (sold) {
            return WON;
        }
        if (qualified) {
            return QUALIFIED;
        }
        if (meetingBooked) {
            return MEETING_BOOKED;
        }
        return connected ? CONNECTED : NEW;
    }

    public boolean reached(FunnelStep step) {
        return compareTo(step) >= 0;
    }

    public FunnelStep next() {
        return this == WON ? null : values()[ordinal() + 1];
    }

    /**
     * Why a person went no further than their step: still being worked, qualified but not sold (yet), or the reason
     * sales disqualified them. A person who was won did not stop.
     */
    public enum Stop {
        STILL_OPEN,
        NOT_WON,
        WRONG_FIT,
        NO_BUDGET,
        DUPLICATE,
        UNREACHABLE,
        COMPETITOR,
        OTHER;

        public static Stop of(FunnelStep step, LeadStatus status, DisqualifyReason reason) {
            if (step == WON) {
                return null;
            }
            if (status == LeadStatus.DISQUALIFIED) {
                return valueOf(reason.name());
            }
            return step == QUALIFIED ? NOT_WON : STILL_OPEN;
        }
    }
}
