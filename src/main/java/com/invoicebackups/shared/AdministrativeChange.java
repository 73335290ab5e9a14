package com.invoicebackups.shared;

/**
 * Someone changed the set-up: users, companies, projects, permissions, contracts, contacts or private lists.
 * Published inside the changing transaction, so the audit trail holds exactly the changes that were made.
 */
public record AdministrativeChange(long actorId, String action, String subject, String detail) {
}
