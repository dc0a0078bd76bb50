package com.followup.domain.measure;

/** How far past its due date a receivable is. */
public enum AgeingBucket {
    CURRENT,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90;

    /** Not yet due or due today is current; a day late is 1-30. */
    public static AgeingBucket forDaysPastDue(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        } else if (daysPastDue <= 30) {
            return DAYS_1_30;
        } else if (daysPastDue <= 60) {
            return DAYS_31_60;
        } else if (daysPastDue <= 90) {
            return DAYS_61_90;
        }
        return OVER_90;
    }
}
