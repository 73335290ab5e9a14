package com.invoicebackups.invoicing;

/** Points at an invoice of either kind. */
public record InvoiceRef(Kind kind, long id) {

    public enum Kind { SUBCONTRACTOR, OWNER }

    public static InvoiceRef subcontractor(long id) {
        return new InvoiceRef(Kind.SUBCONTRACTOR, id);
    }

    public static InvoiceRef owner(long id) {
        return new InvoiceRef(Kind.OWNER, id);
    }
}
