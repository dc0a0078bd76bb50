package com.followup.domain.lead;

import com.followup.domain.kpi.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeadKpisTest {

    @Test
    void the_lead_kpis_are_the_counts_the_shares_and_the_median_in_whole_minutes() {
        LeadFigures.KpiCounts counts = new LeadFigures.KpiCounts(8, 2, 3, 1, 2, 4, 3);
        ResponseTimes times = ResponseTimes.of(List.of(Duration.ofSeconds(30), Duration.ofMinutes(4).plusSeconds(1),
                Duration.ofHours(2)));

        Map<Metric, BigDecimal> metrics = new LeadKpis(counts, times).metrics();

        assertThat(metrics).containsEntry(Metric.LEAD_MEETINGS_BOOKED, BigDecimal.valueOf(4))
                .containsEntry(Metric.LEAD_MEETINGS_HELD, BigDecimal.valueOf(2))
                .containsEntry(Metric.LEADS_QUALIFIED, BigDecimal.valueOf(3))
                .containsEntry(Metric.LEADS_ANSWERED_IN_TIME, BigDecimal.valueOf(75))
                .containsEntry(Metric.LEADS_REJECTED_SHARE, BigDecimal.valueOf(25))
                .containsEntry(Metric.LEAD_MEDIAN_FIRST_RESPONSE, BigDecimal.valueOf(5));
    }

    @Test
    void with_no_lead_the_counts_are_zero_and_the_shares_and_the_median_have_no_data() {
        Map<Metric, BigDecimal> metrics = new LeadKpis(new LeadFigures.KpiCounts(0, 0, 0, 0, 0, 0, 0),
                ResponseTimes.of(List.of())).metrics();

        assertThat(metrics).containsEntry(Metric.LEAD_MEETINGS_BOOKED, BigDecimal.ZERO)
                .doesNotContainKeys(Metric.LEADS_ANSWERED_IN_TIME, Metric.LEADS_REJECTED_SHARE, Metric.LEAD_MEDIAN_FIRST_RESPONSE);
    }

    @Test
    void the_lead_metrics_are_sales_metrics_and_the_median_and_the_share_rejected_are_better_lower() {
        assertThat(Metric.of(com.followup.domain.area.Area.SALES)).filteredOn(Metric::ofLeads).hasSize(6);
        assertThat(Metric.LEAD_MEDIAN_FIRST_RESPONSE.higherIsBetter()).isFalse();
        assertThat(Metric.LEADS_REJECTED_SHARE.higherIsBetter()).isFalse();
        assertThat(Metric.FOLLOW_UP_MEETINGS.ofLeads()).isFalse();
    }
}
