package com.invoicebackups.invoicing;

import com.invoicebackups.contract.SovLine;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The AIA G702/G703 arithmetic of one invoice, in one place. G703 rows: A item, B description,
 * C scheduled value, D from previous application (all earlier work on the line), E this period,
 * F materials presently stored, G = D+E+F, % = G/C, H = C-G, I retainage on G.
 * G702 summary lines 1 to 9 follow from the rows and the previous certificates.
 */
public record PayApplication(List<Row> rows, Summary summary) {

    public record Row(String itemNumber, String description, Money scheduledValue, Money fromPrevious,
                      Money thisPeriod, Money materialsStored, Money completedToDate, BigDecimal percentComplete,
                      Money balanceToFinish, Money retainage, long sovLineId) {
    }

    /** G702 lines 1 to 9. */
    public record Summary(Money originalContractSum, Money netChangeByChangeOrders, Money contractSumToDate,
                          Money totalCompletedAndStored, Money retainage, Money totalEarnedLessRetainage,
                          Money previousCertificates, Money currentPaymentDue, Money balanceToFinishIncludingRetainage,
                          Money workThisPeriod) {
    }

    /** What the invoice claims on one SOV line. */
    public record Entry(long sovLineId, Money thisPeriod, Money materialsStored, BigDecimal retainagePercent) {
    }

    /**
     * @param sov                  the contract's schedule of values
     * @param defaultRetainage     retainage percent for lines the invoice does not mention
     * @param previousWork         per SOV line id, the work of all earlier invoices on the contract (D)
     * @param previousCertificates line 6 of the invoice before this one (G702 line 7)
     * @param entries              this invoice's lines
     */
    public static PayApplication calculate(List<SovLine> sov, BigDecimal defaultRetainage, Map<Long, Money> previousWork,
                                           Money previousCertificates, List<Entry> entries) {
        Map<Long, Entry> bySovLine = entries.stream().collect(Collectors.toMap(Entry::sovLineId, Function.identity()));
        List<Row> rows = sov.stream().map(line -> {
            Entry entry = bySovLine.getOrDefault(line.id(), new Entry(line.id(), Money.ZERO, Money.ZERO, defaultRetainage));
            Money previous = previousWork.getOrDefault(line.id(), Money.ZERO);
            Money completed = previous.plus(entry.thisPeriod()).plus(entry.materialsStored());
            return new Row(line.itemNumber(), line.description(), line.scheduledValue(), previous, entry.thisPeriod(),
                    entry.materialsStored(), completed, completed.percentOf(line.scheduledValue()),
                    line.scheduledValue().minus(completed), completed.percent(entry.retainagePercent()), line.id());
        }).toList();

        Money original = sum(sov.stream().filter(line -> !line.changeOrder()).map(SovLine::scheduledValue).toList());
        Money changes = sum(sov.stream().filter(SovLine::changeOrder).map(SovLine::scheduledValue).toList());
        Money contractSum = original.plus(changes);
        Money completed = sum(rows.stream().map(Row::completedToDate).toList());
        Money retainage = sum(rows.stream().map(Row::retainage).toList());
        Money earned = completed.minus(retainage);
        Money workThisPeriod = sum(rows.stream().map(Row::thisPeriod).toList());
        return new PayApplication(rows, new Summary(original, changes, contractSum, completed, retainage, earned,
                previousCertificates, earned.minus(previousCertificates), contractSum.minus(earned), workThisPeriod));
    }

    /**
     * Why a line's amounts cannot be billed, as a message key, or null when they can: neither amount may be
     * negative, and the line may not bill beyond its scheduled value.
     */
    public static String lineProblem(Money scheduledValue, Money fromPrevious, Money thisPeriod, Money materialsStored) {
        if (thisPeriod.compareTo(Money.ZERO) < 0 || materialsStored.compareTo(Money.ZERO) < 0) {
            return "invoice.line.negative";
        }
        Money completed = fromPrevious.plus(thisPeriod).plus(materialsStored);
        if (scheduledValue.compareTo(Money.ZERO) >= 0 && completed.compareTo(scheduledValue) > 0) {
            return "invoice.line.beyond-scheduled";
        }
        return null;
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
