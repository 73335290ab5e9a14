package com.invoicebackups.audit;

import java.time.LocalDate;
import java.util.List;

/** Which audit records to show: text in them, a date range (both ends included), who acted, what kind of change. */
public record AuditQuery(String text, LocalDate from, LocalDate to, Long actorId, Kind kind) {

    /** Kinds of change, by the actions they hold. */
    public enum Kind {
        PEOPLE("company.", "user."),
        PROJECTS("project."),
        CONTRACTS("subcontract.", "prime-contract.", "schedule."),
        BILLING_PERIODS("billing."),
        SIGN_INS("sign-in.");

        private final List<String> prefixes;

        Kind(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        List<String> prefixes() {
            return prefixes;
        }
    }

    public static AuditQuery text(String text) {
        return new AuditQuery(text, null, null, null, null);
    }
}
