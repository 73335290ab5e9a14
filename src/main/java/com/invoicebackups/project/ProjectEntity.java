package com.invoicebackups.project;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "project")
class ProjectEntity extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String number;

    private String address;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private String currency = "USD";

    protected ProjectEntity() {
    }

    long getCompanyId() {
        return companyId;
    }

    ProjectEntity(String name, String number, String address, long companyId) {
        this.name = name;
        this.number = number;
        this.address = address;
        this.companyId = companyId;
    }

    void change(String name, String number, String address, String currency) {
        this.name = name;
        this.number = number;
        this.address = address;
        this.currency = currency;
    }

    Project toRecord() {
        return new Project(getId(), name, number, address, companyId, currency);
    }
}
