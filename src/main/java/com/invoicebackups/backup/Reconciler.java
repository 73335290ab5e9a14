package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation;
import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation.Kind;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the package's figures side by side: each invoice's G702 figures, a total per subcontractor (when it has
 * more than one invoice here) and for the package, and for an owner backup the owner invoice against the total of
 * the subcontractor invoices it carries. Figures of the period (work this period, current payment due) are added
 * up; balances to date (materials presently stored, retainage) are not, since each invoice's already holds the
 * earlier ones': a total takes each contract's latest invoice in the package and adds those across contracts.
 * Flags a signed document that states another amount due than its lines give, and an owner invoice that bills
 * less this period than the subcontractor invoices it carries. An owner backup also sets the owner invoice against the
 * carried invoices line by line, where their schedule lines share a cost code.
 */
final class Reconciler {

    /**
     * One invoice's figures; {@code position} orders the invoices of one contract; {@code statedDue} is what its
     * signed document says is due, when it says so.
     */
    record Figures(String contract, String company, String invoice, int position, Money work, Money materials,
                   Money retainage, Money due, BigDecimal statedDue, List<CostLine> lines) {

        static Figures of(String contract, String company, String invoice, int position, PayApplication application,
                          BigDecimal statedDue) {
            Money materials = application.rows().stream().map(PayApplication.Row::materialsStored)
                    .reduce(Money.ZERO, Money::plus);
            PayApplication.Summary summary = application.summary();
            return new Figures(contract, company, invoice, position, summary.workThisPeriod(), materials,
                    summary.retainage(), summary.currentPaymentDue(), statedDue, List.of());
        }

        /** These figures with the invoice's lines, for the comparison by cost code. */
        Figures withLines(List<CostLine> lines) {
            return new Figures(contract, company, invoice, position, work, materials, retainage, due, statedDue,
                    List.copyOf(lines));
        }

        Money billedThisPeriod() {
            return work.plus(materials);
        }
    }

    /** One line of an invoice: its schedule line's cost code (null when it has none), work this period, stored. */
    record CostLine(String costCode, String label, Money work, Money materials) {

        /** The lines of {@code application}, each with the cost code its schedule line has in {@code costCodes}. */
        static List<CostLine> of(PayApplication application, Map<Long, String> costCodes) {
            return application.rows().stream().map(row -> new CostLine(costCodes.get(row.sovLineId()),
                    (row.itemNumber() + " " + row.description()).strip(), row.thisPeriod(), row.materialsStored()))
                    .toList();
        }

        boolean bills() {
            return !work.isZero() || !materials.isZero();
        }
    }

    /**
     * The total of these invoices: work and payment due added up; materials stored and retainage from each
     * contract's latest invoice (by position), added across contracts.
     */
    static Figures total(List<Figures> invoices) {
        Map<String, Figures> latest = new LinkedHashMap<>();
        Money work = Money.ZERO;
        Money due = Money.ZERO;
        for (Figures figures : invoices) {
            work = work.plus(figures.work());
            due = due.plus(figures.due());
            latest.merge(figures.contract(), figures, (kept, other) -> other.position() > kept.position() ? other : kept);
        }
        Money materials = latest.values().stream().map(Figures::materials).reduce(Money.ZERO, Money::plus);
        Money retainage = latest.values().stream().map(Figures::retainage).reduce(Money.ZERO, Money::plus);
        return new Figures("", "", "", 0, work, materials, retainage, due, null, List.of());
    }

    private final Dictionary words;
    private final String currency;

    Reconciler(Dictionary words, String currency) {
        this.words = words;
        this.currency = currency;
    }

    /** {@code owner} null for a subcontractor backup. */
    Reconciliation reconcile(List<Figures> invoices, Figures owner) {
        List<Reconciliation.Row> rows = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        Map<String, List<Figures>> byCompany = new LinkedHashMap<>();
        invoices.forEach(figures -> byCompany.computeIfAbsent(figures.company(), company -> new ArrayList<>()).add(figures));
        for (Map.Entry<String, List<Figures>> company : byCompany.entrySet()) {
            for (Figures figures : company.getValue()) {
                String flag = statedDueFlag(figures);
                if (flag != null) {
                    flags.add(flag);
                }
                rows.add(row(Kind.INVOICE, figures.contract(), figures.company(), figures.invoice(), figures, flag));
            }
            if (company.getValue().size() > 1) {
                rows.add(row(Kind.SUBTOTAL, "", "", words.get("backup.reconciliation.subtotal", company.getKey()),
                        total(company.getValue()), null));
            }
        }
        Figures total = total(invoices);
        if (owner == null) {
            rows.add(row(Kind.TOTAL, "", "", words.get("backup.reconciliation.total"), total, null));
            return new Reconciliation(List.copyOf(rows), List.copyOf(flags));
        }
        if (!invoices.isEmpty()) {
            rows.add(row(Kind.TOTAL, "", "", words.get("backup.reconciliation.subcontractors"), total, null));
        }
        rows.add(row(Kind.OWNER, owner.contract(), owner.company(), words.get("backup.reconciliation.owner",
                owner.invoice()), owner, null));
        String below = owner.billedThisPeriod().compareTo(total.billedThisPeriod()) < 0
                ? words.get("backup.reconciliation.owner-below", owner.invoice(), money(owner.billedThisPeriod()),
                money(total.billedThisPeriod())) : null;
        if (below != null) {
            flags.add(below);
        }
        Figures difference = new Figures("", "", "", 0, owner.work().minus(total.work()),
                owner.materials().minus(total.materials()), owner.retainage().minus(total.retainage()),
                owner.due().minus(total.due()), null, List.of());
        rows.add(row(Kind.DIFFERENCE, "", "", words.get("backup.reconciliation.difference"), difference, below));
        return new Reconciliation(List.copyOf(rows), List.copyOf(flags), byCostCode(invoices, owner));
    }

