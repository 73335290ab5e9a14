package com.invoicebackups.contract;

import com.invoicebackups.shared.SortKeysMigration;
import java.util.List;

/** The subcontracts' number keys written anew by the changelog. */
public class SubcontractSortKeysMigration extends SortKeysMigration {

    @Override
    protected List<Keys> keys() {
        return List.of(new Keys("select id, number as label from subcontract where id > ? order by id limit ?",
                "update subcontract set number_sort_key = ? where id = ?"));
    }
}
