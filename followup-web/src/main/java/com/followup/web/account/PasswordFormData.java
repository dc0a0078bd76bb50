package com.followup.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form, as typed. */
public class PasswordFormData {

    @NotBlank
    private String currentPassword = "";

    @NotBlank
    @Size(min = 10, max = 128)
    private String newPassword = "";

    @NotBlank
    private String confirmation = "";

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
