package com.followup.web.html;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Valid HTML on the pages people work in most: every id once per page, every {@code <time datetime>} a valid date or instant. */
@FollowupWebTest
class UniqueIdsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Test
    void every_id_appears_once_and_every_time_is_valid_on_rule_item_and_my_follow_ups_pages() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount director = people.director();
        Item prospect = mother.prospect(seller.id(), Duration.ofDays(3));
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Ids"));

        Map<String, UserAccount> pages = new LinkedHashMap<>();
        pages.put("/rules?area=SALES", director);
        pages.put("/rules/new", director);
        pages.put("/rules/new?area=SALES", director);
        pages.put("/rules/" + rule.id() + "/edit", director);
        pages.put("/rules/" + rule.id() + "/history", director);
        pages.put("/items/" + prospect.id(), seller);
        pages.put("/my-follow-ups", seller);

        for (Map.Entry<String, UserAccount> page : pages.entrySet()) {
            String path = page.getKey();
            for (String language : List.of("en", "es")) {
                check(path, mvc.perform(get(path).with(as(page.getValue())).header("Accept-Language", language))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            }
        }
    }

    private static void check(String path, String html) {
        Document document = Jsoup.parse(html);
        Map<String, Long> ids = document.select("[id]").stream()
                .collect(Collectors.groupingBy(Element::id, Collectors.counting()));
        List<String> repeated = ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(repeated).as("ids repeated on " + path).isEmpty();
        for (Element time : document.select("time[datetime]")) {
            String value = time.attr("datetime");
            assertThat(value).as("datetime on " + path).doesNotContainPattern("\\.\\d{4,}");
            assertThatCode(() -> parseDateOrInstant(value)).as(value + " on " + path).doesNotThrowAnyException();
        }
    }

    private static void parseDateOrInstant(String value) {
        if (value.length() == 10) {
            LocalDate.parse(value);
        } else {
            OffsetDateTime.parse(value);
        }
    }
}
