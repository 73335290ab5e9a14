package com.invoicebackups.company;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "company")
class CompanyEntity extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompanyKind kind;

    @Column(nullable = false)
    private String dictionary;

    private String address;

    /** A deactivated company's users cannot sign in, and their sessions end. */
    @Column(nullable = false)
    private boolean active = true;

    protected CompanyEntity() {
    }

    CompanyEntity(String name, CompanyKind kind, String dictionary) {
        this.name = name;
        this.kind = kind;
        this.dictionary = dictionary;
    }

    void change(String name, CompanyKind kind, String address, String dictionary) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.dictionary = dictionary;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Company toRecord() {
        return new Company(getId(), name, kind, dictionary, address, active);
    }
}
