package com.invoicebackups.company;

/** A user to create; without an initial password they get a one-time set-password link by email. */
public record NewUser(String username, String displayName, String email, long companyId, String initialPassword,
                      boolean companyAdmin) {
}
