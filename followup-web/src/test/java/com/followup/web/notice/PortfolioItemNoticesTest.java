package com.followup.web.notice;

import com.followup.domain.area.Area;
import com.followup.domain.followup.DueFollowUps.DueRow;
import com.followup.domain.rule.ItemPurpose;
import com.followup.web.support.FollowupWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest and the other messages name a portfolio item by its purpose in the recipient's language. */
@FollowupWebTest
class PortfolioItemNoticesTest {

    @Autowired NoticeWriter writer;

    @Test
    void the_digest_names_a_service_contact_in_the_recipients_language_and_a_persons_item_by_its_title() {
        Instant due = Instant.parse("2026-03-02T15:00:00Z");
        List<DueRow> rows = List.of(row(1, "Service contact", "Grupo Alameda", ItemPurpose.SERVICE, due),
                row(2, "Fleet renewal", "Transportes Ruiz", null, due));

        String es = writer.digestBody(rows, 0, "es");
        String en = writer.digestBody(rows, 0, "en");

        assertThat(es).contains("- Contacto de servicio (Grupo Alameda)").contains("- Fleet renewal (Transportes Ruiz)")
                .doesNotContain("Service contact");
        assertThat(en).contains("- Service contact (Grupo Alameda)");
        assertThat(writer.title("Why no order?", ItemPurpose.LAPSE, "es")).isEqualTo("¿Por qué no hay pedido?");
    }

    private static DueRow row(long id, String title, String customer, ItemPurpose purpose, Instant due) {
        return new DueRow(id, title, customer, "Service, segment A", Area.SALES, due, null, 1, 0, null, null, null, null,
                null, null, purpose, purpose == null ? null : com.followup.domain.rule.RulePurpose.SEGMENT_A);
    }
}
