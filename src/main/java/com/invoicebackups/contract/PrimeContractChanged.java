package com.invoicebackups.contract;

/**
 * A prime contract was saved, perhaps with a new number or title; published inside the saving transaction, so copies
 * of either change with it.
 */
public record PrimeContractChanged(long primeContractId, String number, String title) {
}
