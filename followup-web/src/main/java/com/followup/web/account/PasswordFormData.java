package com.followup.web.account;

/** The change-password form, as typed; the domain's {@code UserAccount.checkPassword} says what a password must be. */
public class PasswordFormData {

    private String currentPassword = "";

    private String newPassword = "";

    private String confirmation = "";

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
