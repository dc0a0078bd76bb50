package com.followup.web.notice;

import com.followup.domain.notice.NoticeSettings;

import java.time.LocalTime;

/** A person's notice preferences as typed. */
public class NoticeSettingsFormData {

    private String email = "";
    private boolean digestEnabled;
    private LocalTime digestAt = LocalTime.of(8, 0);
    private String language = "en";
    private long version;

    static NoticeSettingsFormData of(NoticeSettings settings) {
        NoticeSettingsFormData form = new NoticeSettingsFormData();
        form.email = settings.email() == null ? "" : settings.email();
        form.digestEnabled = settings.digestEnabled();
        form.digestAt = settings.digestAt();
        form.language = settings.language();
        form.version = settings.version();
        return form;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isDigestEnabled() { return digestEnabled; }
    public void setDigestEnabled(boolean digestEnabled) { this.digestEnabled = digestEnabled; }
    public LocalTime getDigestAt() { return digestAt; }
    public void setDigestAt(LocalTime digestAt) { this.digestAt = digestAt; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
