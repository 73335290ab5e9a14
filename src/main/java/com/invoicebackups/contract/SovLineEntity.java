package com.invoicebackups.contract;

import com.invoicebackups.shared.BaseEntity;
import com.invoicebackups.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "sov_line")
class SovLineEntity extends BaseEntity {

    @Column(name = "subcontract_id")
    private Long subcontractId;

    @Column(name = "prime_contract_id")
    private Long primeContractId;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_number", nullable = false)
    private String itemNumber;

    @Column(nullable = false)
    private String description;

    @Column(name = "scheduled_value", nullable = false)
    private BigDecimal scheduledValue;

    @Column(name = "cost_code")
    private String costCode;

    @Column(name = "change_order", nullable = false)
    private boolean changeOrder;

    protected SovLineEntity() {
    }

    SovLineEntity(Long subcontractId, Long primeContractId, int position, NewSovLine line) {
        this.subcontractId = subcontractId;
        this.primeContractId = primeContractId;
        change(position, line);
    }

    void change(int position, NewSovLine line) {
        this.position = position;
        this.itemNumber = line.itemNumber();
        this.description = line.description();
        this.scheduledValue = line.scheduledValue().amount();
        this.costCode = line.costCode();
        this.changeOrder = line.changeOrder();
    }

    Long getSubcontractId() {
        return subcontractId;
    }

    SovLine toRecord() {
        return new SovLine(getId(), itemNumber, description, Money.of(scheduledValue), costCode, changeOrder);
    }
}
