package com.invoicebackups.invoicing;

import java.util.function.Predicate;

/**
 * What one user may do with one invoice now. Invoice contacts of the subcontract and ADMIN on
 * Commitments edit an invoice while it is DRAFT or REVISE_AND_RESUBMIT; administrators may also add
 * and arrange documents later (a missing lien waiver found at compile time), but nobody removes one
 * from an invoice under review or approved. For owner invoices ADMIN on Prime Contracts stands in for both.
 */
public record InvoiceRights(boolean editLines, boolean upload, boolean remove, boolean submit, boolean review,
                            boolean sendForSignature, boolean recordSignature, boolean declineSignature,
                            boolean recordPayment) {

    static final InvoiceRights READ_ONLY = new InvoiceRights(false, false, false, false, false, false, false, false,
            false);

    static boolean editable(InvoiceStatus status) {
        return status == InvoiceStatus.DRAFT || status == InvoiceStatus.REVISE_AND_RESUBMIT;
    }

    static boolean editable(OwnerInvoiceStatus status) {
        return status == OwnerInvoiceStatus.DRAFT || status == OwnerInvoiceStatus.REVISE_AND_RESUBMIT;
    }

    static InvoiceRights forSubcontractorInvoice(boolean admin, boolean contact, InvoiceStatus status,
                                                 SignatureStatus signature) {
        boolean editor = admin || contact;
        boolean editable = editable(status);
        // once signed, the signed PDF stands for the invoice: its amounts no longer change
        boolean linesOpen = editable && signature != SignatureStatus.COMPLETED;
        boolean submitted = !editable;
        return new InvoiceRights(editor && linesOpen, admin || contact && editable, editor && editable,
                editor && editable, admin && submitted,
                admin && (signature == SignatureStatus.NONE || signature == SignatureStatus.DECLINED),
                editor && signature != SignatureStatus.COMPLETED,
                editor && signature == SignatureStatus.SENT, false);
    }

    /** Whether this role holds the right on an invoice in some status: if so, a refusal now is about the status. */
    static boolean roleCould(boolean admin, boolean contact, Predicate<InvoiceRights> right) {
        for (InvoiceStatus status : InvoiceStatus.values()) {
            for (SignatureStatus signature : SignatureStatus.values()) {
                if (right.test(forSubcontractorInvoice(admin, contact, status, signature))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a user with ADMIN on Prime Contracts. {@code contractor}: the user works for the general contractor that owns
     * the project, whose pay application it is: they edit and submit it, and may add documents later. {@code owner}:
     * the user works for the prime contract's owner, who decides on it once submitted and records its payment once
     * approved. Anyone else reads it.
     */
    static InvoiceRights forOwnerInvoice(boolean contractor, boolean owner, OwnerInvoiceStatus status) {
        boolean editable = contractor && editable(status);
        return new InvoiceRights(editable, contractor, editable, editable,
                owner && status == OwnerInvoiceStatus.SUBMITTED, false, false, false, owner && status.approved());
    }

    static boolean ownerRoleCould(boolean contractor, boolean owner, Predicate<InvoiceRights> right) {
        for (OwnerInvoiceStatus status : OwnerInvoiceStatus.values()) {
            if (right.test(forOwnerInvoice(contractor, owner, status))) {
                return true;
            }
        }
        return false;
    }
}
