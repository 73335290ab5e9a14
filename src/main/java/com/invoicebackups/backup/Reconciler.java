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
 * more than one invoice here) and for the package, and for an owner backup the owner invoice against the sum of
 * the subcontractor invoices it carries. Flags a signed document that states another amount due than its lines
 * give, and an owner invoice that bills less this period than the subcontractor invoices it carries.
 */
final class Reconciler {

    /** One invoice's figures; {@code statedDue} is what its signed document says is due, when it says so. */
    record Figures(String contract, String company, String invoice, Money work, Money materials, Money retainage,
                   Money due, BigDecimal statedDue) {

        static Figures of(String contract, String company, String invoice, PayApplication application,
                          BigDecimal statedDue) {
            Money materials = application.rows().stream().map(PayApplication.Row::materialsStored)
                    .reduce(Money.ZERO, Money::plus);
            PayApplication.Summary summary = application.summary();
            return new Figures(contract, company, invoice, summary.workThisPeriod(), materials, summary.retainage(),
                    summary.currentPaymentDue(), statedDue);
        }

        Money billedThisPeriod() {
            return work.plus(materials);
        }

        Figures plus(Figures other) {
            return new Figures(contract, company, invoice, work.plus(other.work), materials.plus(other.materials),
                    retainage.plus(other.retainage), due.plus(other.due), null);
        }
    }

    private static final Figures NONE = new Figures("", "", "", Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null);

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
        Figures total = NONE;
        for (Map.Entry<String, List<Figures>> company : byCompany.entrySet()) {
            Figures subtotal = NONE;
            for (Figures figures : company.getValue()) {
                String flag = statedDueFlag(figures);
                if (flag != null) {
                    flags.add(flag);
                }
                rows.add(row(Kind.INVOICE, figures.contract(), figures.company(), figures.invoice(), figures, flag));
                subtotal = subtotal.plus(figures);
            }
            if (company.getValue().size() > 1) {
                rows.add(row(Kind.SUBTOTAL, "", "", words.get("backup.reconciliation.subtotal", company.getKey()),
                        subtotal, null));
            }
            total = total.plus(subtotal);
        }
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
        Figures difference = new Figures("", "", "", owner.work().minus(total.work()),
                owner.materials().minus(total.materials()), owner.retainage().minus(total.retainage()),
                owner.due().minus(total.due()), null);
        rows.add(row(Kind.DIFFERENCE, "", "", words.get("backup.reconciliation.difference"), difference, below));
        return new Reconciliation(List.copyOf(rows), List.copyOf(flags));
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
