package com.followup.domain.rule;

/** Where progress shows: free text, plus a link when it is a board of this app (a path such as /boards/sales). */
public record ReportedIn(String where, String boardLink) {
}
