package com.invoicebackups.invoicing;

import com.invoicebackups.contract.SovLineReferences;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Invoice lines of either kind, so a schedule keeps the lines they bill. */
@Component
class InvoicingSovLineReferences implements SovLineReferences {

    private final JdbcClient jdbc;

    InvoicingSovLineReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> referenced(Collection<Long> sovLineIds) {
        if (sovLineIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select sov_line_id from subcontractor_invoice_line where sov_line_id in (:ids)
                         union select sov_line_id from owner_invoice_line where sov_line_id in (:ids)""")
                .param("ids", sovLineIds).query(Long.class).list());
    }
}
