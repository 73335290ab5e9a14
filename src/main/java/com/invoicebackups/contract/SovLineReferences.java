package com.invoicebackups.contract;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each module whose rows bill schedule-of-values lines. A schedule does not know those rows; it asks
 * every implementation before it removes lines, and refuses to remove one that is billed.
 */
public interface SovLineReferences {

    /** Those of {@code sovLineIds} that a row of this module bills. */
    Set<Long> referenced(Collection<Long> sovLineIds);
}
