package com.invoicebackups.shared;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A changelog step written in Java, for rows whose new values only the product's own code can compute. It needs no
 * set-up, no files and no checks beyond what it does; Liquibase makes it through its public no-argument constructor.
 */
public abstract class ChangelogTask implements CustomTaskChange {

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
