package com.invoicebackups.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One invoice as the document rules see it, and what they find on it. {@code date} is its billing date, else its
 * period's end. A required document counts only when a person set or confirmed its type; an expired certificate is
 * listed whoever typed it.
 */
record CheckedInvoice(String contract, String invoice, InvoiceStatus status, boolean prevailingWage, boolean later,
                      LocalDate date, List<Held> documents) {

    /** {@code type} null: none given yet; {@code typeConfirmed} false: none, or a guess. */
    record Held(DocumentType type, boolean typeConfirmed, String fileName, LocalDate expiresOn,
                boolean expiryConfirmed) {
    }

    List<DocumentRules.Finding> findings(List<DocumentRule> rules, boolean unapprovedBlocks) {
        List<DocumentRules.Finding> findings = new ArrayList<>();
        if (!status.approved()) {
            findings.add(finding(DocumentRules.Kind.NOT_APPROVED, null, null, unapprovedBlocks));
        }
        boolean insuranceRequired = false;
        boolean insuranceBlocks = false;
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        for (DocumentRule rule : rules) {
            if (!applies(rule)) {
                continue;
            }
            boolean insurance = rule.documentType() == DocumentType.INSURANCE;
            insuranceRequired |= insurance;
            insuranceBlocks |= insurance && rule.blocking();
            if (documents.stream().noneMatch(held -> insurance ? validCertificate(held)
                    : held.typeConfirmed() && held.type() == rule.documentType())) {
                missing.add(rule.documentType());
                findings.add(finding(DocumentRules.Kind.MISSING, rule.documentType(), null, rule.blocking()));
            }
        }
        for (Held held : documents) {
            if (!held.typeConfirmed() && (held.type() == null ? !missing.isEmpty() : missing.contains(held.type()))) {
                findings.add(finding(DocumentRules.Kind.UNCONFIRMED, held.type(), held.fileName(), false));
            }
        }
        for (Held held : documents) {
            if (held.type() != DocumentType.INSURANCE) {
                continue;
            }
            if (held.expiresOn() != null && date != null && held.expiresOn().isBefore(date)) {
                findings.add(new DocumentRules.Finding(contract, invoice, status, DocumentRules.Kind.EXPIRED,
                        held.type(), held.fileName(), date, held.expiresOn(), held.expiryConfirmed(), insuranceBlocks));
            } else if (held.expiresOn() == null && insuranceRequired) {
                findings.add(finding(DocumentRules.Kind.NO_EXPIRY, held.type(), held.fileName(), false));
            }
        }
        return findings;
    }

    private boolean applies(DocumentRule rule) {
        return switch (rule.appliesTo()) {
            case EVERY_INVOICE -> true;
            case AFTER_FIRST_INVOICE -> later;
            case PREVAILING_WAGE -> prevailingWage;
        };
    }

    private boolean validCertificate(Held held) {
        return held.typeConfirmed() && held.type() == DocumentType.INSURANCE && held.expiresOn() != null
                && (date == null || !held.expiresOn().isBefore(date));
    }

    private DocumentRules.Finding finding(DocumentRules.Kind kind, DocumentType type, String fileName,
                                          boolean blocking) {
        return new DocumentRules.Finding(contract, invoice, status, kind, type, fileName, date, null, false, blocking);
    }
}
