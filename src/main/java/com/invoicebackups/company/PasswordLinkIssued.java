package com.invoicebackups.company;

/** A one-time set-password link was made for a user; "path" is the product page that takes it. */
public record PasswordLinkIssued(long userId, String path, boolean firstPassword) {
}
