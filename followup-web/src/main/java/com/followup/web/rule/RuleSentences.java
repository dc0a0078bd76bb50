package com.followup.web.rule;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RulePurpose;
import com.followup.domain.rule.TimeAllowed;
import com.followup.web.format.ItemWords;
import com.followup.web.format.ItemWordsDialect;
import com.followup.web.account.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads rules out as sentences, e.g. "Close the sale within 2 months, followed up weekly by the seller,
 * reported in the CRM, moves New sales". People and KPIs are looked up once per list, not once per card.
 */
@Component
class RuleSentences {

    private final MessageSource messages;
    private final UserAccounts accounts;
    private final Kpis kpis;
    private final ItemWordsDialect itemWords;

    RuleSentences(MessageSource messages, UserAccounts accounts, Kpis kpis, ItemWordsDialect itemWords) {
        this.messages = messages;
        this.itemWords = itemWords;
        this.accounts = accounts;
        this.kpis = kpis;
    }

    List<RuleCard> cards(List<FollowUpRule> rules, SignedInUser reader, Locale locale) {
        Names names = names();
        return rules.stream().map(rule -> card(rule, reader, locale, names)).toList();
    }

    RuleCard card(FollowUpRule rule, SignedInUser reader, Locale locale) {
        return card(rule, reader, locale, names());
    }

    /** Sentences for a rule's parts as they were at several points, for the history and conflict views. */
    List<String> sentences(List<RuleDraft> versions, RulePurpose purpose, Locale locale) {
        Names names = names();
        return versions.stream().map(parts -> sentence(parts, purpose, locale, names)).toList();
    }

    private Names names() {
        return new Names(
                accounts.findAllOrderedByName().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName)),
                kpis.findAll().stream().collect(Collectors.toMap(Kpi::id, Kpi::name)));
    }

    private RuleCard card(FollowUpRule rule, SignedInUser reader, Locale locale, Names names) {
        ItemWords words = itemWords.in(locale);
        String title = msg("area." + rule.area(), locale) + " · " + words.topic(rule);
        String sentence = sentence(rule.parts(), rule.purpose(), locale, names);
        List<String> outcomes = rule.outcomes().stream().map(o -> words.ruleOutcome(o, rule.purpose())).toList();
        return new RuleCard(rule.id(), rule.version(), rule.area(), title, sentence, ReportedIn.isPathInsideApp(rule.reportedIn().boardLink()) ? rule.reportedIn().boardLink() : null,
                rule.stages().stream().map(stage -> words.ruleStage(stage, rule.purpose())).toList(), outcomes, escalation(rule.escalateAfter(), locale), rule.isArchived(),
                followedUpBy(rule, reader));
    }

    private String sentence(RuleDraft parts, RulePurpose purpose, Locale locale, Names names) {
        return msg("rule.sentence", locale, itemWords.in(locale).objective(parts.objective(), purpose), within(parts.timeAllowed(), locale),
                frequency(parts.frequency(), locale), owner(parts.owner(), names.people()::get, locale),
                inSentence(parts.reportedIn().where(), locale), inSentence(nameOr(names.kpis().get(parts.kpiId()), locale), locale));
    }

    /** Staff follow up the rules owned by them by name, or by a role in an area they work in. */
    private static boolean followedUpBy(FollowUpRule rule, SignedInUser reader) {
        if (reader == null) {
            return false;
        }
        if (rule.owner() instanceof RuleOwner.NamedPerson person) {
            return person.userId() == reader.id();
        }
        return reader.role() == Role.STAFF && reader.areas().contains(rule.area());
    }

    private String within(TimeAllowed timeAllowed, Locale locale) {
        TimeAllowed.Parts parts = timeAllowed.parts();
        return switch (parts.kind()) {
            case FIXED -> msg("rule.within.fixed", locale, msg("rule.period." + parts.unit(), locale, parts.amount()));
            case FROM_ITEM -> msg("rule.within.item." + parts.term(), locale);
        };
    }

    private String frequency(Frequency frequency, Locale locale) {
        Frequency.Parts parts = frequency.parts();
        String rhythm = switch (parts.kind()) {
            case EVERY_N_DAYS -> msg("rule.every.days", locale, parts.every());
            case EVERY_N_WEEKS -> msg("rule.every.weeks", locale, parts.every());
            case EVERY_N_HOURS -> msg("rule.every.hours", locale, parts.every());
            case MONTHLY_ON_DAY -> msg("rule.every.monthDay", locale, parts.dayOfMonth());
            case ON_WEEKDAYS -> msg("rule.every.weekdays", locale, parts.weekdaysInOrder().stream()
                    .map(day -> day.getDisplayName(TextStyle.FULL, locale)).collect(Collectors.joining(", ")));
        };
        return frequency.workingDaysOnly() ? rhythm + msg("rule.workingDaysOnly", locale) : rhythm;
    }

    private String owner(RuleOwner owner, Function<Long, String> personName, Locale locale) {
        RuleOwner.Parts parts = owner.parts();
        return switch (parts.kind()) {
            case PERSON -> nameOr(personName.apply(parts.userId()), locale);
            case ROLE -> ownerRole(inSentence(parts.roleName(), locale), locale);
        };
    }

    /**
     * A role that names a team ("purchasing", "collections") reads without an article, one that names a person
     * ("seller") with one: "by purchasing", "by the seller".
     */
    private String ownerRole(String role, Locale locale) {
        String last = role.strip().toLowerCase(locale);
        boolean team = last.endsWith("ing") || last.endsWith("s");
        return msg(team ? "rule.owner.team" : "rule.owner.role", locale, role);
    }

    /**
     * A name typed with a capital ("Receivables board", "New sales") starts lower-case inside a sentence;
     * an acronym ("CRM", "KPI") keeps its capitals.
     */
    static String inSentence(String name, Locale locale) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        int next = name.offsetByCodePoints(0, 1);
        boolean acronym = next < name.length() && Character.isUpperCase(name.codePointAt(next));
        if (!Character.isUpperCase(first) || acronym) {
            return name;
        }
        return name.substring(0, next).toLowerCase(locale) + name.substring(next);
    }

    private String escalation(Duration after, Locale locale) {
        return after.toHours() % 24 == 0
                ? msg("rule.escalation", locale, msg("rule.period.DAYS", locale, after.toDays()))
                : msg("rule.escalation", locale, msg("rule.period.HOURS", locale, after.toHours()));
    }

    private String nameOr(String name, Locale locale) {
        return name == null ? msg("rule.unknown", locale) : name;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private record Names(Map<Long, String> people, Map<Long, String> kpis) {
    }
}
