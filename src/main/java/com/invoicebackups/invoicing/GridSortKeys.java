package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriodRescheduled;
import com.invoicebackups.company.CompanyRenamed;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.PrimeContractChanged;
import com.invoicebackups.contract.SubcontractChanged;
import com.invoicebackups.shared.NaturalOrder;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copies on the invoice rows (contract number and its natural-order key, company, billing period number and
 * dates) equal to their sources, in the transaction that changes a source, so no grid ever sorts or shows a stale copy
 * and invoicing never reads the owning modules' tables. The sources' modules say what changed in their events.
 */
@Component
class GridSortKeys {

    private final JdbcClient jdbc;
    private final CompanyService companies;

    GridSortKeys(JdbcClient jdbc, CompanyService companies) {
        this.jdbc = jdbc;
        this.companies = companies;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SubcontractChanged change) {
        jdbc.sql("""
                update subcontractor_invoice
                   set contract_number = ?, contract_sort_key = ?, company_id = ?, company_name = ?
                 where subcontract_id = ?""")
                .params(change.number(), NaturalOrder.sortKey(change.number()), change.companyId(),
                        companies.company(change.companyId()).name(), change.subcontractId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CompanyRenamed renamed) {
        jdbc.sql("update subcontractor_invoice set company_name = ? where company_id = ?")
                .params(renamed.name(), renamed.companyId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(BillingPeriodRescheduled rescheduled) {
        jdbc.sql("""
                update subcontractor_invoice set billing_period_start = ?, billing_period_end = ?
                 where billing_period_id = ?""")
                .params(rescheduled.start(), rescheduled.end(), rescheduled.periodId())
                .update();
        jdbc.sql("update owner_invoice set billing_period_start = ? where billing_period_id = ?")
                .params(rescheduled.start(), rescheduled.periodId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PrimeContractChanged change) {
        jdbc.sql("""
                update owner_invoice set contract_number = ?, contract_title = ?, contract_sort_key = ?
                 where prime_contract_id = ?""")
                .params(change.number(), change.title(), NaturalOrder.sortKey(change.number()), change.primeContractId())
                .update();
    }
}
