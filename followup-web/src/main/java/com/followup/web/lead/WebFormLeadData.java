package com.followup.web.lead;

/**
 * What a website's form posts: the person's details, and {@code website}, a field the page hides from people, so
 * that only a bot fills it in.
 */
public class WebFormLeadData extends LeadDetailsData {

    private String website;

    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }

    boolean caughtABot() {
        return website != null && !website.isEmpty();
    }
}
