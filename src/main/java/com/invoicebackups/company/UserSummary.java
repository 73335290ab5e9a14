package com.invoicebackups.company;

/** A user as the administration screens list them. */
public record UserSummary(long id, String username, String displayName, String email, long companyId,
                          String companyName, boolean active, boolean companyAdmin, long version) {
}
