package com.invoicebackups.company;

/** A company got a new name; published inside the renaming transaction, so copies of the name change with it. */
public record CompanyRenamed(long companyId, String name) {
}
