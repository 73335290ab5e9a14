package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Arrangement;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.PackageProfiles;
import com.invoicebackups.invoicing.ui.BackupActions;
import com.invoicebackups.invoicing.CompilePreflight;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.OwnerPreflight;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.terminology.Dictionaries;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/** The backup feature's part of the Invoicing screen. */
@org.springframework.stereotype.Component
class BackupUi implements BackupActions {

    private final BackupService backups;
    private final CompilePreflight preflight;
    private final OwnerPreflight ownerPreflight;
    private final BackupBroadcaster broadcaster;
    private final DocumentRules rules;
    private final PackageProfiles profiles;
    private final Dictionaries dictionaries;
    private final com.invoicebackups.backup.BackupDeliveries deliveries;

    BackupUi(BackupService backups, CompilePreflight preflight, OwnerPreflight ownerPreflight,
             BackupBroadcaster broadcaster, DocumentRules rules, PackageProfiles profiles, Dictionaries dictionaries,
             com.invoicebackups.backup.BackupDeliveries deliveries) {
        this.deliveries = deliveries;
        this.dictionaries = dictionaries;
        this.rules = rules;
        this.profiles = profiles;
        this.backups = backups;
        this.preflight = preflight;
        this.ownerPreflight = ownerPreflight;
        this.broadcaster = broadcaster;
    }

    @Override
    public void compileSubcontractorBackup(InvoicingAccess access, List<Long> invoiceIds, Runnable showBillingPeriods) {
        List<CompilePreflight.Problem> problems = preflight.problems(access.userId(), access.projectId(), invoiceIds);
        List<String> blocked = new ArrayList<>(sentences(problems, "compile.problem.missing"));
        List<String> warnings = new ArrayList<>();
        for (DocumentRules.Finding finding : rules.findings(access.userId(), access.projectId(), invoiceIds)) {
            (finding.blocking() ? blocked : warnings).add(sentence(finding));
        }
        if (blocked.isEmpty()) {
            warnings.addAll(subcontractorWarnings(access, invoiceIds));
        }
        new CompileDialog(text("compile.summary", invoiceIds.size()), blocked, blocked.isEmpty() ? warnings : List.of(),
                backups.sealedBy(access.userId(), access.projectId()),
                profiles.profile(access.userId(), access.projectId(), BackupKind.SUBCONTRACTOR),
                options -> profiles.save(access.userId(), access.projectId(), BackupKind.SUBCONTRACTOR, options),
                new CompileDialog.Customising(() -> backups.plan(access.userId(), access.projectId(), invoiceIds),
                        arranged -> preflight(access, arranged), true),
                problems.isEmpty() ? null : showBillingPeriods,
                (options, arrangement) -> queued(text("backup.queued", backups.request(access.userId(),
                        access.projectId(), BackupKind.SUBCONTRACTOR, invoiceIds, options, UI.getCurrent().getLocale(),
                        arrangement).invoiceCount())))
                .open();
    }

