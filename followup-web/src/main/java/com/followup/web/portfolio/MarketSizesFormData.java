package com.followup.web.portfolio;

import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.Segment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The yearly market size of each segment as the directors' form sends it, as typed; empty means not entered. */
public class MarketSizesFormData {

    private String aSize;
    private String bSize;
    private String cSize;
    private Long version;

    static MarketSizesFormData of(MarketSizes sizes) {
        MarketSizesFormData form = new MarketSizesFormData();
        form.aSize = text(sizes.of(Segment.A));
        form.bSize = text(sizes.of(Segment.B));
        form.cSize = text(sizes.of(Segment.C));
        form.version = sizes.version();
        return form;
    }

    private static String text(BigDecimal size) {
        return size == null ? "" : size.stripTrailingZeros().toPlainString();
    }

    Map<Segment, String> typed() {
        Map<Segment, String> typed = new EnumMap<>(Segment.class);
        typed.put(Segment.A, aSize);
        typed.put(Segment.B, bSize);
        typed.put(Segment.C, cSize);
        return typed;
    }

    public String getaSize() { return aSize; }
    public void setaSize(String aSize) { this.aSize = aSize; }
    public String getbSize() { return bSize; }
    public void setbSize(String bSize) { this.bSize = bSize; }
    public String getcSize() { return cSize; }
    public void setcSize(String cSize) { this.cSize = cSize; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
