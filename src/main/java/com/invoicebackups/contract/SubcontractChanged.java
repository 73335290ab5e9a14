package com.invoicebackups.contract;

/**
 * A subcontract got a new number or another company; published inside the changing transaction, so copies
 * of either change with it.
 */
public record SubcontractChanged(long subcontractId, String number, long companyId) {
}
