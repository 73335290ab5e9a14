package com.invoicebackups.invoicing;

import com.invoicebackups.shared.SortKeysMigration;
import java.util.List;

/** The invoices' keys of their own numbers and of their contracts' numbers, written anew by the changelog. */
public class InvoiceSortKeysMigration extends SortKeysMigration {

    @Override
    protected List<Keys> keys() {
        return List.of(
                new Keys("select id, number as label from subcontractor_invoice where id > ? order by id limit ?",
                        "update subcontractor_invoice set number_sort_key = ? where id = ?"),
                new Keys("select id, contract_number as label from subcontractor_invoice where id > ? order by id limit ?",
                        "update subcontractor_invoice set contract_sort_key = ? where id = ?"),
                new Keys("select id, number as label from owner_invoice where id > ? order by id limit ?",
                        "update owner_invoice set number_sort_key = ? where id = ?"),
                new Keys("select id, contract_number as label from owner_invoice where id > ? order by id limit ?",
                        "update owner_invoice set contract_sort_key = ? where id = ?"));
    }
}
