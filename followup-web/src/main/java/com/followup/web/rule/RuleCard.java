package com.followup.web.rule;

import com.followup.domain.area.Area;

import java.util.List;

/** A rule as its card shows it: a sentence in the reader's language and what a person needs beside it. */
public record RuleCard(long id, long version, Area area, String title, String sentence, String boardLink,
                       List<String> stages, List<String> outcomes, String escalation, boolean archived,
                       boolean followedUpByMe) {
}
