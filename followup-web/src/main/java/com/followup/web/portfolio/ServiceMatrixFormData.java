package com.followup.web.portfolio;

import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceMatrix;

import java.util.EnumMap;
import java.util.Map;

/** The service matrix as the directors' form sends it: a channel and a rhythm in days per segment, as typed. */
public class ServiceMatrixFormData {

    private String aChannel;
    private String aEvery;
    private String bChannel;
    private String bEvery;
    private String cChannel;
    private String cEvery;
    private Long version;

    static ServiceMatrixFormData of(ServiceMatrix matrix) {
        ServiceMatrixFormData form = new ServiceMatrixFormData();
        form.aChannel = matrix.level(Segment.A).channel().name();
        form.aEvery = String.valueOf(matrix.level(Segment.A).everyDays());
        form.bChannel = matrix.level(Segment.B).channel().name();
        form.bEvery = String.valueOf(matrix.level(Segment.B).everyDays());
        form.cChannel = matrix.level(Segment.C).channel().name();
        form.cEvery = String.valueOf(matrix.level(Segment.C).everyDays());
        form.version = matrix.version();
        return form;
    }

    Map<Segment, ServiceMatrix.Draft> drafts() {
        Map<Segment, ServiceMatrix.Draft> drafts = new EnumMap<>(Segment.class);
        drafts.put(Segment.A, new ServiceMatrix.Draft(aChannel, aEvery));
        drafts.put(Segment.B, new ServiceMatrix.Draft(bChannel, bEvery));
        drafts.put(Segment.C, new ServiceMatrix.Draft(cChannel, cEvery));
        return drafts;
    }

    public String getaChannel() { return aChannel; }
    public void setaChannel(String aChannel) { this.aChannel = aChannel; }
    public String getaEvery() { return aEvery; }
    public void setaEvery(String aEvery) { this.aEvery = aEvery; }
    public String getbChannel() { return bChannel; }
    public void setbChannel(String bChannel) { this.bChannel = bChannel; }
    public String getbEvery() { return bEvery; }
    public void setbEvery(String bEvery) { this.bEvery = bEvery; }
    public String getcChannel() { return cChannel; }
    public void setcChannel(String cChannel) { this.cChannel = cChannel; }
    public String getcEvery() { return cEvery; }
    public void setcEvery(String cEvery) { this.cEvery = cEvery; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
