package com.invoicebackups.project;

/** A construction project; money on it is in its currency (an ISO 4217 code). */
public record Project(long id, String name, String number, String address, long companyId, String currency) {

    public String title() {
        return name + " (" + number + ")";
    }
}
