package com.invoicebackups.audit;

import java.time.LocalDateTime;

/** One administrative change: who, when, what. */
public record AuditRecord(long id, LocalDateTime recordedAt, String actorName, String action, String subject,
                          String detail) {
}
