package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NaturalOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Invoices written a thousand rows to a statement, for the data sets of performance work: no access checks, no
 * events, no history, the totals as given. Each row carries the copies of its contract, company and billing period
 * that the grids and checks read, as an invoice made in the product does.
 */
@Component
public class BulkInvoices {

    private static final int ROWS = 1_000;

    private final JdbcTemplate jdbc;

    BulkInvoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A writer for one load, in the caller's transaction. */
    public Writer writer() {
        return new Writer(jdbc.queryForObject("select coalesce(max(id), 0) + 1 from subcontractor_invoice", Long.class));
    }

    /** Gathers invoices and writes them a statement at a time; {@link #flush()} writes the rows it still holds. */
    public final class Writer {

        private long nextId;
        private final Batch invoices = new Batch("""
                insert into subcontractor_invoice (id, version, project_id, subcontract_id, contract_number,
                contract_sort_key, company_id, company_name, billing_period_id, billing_period_number,
                billing_period_start, billing_period_end, number, number_sort_key, position, status, billing_date,
                period_start, period_end, submitted_date, payment_date, comment, signature_status, work_this_period,
                completed_to_date, retainage_amount, earned_less_retainage, current_payment_due, attachment_count)
                values""", "(" + "?, ".repeat(28) + "?)", null);
        private final Batch lines = new Batch("""
                insert into subcontractor_invoice_line (invoice_id, line_index, sov_line_id, work_this_period,
                materials_stored, retainage_percent) values""", "(?, ?, ?, ?, ?, ?)", invoices);
        private final Batch ownerInvoices = new Batch("""
                insert into owner_invoice (version, project_id, prime_contract_id, contract_number, contract_title,
                contract_sort_key, billing_period_id, billing_period_number, billing_period_start, number,
                number_sort_key, position, status, billing_date, period_start, period_end, comment, work_this_period,
                completed_to_date, retainage_amount, earned_less_retainage, current_payment_due, attachment_count)
                values""", "(" + "?, ".repeat(22) + "?)", null);

        private Writer(long firstId) {
            this.nextId = firstId;
        }

        /** A subcontractor invoice with its lines; {@code period}: its billing period, null for none. */
        public void subcontractorInvoice(Subcontract subcontract, String companyName, BillingPeriod period, int position,
                                         NewSubcontractorInvoice invoice, PayApplication.Summary totals) {
            long id = nextId++;
            invoices.add(id, 0, subcontract.projectId(), subcontract.id(), subcontract.number(),
                    NaturalOrder.sortKey(subcontract.number()), subcontract.companyId(), companyName,
                    invoice.billingPeriodId(), period == null ? null : period.number(),
                    period == null ? null : period.startDate(), period == null ? null : period.endDate(),
                    invoice.number(), NaturalOrder.sortKey(invoice.number()), position, invoice.status().name(),
                    invoice.billingDate(), invoice.periodStart(),
                    invoice.periodEnd(), invoice.submittedDate(), invoice.paymentDate(), invoice.comment(),
                    SignatureStatus.NONE.name(), totals.workThisPeriod().amount(),
                    totals.totalCompletedAndStored().amount(), totals.retainage().amount(),
                    totals.totalEarnedLessRetainage().amount(), totals.currentPaymentDue().amount(), 0);
            for (int index = 0; index < invoice.lines().size(); index++) {
                PayApplication.Entry line = invoice.lines().get(index);
                lines.add(id, index, line.sovLineId(), line.thisPeriod().amount(), line.materialsStored().amount(),
                        line.retainagePercent());
            }
        }

        /**
         * An owner invoice without lines: {@code work} this period, nothing retained, and {@code attachmentCount} for
         * the grid to show and sort by (no documents are written). {@code period}: its billing period, null for none.
         */
        public void ownerInvoice(PrimeContract contract, BillingPeriod period, int position, NewOwnerInvoice invoice,
                                 Money work, int attachmentCount) {
            BigDecimal amount = work.amount();
            ownerInvoices.add(0, contract.projectId(), contract.id(), contract.number(), contract.title(),
                    NaturalOrder.sortKey(contract.number()), invoice.billingPeriodId(),
                    period == null ? null : period.number(), period == null ? null : period.startDate(), invoice.number(),
                    NaturalOrder.sortKey(invoice.number()), position,
                    invoice.status().name(), invoice.billingDate(), invoice.periodStart(), invoice.periodEnd(),
                    invoice.comment(), amount, amount, BigDecimal.ZERO, amount, amount, attachmentCount);
        }

        public void flush() {
            lines.flush();
            ownerInvoices.flush();
        }
    }

    /** Rows gathered into multi-row inserts of {@value #ROWS} rows. */
    private final class Batch {

        private final String insert;
        private final String template;
        private final int parameters;
        private final Batch parent;
        private final List<Object> values = new ArrayList<>();

        /** Rows of a batch with a parent refer to the parent's rows, which are therefore written first. */
        Batch(String insert, String template, Batch parent) {
            this.insert = insert;
            this.template = template;
            this.parameters = (int) template.chars().filter(c -> c == '?').count();
            this.parent = parent;
        }

        void add(Object... row) {
            values.addAll(Arrays.asList(row));
            if (values.size() == ROWS * parameters) {
                flush();
            }
        }

        void flush() {
            if (parent != null) {
                parent.flush();
            }
            if (values.isEmpty()) {
                return;
            }
            int rows = values.size() / parameters;
            jdbc.update(insert + " " + (template + ", ").repeat(rows - 1) + template, values.toArray());
            values.clear();
        }
    }
}
