package com.invoicebackups.billing;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "billing_period")
class BillingPeriodEntity extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private int number;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;

    protected BillingPeriodEntity() {
    }

    BillingPeriodEntity(long projectId, int number, LocalDate startDate, LocalDate endDate, LocalDate dueDate,
                        PeriodStatus status) {
        this.projectId = projectId;
        this.number = number;
        this.status = status;
        reschedule(startDate, endDate, dueDate);
    }

    void reschedule(LocalDate start, LocalDate end, LocalDate due) {
        this.startDate = start;
        this.endDate = end;
        this.dueDate = due;
    }

    void setStatus(PeriodStatus status) {
        this.status = status;
    }

    long getProjectId() {
        return projectId;
    }

    BillingPeriod toRecord() {
        return new BillingPeriod(getId(), projectId, number, startDate, endDate, dueDate, status, getVersion());
    }
}
