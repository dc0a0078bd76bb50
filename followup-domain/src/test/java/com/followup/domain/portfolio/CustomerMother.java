package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Figures of one customer for a test: an industrial customer of the north, served by call, with nothing yet. */
final class CustomerMother {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final long id;
    private String type = "Industry";
    private String region = "North";
    private ServiceChannel channel = ServiceChannel.CALL;
    private BigDecimal potential;
    private List<LocalDate> orderDays = new ArrayList<>();
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal margin;
    private Integer orders;
    private BigDecimal quarter = BigDecimal.ZERO;
    private BigDecimal quarterYearBefore = BigDecimal.ZERO;
    private Set<String> families = Set.of();
    private int overdue;
    private int followUpsDue;
    private int followUpsOnTime;

    private CustomerMother(long id) {
        this.id = id;
    }

    static CustomerMother customer(long id) {
        return new CustomerMother(id);
    }

    CustomerMother revenue(String amount) { revenue = new BigDecimal(amount); return this; }
    CustomerMother margin(String amount) { margin = new BigDecimal(amount); return this; }
    CustomerMother orders(int count) { orders = count; return this; }
    CustomerMother channel(ServiceChannel served) { channel = served; return this; }
    CustomerMother type(String kind) { type = kind; return this; }
    CustomerMother region(String where) { region = where; return this; }
    CustomerMother potential(String amount) { potential = new BigDecimal(amount); return this; }
    CustomerMother families(String... bought) { families = Set.of(bought); return this; }
    CustomerMother overdue(int receivables) { overdue = receivables; return this; }
    CustomerMother followUps(int onTime, int due) { followUpsOnTime = onTime; followUpsDue = due; return this; }

    CustomerMother quarters(String lastThreeMonths, String sameMonthsYearBefore) {
        quarter = new BigDecimal(lastThreeMonths);
        quarterYearBefore = new BigDecimal(sameMonthsYearBefore);
        return this;
    }

    /** Ordered on these days before {@link #TODAY}, oldest first. */
    CustomerMother orderedDaysAgo(int... daysAgo) {
        orderDays = new ArrayList<>();
        for (int ago : daysAgo) {
            orderDays.add(TODAY.minusDays(ago));
        }
        return this;
    }

    CustomerMother orderedOn(LocalDate... days) {
        orderDays = List.of(days);
        return this;
    }

    CustomerFigures figures() {
        int inYear = orders != null ? orders
                : (int) orderDays.stream().filter(d -> !d.isBefore(new ScoringPeriod(TODAY).yearStart())).count();
        return new CustomerFigures(id, type, region, channel, potential, orderDays, revenue, margin, inYear, quarter,
                quarterYearBefore, families, overdue, followUpsDue, followUpsOnTime);
    }
}
