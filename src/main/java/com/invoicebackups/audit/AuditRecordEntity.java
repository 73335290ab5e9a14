package com.invoicebackups.audit;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "audit_record")
class AuditRecordEntity extends BaseEntity {

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    private String detail;

    protected AuditRecordEntity() {
    }

    AuditRecordEntity(LocalDateTime recordedAt, long actorId, String action, String subject, String detail) {
        this.recordedAt = recordedAt;
        this.actorId = actorId;
        this.action = action;
        this.subject = shorten(subject, 300);
        this.detail = detail == null ? null : shorten(detail, 2000);
    }

    private static String shorten(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    long actorId() {
        return actorId;
    }

    AuditRecord toRecord(String actorName) {
        return new AuditRecord(getId(), recordedAt, actorName, action, subject, detail);
    }
}
