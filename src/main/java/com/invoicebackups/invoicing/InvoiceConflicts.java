package com.invoicebackups.invoicing;

import java.util.List;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Localizable;
import com.invoicebackups.shared.RuleViolation;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * When an action a screen still offers is refused because someone changed the invoice's status or lines meanwhile, the
 * refusal says who did what and when, instead of only that the status does not allow it or that something changed.
 */
@Component
class InvoiceConflicts {

    /** A moment written in the reader's formats. */
    record At(Instant instant) implements Localizable {
        @Override
        public String in(Formats formats) {
            return formats.dateTime(instant);
        }
    }

    private final InvoiceChangeRepository changes;
    private final CompanyService companies;

    InvoiceConflicts(InvoiceChangeRepository changes, CompanyService companies) {
        this.changes = changes;
        this.companies = companies;
    }

    /**
     * The refusal of an edit made on an invoice someone changed since it was read: names the latest save of its lines
     * or change of its status, whichever came last.
     */
    RuleViolation stale(AbstractInvoiceEntity invoice) {
        List<InvoiceChangeEntity> latest = invoice instanceof OwnerInvoiceEntity
                ? changes.findByOwnerInvoiceIdOrderByChangedAtDescIdDesc(invoice.getId())
                : changes.findBySubcontractorInvoiceIdOrderByChangedAtDescIdDesc(invoice.getId());
        return latest.stream()
                .filter(change -> change.kind() == InvoiceChangeEntity.Kind.STATUS
                        || change.kind() == InvoiceChangeEntity.Kind.LINES_SAVED)
                .findFirst()
                .map(change -> new RuleViolation(change.kind() == InvoiceChangeEntity.Kind.STATUS
                        ? "invoice.changed." + change.toValue() : "invoice.changed.LINES_SAVED",
                        companies.user(change.getChangedBy()).displayName(), new At(change.getChangedAt())))
                .orElseGet(() -> new RuleViolation("error.stale"));
    }

    /** As {@link InvoiceGuard.Guarded#require}, naming the latest status change when the status is the reason. */
    <E extends AbstractInvoiceEntity> InvoiceGuard.Guarded<E> require(InvoiceGuard.Guarded<E> guarded,
                                                                      Predicate<InvoiceRights> right) {
        try {
            return guarded.require(right);
        } catch (RuleViolation refusal) {
            if (!refusal.messageKey().equals("invoice.error.not-now")
                    || !(guarded.invoice() instanceof SubcontractorInvoiceEntity invoice)) {
                throw refusal;
            }
            throw changes.findBySubcontractorInvoiceIdOrderByChangedAtDescIdDesc(invoice.getId()).stream()
                    .filter(change -> change.kind() == InvoiceChangeEntity.Kind.STATUS)
                    .filter(change -> change.toValue().equals(invoice.getStatus().name()))
                    .findFirst()
                    .map(change -> new RuleViolation("invoice.changed." + change.toValue(),
                            companies.user(change.getChangedBy()).displayName(), new At(change.getChangedAt())))
                    .orElse(refusal);
        }
    }
}
