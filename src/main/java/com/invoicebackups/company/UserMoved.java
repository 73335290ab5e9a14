package com.invoicebackups.company;

/** A user now belongs to another company; what tied them to the old one (invoice contacts) is let go. */
public record UserMoved(long actorId, long userId, long fromCompanyId, long toCompanyId) {
}
