package com.followup.web.lead;

/**
 * What a website's form posts: the person's details, and {@code website}, a field the page hides from people, so
 * that only a bot fills it in.
 */
public class WebFormLeadData {

    private String name;
    private String email;
    private String phone;
    private String jobTitle;
    private String company;
    private String message;
    private boolean consent;
    private String website;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }

    boolean caughtABot() {
        return website != null && !website.isEmpty();
    }
}
