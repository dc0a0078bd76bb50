package com.followup.web.followup;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.followup.Channel;
import com.followup.domain.followup.DueFollowUps.BucketCounts;
import com.followup.domain.followup.DueFollowUps.DueRow;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;
import com.followup.web.account.SignedInUser;
import com.followup.web.support.FollowupWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept row is the row the page would draw: the list drawn with every row from {@link DrawnRows} is byte for byte
 * the list drawn with every row by the page itself, and each thing the row's fragment reads is part of the key
 * (two views that differ in it alone draw different HTML), so that no kept HTML can answer for another value.
 */
@FollowupWebTest
class DrawnRowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
    private static final SignedInUser ME = new SignedInUser(7, "ana", "Ana", Role.STAFF, Set.of(Area.SALES), "", true);

    @Autowired DrawnRows drawnRows;
    @Autowired ITemplateEngine templates;
    @Autowired WebApplicationContext context;

    private MockHttpServletRequest request;
    private MockHttpServletResponse response;

    @BeforeEach
    void inARequest() {
        request = new MockHttpServletRequest(context.getServletContext(), "GET", "/my-follow-ups");
        response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
    }

    @AfterEach
    void outOfTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static DueRow row(long id) {
        return new DueRow(id, "Fleet renewal " + id, "Transportes del Norte", "New prospects", Area.SALES,
                NOW.plusSeconds(3_600 * id), null, 7, 3, null, "Lucía Hernández", "+52 55 1234 5610",
                "compras@transnorte.test", null, null, null, null);
    }

    private static DueRow with(DueRow r, UnaryOperator<Object[]> change) {
        Object[] f = {r.itemId(), r.title(), r.counterpartName(), r.ruleTopic(), r.area(), r.dueAt(),
                r.lastInteractionAt(), r.ownerId(), r.version(), r.deadline(), r.contactName(), r.contactPhone(),
                r.contactEmail(), r.lastChannel(), r.lastResult(), r.purpose(), r.rulePurpose()};
        f = change.apply(f);
        return new DueRow((long) f[0], (String) f[1], (String) f[2], (String) f[3], (Area) f[4], (Instant) f[5],
                (Instant) f[6], (long) f[7], (long) f[8], (Instant) f[9], (String) f[10], (String) f[11],
                (String) f[12], (Channel) f[13], (String) f[14], (ItemPurpose) f[15], (RulePurpose) f[16]);
    }

    private static UnaryOperator<Object[]> set(int field, Object value) {
        return f -> {
            f[field] = value;
            return f;
        };
    }

    @Test
    void the_list_drawn_from_kept_rows_is_byte_for_byte_the_list_the_page_draws_in_either_language() {
        List<MyFollowUpRow> views = List.of(
                new MyFollowUpRow(row(1), true, 3, true),
                new MyFollowUpRow(with(row(2), set(6, NOW.minusSeconds(86_400))), true, 1, false),
                new MyFollowUpRow(with(row(3), f -> {
                    f[6] = NOW.minusSeconds(7 * 86_400);
                    f[13] = Channel.EMAIL;
                    f[14] = "Interested, wants the second quote by Friday";
                    f[11] = null;
                    return f;
                }), false, 0, false),
                new MyFollowUpRow(with(row(4), f -> {
                    f[15] = ItemPurpose.SERVICE;
                    f[16] = RulePurpose.SEGMENT_A;
                    f[10] = null;
                    f[12] = null;
                    f[9] = NOW.minusSeconds(60);
                    return f;
                }), false, 0, true));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            String drawnByThePage = list(views, locale, view -> true);
            String kept = list(views, locale, view -> false);

            assertThat(kept).isEqualTo(drawnByThePage);
            assertThat(kept).as("the groups drawn by DrawnRows").contains("<h2 id=\"group-OVERDUE\">",
                    "/items?owner=7&amp;sort=NEXT_DUE").doesNotContain("group-TODAY");
            assertThat(list(views, locale, view -> false, false)).as("the groups drawn by the page")
                    .isEqualTo(drawnByThePage);
            // a row whose form failed, drawn by the page between kept ones, splits its group's joined rows in two
            assertThat(list(views, locale, view -> view.row().itemId() == 1)).isEqualTo(drawnByThePage);
            assertThat(list(views, locale, view -> view.row().itemId() == 2)).isEqualTo(drawnByThePage);
            assertThat(kept).contains("id=\"item-1\"", "id=\"item-4\"", "/items/3", "mailto:compras@transnorte.test",
                    "tel:+525512345610");
            // asked again, the rows come from what was kept, and are the same
            assertThat(list(views, locale, view -> false)).isEqualTo(drawnByThePage);
        }
    }

    /** The list fragment as the controller's model gives it: each group's rows joined from what was kept, or all drawn by the page. */
    private String list(List<MyFollowUpRow> views, Locale locale, Predicate<MyFollowUpRow> drawnByThePage) {
        return list(views, locale, drawnByThePage, true);
    }

    /**
     * {@code keptGroups}: the groups drawn by {@link DrawnRows} as the controller asks for them (it draws none when a
     * row is drawn by the page), or by the page.
     */
    private String list(List<MyFollowUpRow> views, Locale locale, Predicate<MyFollowUpRow> drawnByThePage,
                        boolean keptGroups) {
        Map<DueBuckets.Bucket, MyFollowUpRow.Grouping> grouping = new EnumMap<>(DueBuckets.Bucket.class);
        for (DueBuckets.Bucket bucket : DueBuckets.Bucket.values()) {
            grouping.put(bucket, new MyFollowUpRow.Grouping());
        }
        for (MyFollowUpRow view : views) {
            var group = grouping.get(view.late() ? DueBuckets.Bucket.OVERDUE : DueBuckets.Bucket.LATER);
            if (drawnByThePage.test(view)) {
                group.drawnHere(view);
            } else {
                group.kept(drawnRows.html(view, locale));
            }
        }
        Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups = new EnumMap<>(DueBuckets.Bucket.class);
        grouping.forEach((bucket, rows) -> groups.put(bucket, rows.group()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groups", groups);
        BucketCounts counts = new BucketCounts(5, 0, 0, 2);
        model.put("dueCounts", counts);
        model.put("nothingDue", false);
        model.put("me", ME);
        if (keptGroups) {
            String drawnGroups = drawnRows.groups(groups, counts, ME, locale);
            assertThat(drawnGroups == null).as("drawn by the page")
                    .isEqualTo(views.stream().anyMatch(drawnByThePage));
            model.put("drawnGroups", drawnGroups);
        }
        var exchange = JakartaServletWebApplication.buildApplication(context.getServletContext())
                .buildExchange(request, response);
        return templates.process("followup/mine", Set.of("list"), new WebContext(exchange, locale, model));
    }

    @Test
    void the_groups_are_kept_by_their_kept_rows_and_drawn_again_when_one_of_them_changes() {
        List<MyFollowUpRow> views = List.of(view(row(31)), view(row(32)));
        BucketCounts counts = new BucketCounts(0, 0, 0, 2);

        String first = drawnRows.groups(groups(views), counts, ME, Locale.ENGLISH);
        assertThat(drawnRows.groups(groups(views), counts, ME, Locale.ENGLISH)).as("the same rows: kept")
                .isSameAs(first);
        List<MyFollowUpRow> changed = List.of(view(row(31)), view(with(row(32), set(1, "Second depot"))));
        assertThat(drawnRows.groups(groups(changed), counts, ME, Locale.ENGLISH)).as("a row changed")
                .contains("Second depot").doesNotContain("Fleet renewal 32");
        assertThat(drawnRows.groups(groups(views), new BucketCounts(0, 0, 0, 12), ME, Locale.ENGLISH))
                .as("the counts changed: another \"more\" link").isNotSameAs(first).contains("10 more");
    }

    /** Each view's row as the controller asks for it (kept), put in the later group. */
    private Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups(List<MyFollowUpRow> views) {
        MyFollowUpRow.Grouping later = new MyFollowUpRow.Grouping();
        views.forEach(view -> later.kept(drawnRows.html(view, Locale.ENGLISH)));
        Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups = new EnumMap<>(DueBuckets.Bucket.class);
        for (DueBuckets.Bucket bucket : DueBuckets.Bucket.values()) {
            groups.put(bucket, bucket == DueBuckets.Bucket.LATER ? later.group() : new MyFollowUpRow.Grouping().group());
        }
        return groups;
    }

    @Test
    void every_value_the_row_reads_is_part_of_what_its_html_is_kept_by() {
        DueRow base = row(11);
        var variations = new LinkedHashMap<String, MyFollowUpRow>();
        variations.put("item id", view(with(base, set(0, 12L))));
        variations.put("title", view(with(base, set(1, "Fleet renewal, second depot"))));
        variations.put("counterpart", view(with(base, set(2, "Transportes del Sur"))));
        variations.put("rule topic", view(with(base, set(3, "Old customers"))));
        variations.put("due moment", view(with(base, set(5, NOW.plusSeconds(86_400 * 3)))));
        variations.put("last contact", view(with(base, set(6, NOW.minusSeconds(86_400 * 40)))));
        variations.put("version", view(with(base, set(8, 4L))));
        variations.put("contact name", view(with(base, set(10, "Ana"))));
        variations.put("contact phone", view(with(base, set(11, "+52 55 1234 5611"))));
        variations.put("contact email", view(with(base, set(12, "ana@transnorte.test"))));
        variations.put("last channel", view(with(base, set(13, Channel.VISIT))));
        variations.put("last result", view(with(base, set(14, "Wants a visit"))));
        variations.put("item purpose", view(with(base, set(15, ItemPurpose.LAPSE))));
        variations.put("rule purpose", view(with(base, set(16, RulePurpose.SEGMENT_B))));
        variations.put("overdue", new MyFollowUpRow(base, true, 0, false));
        variations.put("past deadline", new MyFollowUpRow(base, false, 0, true));
        String html = drawnRows.html(view(base), Locale.ENGLISH);

        variations.forEach((what, view) -> assertThat(drawnRows.html(view, Locale.ENGLISH)).as(what).isNotEqualTo(html));
        assertThat(drawnRows.html(view(base), Locale.forLanguageTag("es"))).as("language").isNotEqualTo(html);
        MyFollowUpRow late = new MyFollowUpRow(base, true, 2, false);
        assertThat(drawnRows.html(new MyFollowUpRow(base, true, 3, false), Locale.ENGLISH)).as("days late")
                .isNotEqualTo(drawnRows.html(late, Locale.ENGLISH));
        // what the fragment does not read draws the same row: the area, the owner, the deadline but through "past"
        assertThat(drawnRows.html(view(with(base, f -> {
            f[4] = Area.OPERATIONS;
            f[7] = 8L;
            f[9] = NOW.plusSeconds(60);
            return f;
        })), Locale.ENGLISH)).isEqualTo(html);
    }

    @Test
    void a_row_reads_the_moment_of_the_page_only_through_its_view() {
        DueRow overdue = with(row(21), set(9, NOW.minusSeconds(1)));
        MyFollowUpRow view = MyFollowUpRow.of(overdue, true, overdue.dueAt().plusSeconds(86_400 * 2 + 5));

        assertThat(view.daysLate()).isEqualTo(2);
        assertThat(view.pastDeadline()).isTrue();
        assertThat(MyFollowUpRow.of(overdue, false, NOW).daysLate()).as("not late: no days late to key by").isZero();
        assertThat(drawnRows.html(view, Locale.ENGLISH)).contains("2 days late");
    }

    private static MyFollowUpRow view(DueRow row) {
        return new MyFollowUpRow(row, false, 0, false);
    }
}
