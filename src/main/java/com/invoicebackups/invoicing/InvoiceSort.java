package com.invoicebackups.invoicing;

/** A sortable grid column and its direction. */
public record InvoiceSort(Column column, boolean ascending) {

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return String.join(direction + ", ", column.sql) + direction;
    }

    public enum Column {
        INVOICE_NUMBER("i.number_sort_key"),
        CONTRACT_NUMBER("i.contract_sort_key", "i.position"),
        COMPANY("i.company_name"),
        BILLING_PERIOD("i.billing_period_start"),
        STATUS("i.status"),
        BILLING_DATE("i.billing_date"),
        AMOUNT_THIS_PERIOD("i.work_this_period"),
        CURRENT_PAYMENT_DUE("i.current_payment_due"),
        ATTACHMENTS("i.attachment_count"),
        SIGNATURE("i.signature_status");

        final java.util.List<String> sql;

        Column(String... sql) {
            this.sql = java.util.List.of(sql);
        }
    }
}
