package com.invoicebackups.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a megabyte is, everywhere: 1,048,576 bytes, for upload limits, volume caps and the sizes shown beside them
 * alike, so that a 10 MB volume never shows as 9.5 MB.
 */
public final class ByteSizes {

    public static final long MEGABYTE = 1L << 20;

    private ByteSizes() {
    }

    /** The bytes of {@code count} megabytes. */
    public static long ofMegabytes(int count) {
        return count * MEGABYTE;
    }

    /** Sizes as people read them in messages: "50", "1.5" or "0.2" megabytes, never a misleading "0". */
    public static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
