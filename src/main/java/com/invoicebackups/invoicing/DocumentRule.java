package com.invoicebackups.invoicing;

/**
 * A document type each subcontractor invoice of a project must carry: on every invoice, from the second invoice
 * of a contract on (an unconditional waiver for the payment before), or on contracts under prevailing-wage law.
 * A missing one blocks the compile or is a warning. For insurance certificates, one valid on the billing date.
 */
public record DocumentRule(DocumentType documentType, AppliesTo appliesTo, boolean blocking) {

    public enum AppliesTo { EVERY_INVOICE, AFTER_FIRST_INVOICE, PREVAILING_WAGE }
}
