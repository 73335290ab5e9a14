package com.invoicebackups.backup;

import java.time.Instant;
import java.util.List;

/**
 * A backup was sent by personal links. The links carry their tokens, which are stored nowhere else: the event is only
 * for a listener that mails them once the delivery is committed, never for the event publication registry.
 */
public record DeliveryLinksIssued(List<Link> links, String fileName, String projectName, long senderId,
                                  Instant expiresAt) {

    /** One recipient's link; a member of the project has {@code recipientUserId}, an outside address none. */
    public record Link(Long recipientUserId, String email, String path) {
    }
}
