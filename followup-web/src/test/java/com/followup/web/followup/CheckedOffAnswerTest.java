package com.followup.web.followup;

import com.followup.domain.followup.DueFollowUps.BucketCounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer to a check-off writes what people typed as text, never as markup, as th:text would. */
class CheckedOffAnswerTest {

    private static final String TITLE = "<b>\"Fleet\" & 'co'</b>";

    private static CheckedOffAnswer answer(String nextOn, BucketCounts counts) {
        return new CheckedOffAnswer(42, "/items/42", TITLE, nextOn, "Done", "Recorded: " + TITLE + ".", counts,
                counts.overdue() + " overdue", counts.today() + " due today");
    }

    @Test
    void a_title_with_markup_is_written_as_text() {
        String html = answer("next follow-up Tue 8 Dec, 09:00", new BucketCounts(3, 1, 0, 9)).html();
        Document answer = Jsoup.parseBodyFragment(html);

        assertThat(html).doesNotContain("<b>");
        assertThat(answer.select("#item-42 a").text()).isEqualTo(TITLE);
        assertThat(answer.select("#item-42 a").attr("href")).isEqualTo("/items/42");
        assertThat(answer.select("#mine-status").text()).isEqualTo("Recorded: " + TITLE + ".");
        assertThat(answer.select("#item-42 .text-body-secondary").text()).isEqualTo("next follow-up Tue 8 Dec, 09:00");
    }

    @Test
    void counts_take_the_colours_of_their_groups_and_none_when_nothing_is_in_them() {
        Document answer = Jsoup.parseBodyFragment(answer(null, new BucketCounts(0, 2, 5, 0)).html());

        assertThat(answer.select("#item-42 .text-body-secondary")).as("no next follow-up, no words for it").isEmpty();
        assertThat(answer.select("#nav-due-counts .badge-overdue")).isEmpty();
        assertThat(answer.select("#nav-due-counts .badge-due-today .visually-hidden").text()).isEqualTo("2 due today");
        assertThat(answer.select("#count-OVERDUE").attr("class")).isEqualTo("badge text-bg-light border");
        assertThat(answer.select("#count-TODAY").attr("class")).isEqualTo("badge badge-due-today");
        assertThat(answer.select("#count-THIS_WEEK").text()).isEqualTo("5");
        assertThat(answer.select("#count-LATER").text()).isEqualTo("0");
    }
}
