package com.invoicebackups.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes as people read them in messages: "50", "1.5" or "0.2" megabytes, never a misleading "0". */
public final class ByteSizes {

    private ByteSizes() {
    }

    public static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
