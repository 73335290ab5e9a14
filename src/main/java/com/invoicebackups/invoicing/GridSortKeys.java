package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriodRescheduled;
import com.invoicebackups.company.CompanyRenamed;
import com.invoicebackups.contract.PrimeContractChanged;
import com.invoicebackups.contract.SubcontractChanged;
import com.invoicebackups.shared.NaturalOrder;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copies that the grids sort by (contract number, company name, period start) equal to their
 * sources, in the transaction that changes a source, so no grid ever sorts by a stale copy.
 */
@Component
class GridSortKeys {

    private final JdbcClient jdbc;

    GridSortKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SubcontractChanged change) {
        jdbc.sql("""
                update subcontractor_invoice
                   set contract_sort_key = ?, company_name = (select name from company where id = ?)
                 where subcontract_id = ?""")
                .params(NaturalOrder.sortKey(change.number()), change.companyId(), change.subcontractId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CompanyRenamed renamed) {
        jdbc.sql("""
                update subcontractor_invoice set company_name = ?
                 where subcontract_id in (select id from subcontract where company_id = ?)""")
                .params(renamed.name(), renamed.companyId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(BillingPeriodRescheduled rescheduled) {
        jdbc.sql("update subcontractor_invoice set billing_period_start = ? where billing_period_id = ?")
                .params(rescheduled.start(), rescheduled.periodId())
                .update();
        jdbc.sql("update owner_invoice set billing_period_start = ? where billing_period_id = ?")
                .params(rescheduled.start(), rescheduled.periodId())
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PrimeContractChanged change) {
        ownerInvoices("i.prime_contract_id = ?", change.primeContractId());
    }

    /** The natural keys of the owner invoice's and its prime contract's numbers, and the period's start. */
    @Transactional(propagation = Propagation.MANDATORY)
    void ownerInvoiceCreated(long ownerInvoiceId) {
        ownerInvoices("i.id = ?", ownerInvoiceId);
    }

    private void ownerInvoices(String which, long id) {
        jdbc.sql("""
                update owner_invoice i
                  join prime_contract pc on pc.id = i.prime_contract_id
                  left join billing_period bp on bp.id = i.billing_period_id
                   set i.number_sort_key = natural_sort_key(i.number), i.contract_sort_key = natural_sort_key(pc.number),
                       i.billing_period_start = bp.start_date
                 where\s""" + which)
                .param(id)
                .update();
    }
}
