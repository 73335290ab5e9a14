package com.invoicebackups.company;

/** What an administrator may change of a user: name, e-mail, company and dictionary. */
public record UserEdit(String displayName, String email, long companyId, String dictionary) {
}