    /** What the document rules find on the subcontractor invoices an owner backup carries, as arranged. */
    private CompileDialog.Preflight carriedPreflight(InvoicingAccess access, long ownerInvoiceId, Arrangement arranged) {
        List<String> blocked = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DocumentRules.Finding finding : rules.carriedFindings(access.userId(), access.projectId(),
                backups.carried(access.userId(), ownerInvoiceId, arranged),
                arranged == null ? java.util.Set.of() : arranged.leftOutAttachmentIds())) {
            (finding.blocking() ? blocked : warnings).add(sentence(finding));
        }
        return new CompileDialog.Preflight(blocked, warnings);
    }

    /** The preflight again for what the package editor left: its invoices, without the documents it left out. */
    private CompileDialog.Preflight preflight(InvoicingAccess access, Arrangement arranged) {
        List<Long> invoiceIds = arranged.includedInvoiceIds();
        java.util.Set<Long> leftOut = arranged.leftOutAttachmentIds();
        List<String> blocked = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DocumentRules.Finding finding : rules.findings(access.userId(), access.projectId(), invoiceIds, leftOut)) {
            (finding.blocking() ? blocked : warnings).add(sentence(finding));
        }
        warnings.addAll(subcontractorWarnings(access, invoiceIds, leftOut));
        return new CompileDialog.Preflight(blocked, warnings);
    }

    /** The preflight's warnings and the reconciliation's flags for these invoices. */
    private List<String> subcontractorWarnings(InvoicingAccess access, List<Long> invoiceIds) {
        return subcontractorWarnings(access, invoiceIds, java.util.Set.of());
    }

    private List<String> subcontractorWarnings(InvoicingAccess access, List<Long> invoiceIds,
                                               java.util.Set<Long> leftOut) {
        List<String> warnings = new ArrayList<>();
        preflight.warnings(access.userId(), access.projectId(), invoiceIds, leftOut).forEach(warning -> warnings.add(
                text("compile.warning." + warning.kind().name(), warning.contractNumber(), warning.invoiceNumber(),
                        warning.fileName())));
        warnings.addAll(backups.reconciliationFlags(access.userId(), access.projectId(), BackupKind.SUBCONTRACTOR,
                invoiceIds, UI.getCurrent().getLocale()));
        return warnings;
    }

    @Override
    public void compileOwnerBackups(InvoicingAccess access, List<Long> ownerInvoiceIds, Runnable showBillingPeriods) {
        List<CompilePreflight.Problem> problems = ownerPreflight.problems(access.userId(), access.projectId(), ownerInvoiceIds);
        List<String> blocked = new ArrayList<>(sentences(problems, "compile.problem.owner-missing"));
        List<String> warnings = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (problems.isEmpty()) {
            for (long ownerInvoiceId : ownerInvoiceIds) {
                CompileDialog.Preflight carried = carriedPreflight(access, ownerInvoiceId, null);
                blocked.addAll(carried.blocked());
                warnings.addAll(carried.warnings());
            }
        }
        if (blocked.isEmpty()) {
            OwnerPreflight.Missing missing = ownerPreflight.missing(access.userId(), access.projectId(), ownerInvoiceIds);
            missing.notApproved().forEach(invoice -> others.add(text("compile.not-approved", invoice.contractNumber(),
                    invoice.invoiceNumber(), invoice.periodNumber(), text("status." + invoice.status().name()))));
            if (missing.hiddenPrivate() > 0) {
                others.add(text("compile.hidden-private", missing.hiddenPrivate()));
            }
            others.addAll(backups.reconciliationFlags(access.userId(), access.projectId(), BackupKind.OWNER,
                    ownerInvoiceIds, UI.getCurrent().getLocale()));
            warnings.addAll(others);
        }
        new CompileDialog(text("compile.owner-summary", ownerInvoiceIds.size()), blocked,
                blocked.isEmpty() ? warnings : List.of(),
                backups.sealedBy(access.userId(), access.projectId()),
                profiles.profile(access.userId(), access.projectId(), BackupKind.OWNER),
                options -> profiles.save(access.userId(), access.projectId(), BackupKind.OWNER, options),
                ownerInvoiceIds.size() != 1 ? null : new CompileDialog.Customising(
                        () -> backups.ownerPlan(access.userId(), ownerInvoiceIds.getFirst()),
                        arranged -> {
                            CompileDialog.Preflight carried = carriedPreflight(access, ownerInvoiceIds.getFirst(), arranged);
                            List<String> all = new ArrayList<>(carried.warnings());
                            all.addAll(others);
                            return new CompileDialog.Preflight(carried.blocked(), all);
                        }, false),
                problems.isEmpty() ? null : showBillingPeriods,
                (options, arrangement) -> queued(text("backup.owner-queued", backups.requestOwnerBackups(access.userId(),
                        access.projectId(), ownerInvoiceIds, options, UI.getCurrent().getLocale(), arrangement).size())))
                .open();
    }

    private static String sentence(DocumentRules.Finding finding) {
        String date = finding.checkedOn() == null ? "" : formats().date(finding.checkedOn());
        return switch (finding.kind()) {
            case NOT_APPROVED -> text("compile.rule.NOT_APPROVED", finding.contractNumber(), finding.invoiceNumber(),
                    text("status." + finding.invoiceStatus().name()));
            case MISSING -> finding.documentType() == DocumentType.INSURANCE
                    ? text("compile.rule.MISSING-INSURANCE", finding.contractNumber(), finding.invoiceNumber(),
                    typeName(finding.documentType()), date)
                    : text("compile.rule.MISSING", finding.contractNumber(), finding.invoiceNumber(),
                    typeName(finding.documentType()).toLowerCase(UI.getCurrent().getLocale()));
            case UNCONFIRMED -> finding.documentType() == null
                    ? text("compile.rule.UNTYPED", finding.contractNumber(), finding.invoiceNumber(), finding.fileName())
                    : text("compile.rule.GUESSED", finding.contractNumber(), finding.invoiceNumber(),
                    finding.fileName(), typeName(finding.documentType()).toLowerCase(UI.getCurrent().getLocale()));
            case EXPIRED -> text(finding.expiryConfirmed() ? "compile.rule.EXPIRED" : "compile.rule.EXPIRED-READ",
                    finding.contractNumber(), finding.invoiceNumber(), finding.fileName(),
                    formats().date(finding.expiresOn()), date);
            case NO_EXPIRY -> text("compile.rule.NO_EXPIRY", finding.contractNumber(), finding.invoiceNumber(),
                    finding.fileName());
        };
    }

    private static String typeName(DocumentType type) {
        return text("attachment-type." + type.name());
    }

    private static Formats formats() {
        return Formats.of(UI.getCurrent().getLocale());
    }

    private static List<String> sentences(List<CompilePreflight.Problem> problems, String missingKey) {
        return problems.stream().map(problem -> problem.kind() == CompilePreflight.Kind.MISSING_PERIOD
                ? text(missingKey, problem.contractNumber(), problem.invoiceNumber())
                : text("compile.problem.open", problem.contractNumber(), problem.periodNumber(),
                problem.periodStart(), problem.periodEnd())).toList();
    }

    @Override
    public com.vaadin.flow.component.Component statusArea(InvoicingAccess access, Runnable showHistory) {
        return new BackupStatusArea(access.userId(), access.projectId(), backups, broadcaster, dictionaries,
                showHistory);
    }

    @Override
    public com.vaadin.flow.component.Component history(InvoicingAccess access) {
        return new BackupHistoryGrid(() -> backups.history(access.userId(), access.projectId()), broadcaster,
                access.userId(), access.projectId(), dictionaries, new BackupHistoryGrid.Deliveries() {
                    @Override
                    public java.util.Set<BackupKind> kindsSent() {
                        return deliveries.kindsSent(access.userId(), access.projectId());
                    }

                    @Override
                    public void open(com.invoicebackups.backup.Backup backup) {
                        new DeliveryDialog(access.userId(), backup, deliveries).open();
                    }
                }, backup -> RetryButton.of(backup, access.userId(), backups));
    }

    @Override
    public com.vaadin.flow.component.Component invoiceBackups(InvoicingAccess access, InvoiceRef invoice) {
        BackupKind kind = invoice.kind() == InvoiceRef.Kind.OWNER ? BackupKind.OWNER : BackupKind.SUBCONTRACTOR;
        return new InvoiceBackupsPanel(
                () -> backups.invoiceBackups(access.userId(), access.projectId(), kind, invoice.id()), broadcaster,
                access.userId(), access.projectId(), dictionaries);
    }

    private static void queued(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
