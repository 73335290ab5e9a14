package com.invoicebackups.document;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each module whose rows name documents by their key. The document store does not know
 * those rows; it asks every implementation before it removes a document (see {@link SweepDocumentsJob}).
 */
public interface DocumentReferences {

    /** Those of {@code keys} that a row of this module refers to. */
    Set<String> referenced(Collection<String> keys);
}
