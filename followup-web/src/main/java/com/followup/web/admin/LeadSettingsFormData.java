package com.followup.web.admin;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** The forms of the lead settings page, as typed: deadlines in minutes, working hours and days. */
public final class LeadSettingsFormData {

    private LeadSettingsFormData() {
    }

    /** How many minutes of business time each tier allows. */
    public static class Deadlines {
        private String hot;
        private String warm;
        private String cold;
        /** The minutes shown when the form was drawn, hot, warm and cold: saved only if they are still so. */
        private Integer shownHot;
        private Integer shownWarm;
        private Integer shownCold;

        public Integer getShownHot() { return shownHot; }
        public void setShownHot(Integer shownHot) { this.shownHot = shownHot; }
        public Integer getShownWarm() { return shownWarm; }
        public void setShownWarm(Integer shownWarm) { this.shownWarm = shownWarm; }
        public Integer getShownCold() { return shownCold; }
        public void setShownCold(Integer shownCold) { this.shownCold = shownCold; }
        public String getHot() { return hot; }
        public void setHot(String hot) { this.hot = hot; }
        public String getWarm() { return warm; }
        public void setWarm(String warm) { this.warm = warm; }
        public String getCold() { return cold; }
        public void setCold(String cold) { this.cold = cold; }
    }

    /** A source's own deadline in minutes; blank: its tier's. */
    public static class SourceDeadline {
        private String minutes;
        /** The source's own minutes shown when the form was drawn; empty: it had none. */
        private Integer shown;

        public Integer getShown() { return shown; }
        public void setShown(Integer shown) { this.shown = shown; }
        public String getMinutes() { return minutes; }
        public void setMinutes(String minutes) { this.minutes = minutes; }
    }

    /** The company's time zone, hours, days, and whether unanswered leads move on by themselves. */
    public static class Hours {
        private String zone;
        private String opens;
        private String closes;
        private List<DayOfWeek> days = new ArrayList<>();
        private boolean autoReassign;
        private long version;

        public String getZone() { return zone; }
        public void setZone(String zone) { this.zone = zone; }
        public String getOpens() { return opens; }
        public void setOpens(String opens) { this.opens = opens; }
        public String getCloses() { return closes; }
        public void setCloses(String closes) { this.closes = closes; }
        public List<DayOfWeek> getDays() { return days; }
        public void setDays(List<DayOfWeek> days) { this.days = days == null ? new ArrayList<>() : days; }
        public boolean isAutoReassign() { return autoReassign; }
        public void setAutoReassign(boolean autoReassign) { this.autoReassign = autoReassign; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
