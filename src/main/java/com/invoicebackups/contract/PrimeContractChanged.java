package com.invoicebackups.contract;

/** A prime contract was saved, perhaps with a new number; published inside the saving transaction. */
public record PrimeContractChanged(long primeContractId) {
}
