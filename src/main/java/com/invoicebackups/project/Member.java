package com.invoicebackups.project;

/** One row of a project's permission matrix. */
public record Member(long userId, Permission commitments, Permission primeContracts) {
}
