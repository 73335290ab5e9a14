package com.invoicebackups.project;

/** The project tools that carry their own permission. */
public enum Tool {
    COMMITMENTS, PRIME_CONTRACTS
}
