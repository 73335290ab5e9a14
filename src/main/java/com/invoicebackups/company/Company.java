package com.invoicebackups.company;

public record Company(long id, String name, CompanyKind kind, String dictionary, String address, boolean active) {
}
