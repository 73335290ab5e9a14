package com.invoicebackups.backup;

import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.InvoicesForBackup;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.shared.NaturalOrder;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The subcontractor invoices a backup holds, with their data read at once ({@link InvoicesForBackup}), so that what a
 * backup costs does not grow with the square of a contract's invoices; a backup shows them in natural contract
 * number order (SC-2 before SC-10), then by position on the contract.
 */
@Component
class BackupSelection {

    private final InvoicesForBackup carried;

    BackupSelection(InvoicesForBackup carried) {
        this.carried = carried;
    }

    /** The selected invoices of the project, as they are read. */
    List<InvoiceForBackup> read(long userId, long projectId, List<Long> invoiceIds) {
        return carried.selected(userId, projectId, invoiceIds);
    }

    /** The selected invoices of the project, in backup order. */
    List<InvoiceForBackup> inOrder(long userId, long projectId, List<Long> invoiceIds) {
        return inOrder(read(userId, projectId, invoiceIds));
    }

    /** The APPROVED subcontractor invoices of the owner invoice's billing period, in backup order; none without one. */
    List<InvoiceForBackup> carriedBy(long userId, OwnerInvoice owner) {
        return inOrder(owner.billingPeriodId() == null ? List.of()
                : carried.approvedInPeriod(userId, owner.projectId(), owner.billingPeriodId()));
    }

    static List<InvoiceForBackup> inOrder(List<InvoiceForBackup> selection) {
        return selection.stream()
                .sorted(Comparator.comparing((InvoiceForBackup invoice) -> invoice.subcontract().number(),
                                NaturalOrder.COMPARATOR)
                        .thenComparingInt(invoice -> invoice.invoice().position()))
                .toList();
    }
}
