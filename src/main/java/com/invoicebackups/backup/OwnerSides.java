package com.invoicebackups.backup;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.OwnerInvoice;
import org.springframework.stereotype.Component;

/** Reads the owner invoice of an owner backup with what the backup shows of it (see {@link OwnerSide}). */
@Component
class OwnerSides {

    private final InvoiceService invoices;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;

    OwnerSides(InvoiceService invoices, ContractService contracts, CompanyService companies,
               BillingPeriodService periods) {
        this.invoices = invoices;
        this.contracts = contracts;
        this.companies = companies;
        this.periods = periods;
    }

    /** The owner invoice, if the user may see it, with its prime contract and the owner's name. */
    OwnerSide of(long userId, long ownerInvoiceId) {
        OwnerInvoice invoice = invoices.ownerInvoice(userId, ownerInvoiceId);
        PrimeContract prime = contracts.primeContractById(invoice.primeContractId());
        return new OwnerSide(invoice, prime, companies.company(prime.ownerCompanyId()).name());
    }

    /** The owner invoice's billing period; null when it has none. */
    BillingPeriod period(OwnerSide owner) {
        Long periodId = owner.invoice().billingPeriodId();
        return periodId == null ? null : periods.period(periodId);
    }
}
