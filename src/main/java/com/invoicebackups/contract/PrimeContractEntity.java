package com.invoicebackups.contract;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "prime_contract")
class PrimeContractEntity extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_company_id", nullable = false)
    private long ownerCompanyId;

    @Column(name = "retainage_percent", nullable = false)
    private BigDecimal retainagePercent;

    protected PrimeContractEntity() {
    }

    PrimeContractEntity(long projectId, String number, String title, long ownerCompanyId, BigDecimal retainagePercent) {
        this.projectId = projectId;
        this.number = number;
        this.title = title;
        this.ownerCompanyId = ownerCompanyId;
        this.retainagePercent = retainagePercent;
    }

    void change(String number, String title, long ownerCompanyId, BigDecimal retainagePercent) {
        this.number = number;
        this.title = title;
        this.ownerCompanyId = ownerCompanyId;
        this.retainagePercent = retainagePercent;
    }

    PrimeContract toRecord() {
        return new PrimeContract(getId(), projectId, number, title, ownerCompanyId, retainagePercent);
    }
}
