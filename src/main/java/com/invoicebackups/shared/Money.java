package com.invoicebackups.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money with scale 2, rounded half-up. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return amount == null ? ZERO : new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a percentage such as 10.00 for ten percent. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    /** This amount as a percentage of a whole, scale 2; zero when the whole is zero. */
    public BigDecimal percentOf(Money whole) {
        if (whole.amount.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.multiply(HUNDRED).divide(whole.amount, 2, RoundingMode.HALF_UP);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