    /**
     * One row per cost code that either side bills on: the owner invoice's codes in its schedule's order, then codes
     * only subcontractor lines carry, then the amounts of lines without a cost code. Codes match as the prefill
     * matches them: trimmed, ignoring case. The differences add up to the owner invoice's work and stored materials
     * less the carried invoices'.
     */
    private List<Reconciliation.CostCodeRow> byCostCode(List<Figures> invoices, Figures owner) {
        Map<String, Side> owners = new LinkedHashMap<>();
        owner.lines().forEach(line -> owners.computeIfAbsent(key(line.costCode()), key -> new Side(line)).add(line, null));
        Map<String, Side> carried = new LinkedHashMap<>();
        for (Figures invoice : invoices) {
            invoice.lines().stream().filter(CostLine::bills).forEach(line -> carried.computeIfAbsent(
                    key(line.costCode()), key -> new Side(line)).add(line, invoice.contract() + " " + invoice.invoice()));
        }
        List<String> keys = new ArrayList<>(owners.keySet());
        carried.keySet().stream().filter(key -> !owners.containsKey(key)).forEach(keys::add);
        keys.remove("");
        keys.add("");
        List<Reconciliation.CostCodeRow> rows = new ArrayList<>();
        for (String key : keys) {
            Side ours = owners.get(key);
            Side theirs = carried.get(key);
            if ((ours == null || !ours.bills()) && theirs == null) {
                continue;
            }
            String code = key.isEmpty() ? words.get("backup.reconciliation.no-cost-code")
                    : (ours != null ? ours : theirs).costCode;
            String line = key.isEmpty() ? "" : ours != null ? ours.label
                    : words.get("backup.reconciliation.no-owner-line");
            Money difference = billed(ours).minus(billed(theirs));
            rows.add(new Reconciliation.CostCodeRow(code, line, ours == null ? "" : money(ours.work),
                    theirs == null ? "" : money(theirs.work), ours == null ? "" : money(ours.materials),
                    theirs == null ? "" : money(theirs.materials), money(difference),
                    theirs == null ? "" : String.join(", ", theirs.from)));
        }
        return List.copyOf(rows);
    }

    private static Money billed(Side side) {
        return side == null ? Money.ZERO : side.work.plus(side.materials);
    }

    private static String key(String costCode) {
        return costCode == null ? "" : costCode.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** What one side bills on one cost code, and the invoices it comes from. */
    private static final class Side {
        private final String costCode;
        private final String label;
        private Money work = Money.ZERO;
        private Money materials = Money.ZERO;
        private final java.util.Set<String> from = new java.util.LinkedHashSet<>();

        Side(CostLine first) {
            this.costCode = first.costCode() == null ? "" : first.costCode().strip();
            this.label = first.label();
        }

        void add(CostLine line, String invoice) {
            work = work.plus(line.work());
            materials = materials.plus(line.materials());
            if (invoice != null) {
                from.add(invoice);
            }
        }

        boolean bills() {
            return !work.isZero() || !materials.isZero();
        }
    }

    private String statedDueFlag(Figures figures) {
        if (figures.statedDue() == null || figures.statedDue().compareTo(figures.due().amount()) == 0) {
            return null;
        }
        return words.get("backup.reconciliation.stated-due", figures.contract() + " " + figures.invoice(),
                money(Money.of(figures.statedDue())), money(figures.due()));
    }

    private Reconciliation.Row row(Kind kind, String contract, String company, String label, Figures figures,
                                   String flag) {
        return new Reconciliation.Row(kind, contract, company, label, money(figures.work()), money(figures.materials()),
                money(figures.retainage()), money(figures.due()), flag);
    }

    private String money(Money amount) {
        return words.formats().money(amount, currency);
    }
}
