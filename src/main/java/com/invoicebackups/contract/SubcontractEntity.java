package com.invoicebackups.contract;

import com.invoicebackups.shared.BaseEntity;
import com.invoicebackups.shared.NaturalOrder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "subcontract")
class SubcontractEntity extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String number;

    /** The number in natural order (SC-2 before SC-10), for sorting in the database. */
    @Column(name = "number_sort_key", nullable = false)
    private String numberSortKey;

    @Column(nullable = false)
    private String title;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubcontractStatus status;

    @Column(name = "private_contract", nullable = false)
    private boolean privateContract;

    @jakarta.persistence.Column(name = "prevailing_wage", nullable = false)
    private boolean prevailingWage;

    @Column(name = "retainage_percent", nullable = false)
    private BigDecimal retainagePercent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subcontract_private_user", joinColumns = @JoinColumn(name = "subcontract_id"))
    @Column(name = "user_id")
    private Set<Long> privateList = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subcontract_invoice_contact", joinColumns = @JoinColumn(name = "subcontract_id"))
    @Column(name = "user_id")
    private Set<Long> invoiceContacts = new HashSet<>();

    protected SubcontractEntity() {
    }

    SubcontractEntity(long projectId, String number, String title, long companyId, SubcontractStatus status,
                      BigDecimal retainagePercent) {
        this.projectId = projectId;
        this.number = number;
        this.numberSortKey = NaturalOrder.sortKey(number);
        this.title = title;
        this.companyId = companyId;
        this.status = status;
        this.retainagePercent = retainagePercent;
    }

    void change(SubcontractForm form) {
        number = form.number();
        numberSortKey = NaturalOrder.sortKey(number);
        title = form.title();
        companyId = form.companyId();
        status = form.status();
        retainagePercent = form.retainagePercent();
        privateContract = form.privateContract();
        prevailingWage = form.prevailingWage();
        privateList.clear();
        privateList.addAll(form.privateList());
        invoiceContacts.clear();
        invoiceContacts.addAll(form.invoiceContacts());
    }

    void makePrivate(Set<Long> users) {
        privateContract = true;
        privateList.addAll(users);
    }

    void addInvoiceContact(long userId) {
        invoiceContacts.add(userId);
    }

    boolean removeInvoiceContact(long userId) {
        return invoiceContacts.remove(userId);
    }

    long getCompanyId() {
        return companyId;
    }

    Subcontract toRecord() {
        return new Subcontract(getId(), projectId, number, title, companyId, status, privateContract,
                retainagePercent, Set.copyOf(privateList), Set.copyOf(invoiceContacts), prevailingWage);
    }
}
