package com.invoicebackups.company;

/**
 * A person who signs in, with the dictionary in effect for them (their own choice or their company's) and the
 * language tag of the number and date formats they chose (null: as their browser asks); a deactivated one may not.
 */
public record UserAccount(long id, String username, String displayName, String email, long companyId,
                          String dictionary, String formatLocale, boolean active) {
}
