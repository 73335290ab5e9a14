package com.invoicebackups.project;

public record Project(long id, String name, String number, String address, long companyId) {

    public String title() {
        return name + " (" + number + ")";
    }
}
