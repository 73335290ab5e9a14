package com.invoicebackups.project;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "project_membership")
class MembershipEntity extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitments_permission", nullable = false)
    private Permission commitments;

    @Enumerated(EnumType.STRING)
    @Column(name = "prime_contracts_permission", nullable = false)
    private Permission primeContracts;

    protected MembershipEntity() {
    }

    MembershipEntity(long projectId, long userId, Permission commitments, Permission primeContracts) {
        this.projectId = projectId;
        this.userId = userId;
        this.commitments = commitments;
        this.primeContracts = primeContracts;
    }

    void change(Permission commitments, Permission primeContracts) {
        this.commitments = commitments;
        this.primeContracts = primeContracts;
    }

    long getProjectId() {
        return projectId;
    }

    ProjectAccess toAccess() {
        return new ProjectAccess(projectId, userId, commitments, primeContracts);
    }

    ProjectAccess toAccess(boolean contractor) {
        return new ProjectAccess(projectId, userId, commitments, primeContracts, contractor);
    }
}
