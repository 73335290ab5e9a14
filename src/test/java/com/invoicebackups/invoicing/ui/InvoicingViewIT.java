package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.BackupStatus;
import com.invoicebackups.backup.PackageProfiles;
import com.invoicebackups.backup.pdf.PackageOrder;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentRule;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.NaturalOrder;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Invoicing screen on the demo project, which other test classes of this context read and compile too: what a
 * test expects of the demo's invoices is counted in the database, and a test that changes a project's rules, package
 * profile or billing periods does so on a project of its own.
 */
class InvoicingViewIT extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    BackupService backups;
    @Autowired
    PackageProfiles profiles;
    @Autowired
    DocumentRules rules;
    @Autowired
    AttachmentService attachmentService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_administrator_sees_the_projects_invoices_and_narrows_them_with_search_and_filters() {
        long project = demoProject();
        Grid<InvoiceRow> grid = openInvoicing("admin");
        assertThat(GridKt._size(grid)).isEqualTo(invoices(project, ""));

        int granite = invoices(project, " and c.name = ?", "Granite Concrete Co.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("invoice-search")), "Granite");
        assertThat(GridKt._size(grid)).isEqualTo(granite);
        assertThat(rows(grid)).allMatch(row -> row.companyName().equals("Granite Concrete Co."));
        _setValue(_get(TextField.class, spec -> spec.withClasses("invoice-search")), "");

        ComboBox<InvoiceGridService.CompanyOption> company = comboBox("Subcontractor");
        _setValue(company, company.getListDataView().getItems()
                .filter(option -> option.name().equals("Granite Concrete Co.")).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(granite);
        _setValue(company, null);

        ComboBox<BillingPeriod> period = comboBox("Billing period");
        _setValue(period, period.getListDataView().getItems().filter(p -> p.number() == 1).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(invoices(project, " and bp.number = ?", 1));
        _setValue(period, null);

        int drafts = invoices(project, " and i.status = ?", InvoiceStatus.DRAFT.name());
        assertThat(drafts).as("drafts in the demo project").isPositive();
        ComboBox<InvoiceStatus> status = comboBox("Status");
        _setValue(status, InvoiceStatus.DRAFT);
        assertThat(GridKt._size(grid)).isEqualTo(drafts);
        assertThat(rows(grid)).allMatch(row -> row.status() == InvoiceStatus.DRAFT);

        _get(Button.class, spec -> spec.withText("Select all matching")).click();
        String selected = drafts == 1 ? "The one matching invoice selected" : "All " + drafts + " matching invoices selected";
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(selected))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Compile Invoice Backups")).isEnabled()).isTrue();
        _setValue(status, InvoiceStatus.APPROVED);
        assertThat(_get(Button.class, spec -> spec.withText("Compile Invoice Backups")).isEnabled()).isFalse();
    }

    @Test
    void the_general_contractor_filters_and_selects_owner_invoices_reads_what_the_backup_will_miss_and_compiles() {
        // owner backups are compiled on the general contractor's side; here by an administrator in the owner's words
        long admin = companies.findUser("admin").orElseThrow().id();
        companies.chooseDictionary(admin, "owner");
        try {
            compilesAnOwnerBackup(admin);
        } finally {
            companies.chooseDictionary(admin, "gc");
        }
    }

    private void compilesAnOwnerBackup(long admin) {
        long project = demoProject();
        List<String> numbers = ownerInvoices(project, null);
        List<String> submitted = ownerInvoices(project, OwnerInvoiceStatus.SUBMITTED);
        assertThat(submitted).as("owner invoices waiting for the owner in the demo project").isNotEmpty();
        openProject("admin");
        com.vaadin.flow.component.tabs.TabSheet tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        tabs.setSelectedIndex(1);
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Funding");
        @SuppressWarnings("unchecked")
        Grid<OwnerInvoiceRow> owners = _get(Grid.class, spec -> spec.withClasses("owner-invoice-grid"));
        // the general contractor sees every owner invoice of the project, drafts too
        assertThat(GridKt._size(owners)).isEqualTo(numbers.size());
        GridKt._sortByKey(owners, InvoiceSort.Column.INVOICE_NUMBER.name(), SortDirection.DESCENDING);
        assertThat(GridKt._get(owners, 0).number()).isEqualTo(numbers.stream().max(NaturalOrder.COMPARATOR).orElseThrow());

        ComboBox<OwnerInvoiceStatus> status = comboBox("Status");
        _setValue(status, OwnerInvoiceStatus.DRAFT);
        assertThat(GridKt._size(owners)).isEqualTo(ownerInvoices(project, OwnerInvoiceStatus.DRAFT).size());
        _setValue(status, OwnerInvoiceStatus.SUBMITTED);
        assertThat(GridKt._size(owners)).isEqualTo(submitted.size());
        Button compile = _get(Button.class, spec -> spec.withText("Compile Invoice Backups"));
        assertThat(compile.isEnabled()).isFalse();
        _get(Button.class, spec -> spec.withText("Select all matching")).click();
        assertThat(owners.getSelectedItems()).extracting(OwnerInvoiceRow::number)
                .containsExactlyInAnyOrderElementsOf(submitted);
        compile.click();
        // every subcontractor invoice of a closed period is approved: nothing will be missing
        assertThat(_find(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withClasses("compile-warnings"))).allSatisfy(list ->
                assertThat(list.getElement().getTextRecursively()).doesNotContain("will be missing"));
        _get(Button.class, spec -> spec.withText("Cancel")).click();

        _setValue(status, null);
        ComboBox<BillingPeriod> period = comboBox("Billing period");
        _setValue(period, period.getListDataView().getItems().filter(p -> p.number() == 5).findFirst().orElseThrow());
        owners.deselectAll();
        owners.select(GridKt._get(owners, 0));
        long selected = GridKt._get(owners, 0).id();

        // leaving the screen and coming back finds the tab's filter and selection as they were left
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("projects/" + project + "/invoicing");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        ComboBox<BillingPeriod> periodAgain = comboBox("Billing period");
        assertThat(periodAgain.getValue().number()).isEqualTo(5);
        owners = _get(Grid.class, spec -> spec.withClasses("owner-invoice-grid"));
        assertThat(owners.getSelectedItems()).extracting(OwnerInvoiceRow::id).containsExactly(selected);
        compile = _get(Button.class, spec -> spec.withText("Compile Invoice Backups"));
        compile.click();
        _get(Button.class, spec -> spec.withText("Compile")).click();
        NotificationsKt.expectNotifications("Funding invoice backup queued; you can keep working.");
        Backup backup = awaitFinished(admin, project);
        assertThat(backup.kind()).isEqualTo(com.invoicebackups.backup.BackupKind.OWNER);
        assertThat(backup.invoiceCount()).isEqualTo(1);
        assertThat(backup.fileName()).startsWith("Funding invoice backup - Riverside Medical Office Building");
        assertThat(awaitDownloadLink().getHref()).isEqualTo("backups/" + backup.id() + "/download");
    }

    @Test
    void sorting_by_contract_number_is_natural() {
        List<String> numbers = jdbc.sql("""
                        select distinct s.number from subcontractor_invoice i join subcontract s on s.id = i.subcontract_id
                         where i.project_id = ?""")
                .param(demoProject()).query(String.class).list();
        List<String> natural = numbers.stream().sorted(NaturalOrder.COMPARATOR).toList();
        // the demo's numbers tell natural order from the characters' order: SC-2 before SC-10
        assertThat(natural).isNotEqualTo(numbers.stream().sorted().toList());

        Grid<InvoiceRow> grid = openInvoicing("admin");
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.ASCENDING);
        assertThat(contractOrder(grid)).isEqualTo(natural);
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0).contractNumber()).isEqualTo(natural.getLast());
    }

    @Test
    void the_preflight_flags_a_signed_document_whose_amount_due_differs_from_its_lines_and_offers_the_seal() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        InvoiceRow signed = rows(grid).stream()
                .filter(row -> row.signatureStatus() == com.invoicebackups.invoicing.SignatureStatus.COMPLETED)
                .findFirst().orElseThrow();
        grid.select(signed);
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();

        // the demo's signed pay application states $25,000.00; the invoice's own lines give another amount
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("compile-warnings"))
                .getElement().getTextRecursively()).contains(signed.contractNumber() + " " + signed.number()
                + ": the signed invoice document states $25,000.00 due, its lines give "
                + Formats.of(java.util.Locale.US).money(signed.currentPaymentDue(), "USD") + ".");
        com.vaadin.flow.component.checkbox.Checkbox seal = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Seal with the certificate of Keystone Builders Inc."));
        assertThat(seal.getValue()).isTrue();
        _get(Button.class, spec -> spec.withText("Cancel")).click();
    }

    @Test
    void a_saved_package_profile_is_where_the_next_compile_starts_and_it_orders_the_backup() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        for (int i = 1; i <= 2; i++) {
            SubcontractorInvoice invoice = data.invoice(data.subcontract(world, "SC-" + i, world.subcontractor()),
                    january, i + "-01", InvoiceStatus.APPROVED, "100.00", null);
            attachmentService.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()),
                    "Conditional lien waiver.pdf", DocumentType.LIEN_WAIVER, TestFiles.pdf("Lien waiver", 1));
            attachmentService.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()),
                    "Certified payroll.pdf", DocumentType.CERTIFIED_PAYROLL, TestFiles.pdf("Certified payroll", 1));
        }
        long admin = world.admin().id();
        long project = world.project().id();

        Grid<InvoiceRow> grid = openInvoicing(world);
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.ASCENDING);
        grid.deselectAll();
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        Button compile = _get(Button.class, spec -> spec.withText("Compile Invoice Backups"));
        compile.click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PackageOrder.Ordering> ordering = _get(RadioButtonGroup.class,
                spec -> spec.withClasses("compile-ordering"));
        assertThat(ordering.getValue()).isEqualTo(PackageOrder.Ordering.BY_CONTRACT);
        _setValue(ordering, PackageOrder.Ordering.BY_DOCUMENT_TYPE);
        _get(Button.class, spec -> spec.withClasses("save-profile")).click();
        assertThat(profiles.profile(admin, project, BackupKind.SUBCONTRACTOR).ordering())
                .isEqualTo(PackageOrder.Ordering.BY_DOCUMENT_TYPE);
        _get(Button.class, spec -> spec.withText("Cancel")).click();

        // the next compile starts from the profile; a one-off change would not alter it
        compile.click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PackageOrder.Ordering> again = _get(RadioButtonGroup.class,
                spec -> spec.withClasses("compile-ordering"));
        assertThat(again.getValue()).isEqualTo(PackageOrder.Ordering.BY_DOCUMENT_TYPE);
        _get(Button.class, spec -> spec.withText("Compile")).click();
        Backup backup = awaitFinished(admin, project);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(backups.download(admin, backup.id()).orElseThrow()
                .content().getInputStream()))) {
            // both invoice documents first, then the lien waivers of both, ...
            List<String> documents = new ArrayList<>();
            pdf.getOutlines(false).getAllChildren().forEach(contract -> contract.getAllChildren().forEach(
                    invoice -> invoice.getAllChildren().forEach(document -> documents.add(document.getTitle()))));
            assertThat(documents.subList(0, 2)).containsOnly("Invoice document");
            assertThat(documents.subList(2, documents.size())).doesNotContain("Invoice document")
                    .first().asString().containsIgnoringCase("waiver");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_package_editor_reorders_leaves_out_and_retitles_for_one_compile() throws Exception {
        long admin = companies.findUser("admin").orElseThrow().id();
        Grid<InvoiceRow> grid = openInvoicing("admin");
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.ASCENDING);
        grid.deselectAll();
        InvoiceRow first = GridKt._get(grid, 0);
        InvoiceRow second = GridKt._get(grid, 1);
        grid.select(first);
        grid.select(second);
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        _get(Button.class, spec -> spec.withClasses("compile-customise")).click();

        TreeGrid<Object> tree = _get(TreeGrid.class, spec -> spec.withClasses("package-tree"));
        // the first invoice moves below the second
        int firstRow = row(tree, first.contractNumber() + " " + first.number() + " \u00b7");
        ((HorizontalLayout) GridKt._getCellComponent(tree, firstRow, "arrows")).getChildren()
                .filter(button -> button.hasClassName("editor-down")).map(Button.class::cast).findFirst().orElseThrow()
                .click();
        // under their contract's row
        assertThat(row(tree, second.contractNumber() + " " + second.number() + " \u00b7")).isEqualTo(1);
        // its first attachment gets a title for the package; its second attachment is left out
        int moved = row(tree, first.contractNumber() + " " + first.number() + " \u00b7");
        String retitled = ((Span) GridKt._getCellComponent(tree, moved + 2, "package")).getText();
        String leftOut = ((Span) GridKt._getCellComponent(tree, moved + 3, "package")).getText();
        _setValue((TextField) GridKt._getCellComponent(tree, moved + 2, "title"), "Progress waiver for the owner");
        _setValue((Checkbox) GridKt._getCellComponent(tree, moved + 3, "include"), false);
        _get(Button.class, spec -> spec.withClasses("editor-done")).click();
        assertThat(_get(Span.class, spec -> spec.withClasses("compile-customised")).getText())
                .isEqualTo("Customised for this compile: no invoice and 1 document left out.");

        _get(Button.class, spec -> spec.withText("Compile")).click();
        Backup backup = awaitFinished(admin, demoProject());
        try (PdfDocument pdf = new PdfDocument(new PdfReader(backups.download(admin, backup.id()).orElseThrow()
                .content().getInputStream()))) {
            List<String> invoices = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            pdf.getOutlines(false).getAllChildren().forEach(contract -> contract.getAllChildren().forEach(invoice -> {
                invoices.add(invoice.getTitle());
                invoice.getAllChildren().forEach(document -> documents.add(document.getTitle()));
            }));
            assertThat(invoices).containsExactly("Invoice " + second.number(), "Invoice " + first.number());
            assertThat(documents).contains("Progress waiver for the owner").doesNotContain(retitled);
            assertThat(documents).doesNotContain(leftOut);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_package_editor_of_an_owner_backup_leaves_a_subcontractor_invoice_out() throws Exception {
        long owner = companies.findUser("admin").orElseThrow().id();
        openProject("admin");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        Grid<OwnerInvoiceRow> owners = _get(Grid.class, spec -> spec.withClasses("owner-invoice-grid"));
        GridKt._sortByKey(owners, InvoiceSort.Column.INVOICE_NUMBER.name(), SortDirection.ASCENDING);
        owners.deselectAll();
        owners.select(GridKt._get(owners, 0));
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        _get(Button.class, spec -> spec.withClasses("compile-customise")).click();

        TreeGrid<Object> tree = _get(TreeGrid.class, spec -> spec.withClasses("package-tree"));
        // the owner invoice first, then what it carries; the first subcontractor invoice is left out
        int first = -1;
        for (int i = 0; i < GridKt._size(tree) && first < 0; i++) {
            Span label = (Span) GridKt._getCellComponent(tree, i, "package");
            if (label.hasClassName("editor-invoice") && !label.getText().startsWith("PC-")) {
                first = i;
            }
        }
        String carried = ((Span) GridKt._getCellComponent(tree, first, "package")).getText();
        _setValue((Checkbox) GridKt._getCellComponent(tree, first, "include"), false);
        _get(Button.class, spec -> spec.withClasses("editor-done")).click();
        _get(Button.class, spec -> spec.withText("Compile")).click();

        Backup backup = awaitFinished(owner, demoProject());
        try (PdfDocument pdf = new PdfDocument(new PdfReader(backups.download(owner, backup.id()).orElseThrow()
                .content().getInputStream()))) {
            List<String> contracts = new ArrayList<>();
            pdf.getOutlines(false).getAllChildren().forEach(contract -> contract.getAllChildren()
                    .forEach(invoice -> contracts.add(contract.getTitle() + " " + invoice.getTitle())));
            String invoiceNumber = carried.split(" \u00b7 ")[0].split(" ")[1];
            assertThat(contracts).isNotEmpty().noneMatch(title -> title.endsWith("Invoice " + invoiceNumber));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void leaving_out_the_lien_waiver_in_the_editor_brings_its_warning_back() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.ASCENDING);
        grid.deselectAll();
        InvoiceRow first = GridKt._get(grid, 0);
        grid.select(first);
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        String waiverWarning = first.contractNumber() + " invoice " + first.number() + " has no lien waiver attached";
        assertThat(_find(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("compile-warnings"))
                .stream().map(list -> list.getElement().getTextRecursively())).noneMatch(text -> text.contains(waiverWarning));
        _get(Button.class, spec -> spec.withClasses("compile-customise")).click();

        TreeGrid<Object> tree = _get(TreeGrid.class, spec -> spec.withClasses("package-tree"));
        int waiver = row(tree, "Conditional progress lien waiver");
        _setValue((Checkbox) GridKt._getCellComponent(tree, waiver, "include"), false);
        _get(Button.class, spec -> spec.withClasses("editor-done")).click();

        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("compile-warnings"))
                .getElement().getTextRecursively()).contains(waiverWarning);
        _get(Button.class, spec -> spec.withText("Cancel")).click();
    }

    /** The tree row whose label starts so. */
    private static int row(TreeGrid<Object> tree, String label) {
        for (int i = 0; i < GridKt._size(tree); i++) {
            if (GridKt._getCellComponent(tree, i, "package") instanceof Span span && span.getText().startsWith(label)) {
                return i;
            }
        }
        throw new AssertionError("No row " + label);
    }

    @Test
    void the_preflight_lists_a_missing_required_waiver_and_an_expired_certificate() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        long admin = world.admin().id();
        SubcontractorInvoice invoice = data.invoice(data.subcontract(world, "SC-1", world.subcontractor()),
                data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED), "1-01", InvoiceStatus.APPROVED,
                "100.00", null);
        long certificate = attachmentService.upload(admin, InvoiceRef.subcontractor(invoice.id()),
                "Certificate of insurance.pdf", DocumentType.INSURANCE, TestFiles.pdf("Certificate of insurance", 1)).id();
        rules.save(admin, world.project().id(), List.of(new DocumentRule(DocumentType.UNCONDITIONAL_LIEN_WAIVER,
                DocumentRule.AppliesTo.EVERY_INVOICE, false)));
        attachmentService.confirmExpiry(admin, certificate, LocalDate.of(2020, 1, 31));

        Grid<InvoiceRow> grid = openInvoicing(world);
        grid.deselectAll();
        grid.select(rows(grid).stream().filter(row -> row.id() == invoice.id()).findFirst().orElseThrow());
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();

        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("compile-warnings"))
                .getElement().getTextRecursively())
                .contains(": no unconditional lien waiver attached, which this project requires")
                .contains("expired on 1/31/2020, before the billing date");
        _get(Button.class, spec -> spec.withText("Cancel")).click();
    }

    @Test
    void compile_is_enabled_only_with_a_selection_and_a_compile_ends_in_an_alert_with_a_download_link() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        Button compile = _get(Button.class, spec -> spec.withText("Compile Invoice Backups"));
        assertThat(compile.isEnabled()).isFalse();
        for (int row = 0; row < 3; row++) {
            grid.select(GridKt._get(grid, row));
        }
        assertThat(compile.isEnabled()).isTrue();
        grid.deselectAll();
        assertThat(compile.isEnabled()).isFalse();
        for (int row = 0; row < 3; row++) {
            grid.select(GridKt._get(grid, row));
        }

        compile.click();
        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withClasses("compile-dialog"));
        _get(Button.class, spec -> spec.withText("Compile")).click();
        NotificationsKt.expectNotifications("Backup of 3 invoices queued; you can keep working.");

        long admin = companies.findUser("admin").orElseThrow().id();
        Backup backup = awaitFinished(admin, demoProject());
        assertThat(backup.status()).isIn(BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED_WITH_WARNINGS);
        assertThat(backup.fileName()).startsWith("Subcontractor invoice backup - Riverside Medical Office Building - 2024-017 - ");

        Anchor download = awaitDownloadLink();
        assertThat(download.getHref()).isEqualTo("backups/" + backup.id() + "/download");
        com.vaadin.flow.component.tabs.TabSheet tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        tabs.setSelectedIndex(3);
        @SuppressWarnings("unchecked")
        Grid<Backup> history = _get(Grid.class, spec -> spec.withClasses("backup-history"));
        assertThat(GridKt._get(history, 0).id()).isEqualTo(backup.id());
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Dana Whitfield", "3")
                .anyMatch(cell -> cell.startsWith(backup.pageCount() + " pages, "));

        // the same invoices again: the alert and the history row say what changed since the first backup
        tabs.setSelectedIndex(0);
        grid.deselectAll();
        for (int row = 0; row < 3; row++) {
            grid.select(GridKt._get(grid, row));
        }
        compile.click();
        _get(Button.class, spec -> spec.withText("Compile")).click();
        Backup again = awaitFinished(admin, demoProject());
        assertThat(again.id()).isNotEqualTo(backup.id());
        assertThat(again.changes()).startsWith("No changes since " + backup.fileName() + " of ");
        // the alert lists the recent backups, those of earlier tests too
        // on this thread: Karibu's UI is this thread's
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue(false);
                    assertThat(_find(Span.class, spec -> spec.withClasses("backup-changes"))).extracting(Span::getText)
                            .contains(again.changes());
                });
        tabs.setSelectedIndex(3);
        history = _get(Grid.class, spec -> spec.withClasses("backup-history"));
        assertThat(GridKt._getFormattedRow(history, 0)).contains(again.changes());
    }

    @Test
    void an_open_earlier_period_blocks_the_compile_and_leads_to_the_billing_periods_tab() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        data.invoice(subcontract, data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.OPEN), "1-01",
                InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(subcontract, data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.CLOSED), "1-02",
                InvoiceStatus.APPROVED, "100.00", null);

        Grid<InvoiceRow> grid = openInvoicing(world);
        _setValue(_get(TextField.class, spec -> spec.withClasses("invoice-search")), "1-02");
        grid.select(GridKt._get(grid, 0));
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("compile-problems"))
                .getElement().getTextRecursively()).contains("SC-1: billing period #1").contains("is still open");
        _get(Button.class, spec -> spec.withText("Open Billing Periods")).click();
        assertThat(_get(com.vaadin.flow.component.tabs.TabSheet.class).getSelectedTab().getLabel())
                .isEqualTo("Billing Periods");
    }

    /**
     * The alert is pushed from the job's thread a moment after the finished row is committed. Looked for on this
     * thread: Karibu's UI is this thread's.
     */
    private static Anchor awaitDownloadLink() {
        List<Anchor> links = await().alias("the download link").atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
                    MockVaadin.runUIQueue(false);
                    return _find(Anchor.class, spec -> spec.withClasses("backup-download"));
                }, found -> !found.isEmpty());
        return links.getFirst();
    }

    private Backup awaitFinished(long userId, long project) {
        return await().alias("the backup job finished").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> backups.history(userId, project),
                        history -> !history.isEmpty() && history.getFirst().finished())
                .getFirst();
    }

    @Test
    void a_read_only_member_gets_no_subcontractor_tab() {
        openProject("viewer");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("Billing Periods");
        assertThat(_find(Grid.class, spec -> spec.withClasses("invoice-grid"))).isEmpty();
    }

    @Test
    void an_invoice_contact_sees_their_own_invoices_and_no_compile_button() {
        int own = jdbc.sql("""
                        select count(*) from subcontractor_invoice i
                          join subcontract_invoice_contact c on c.subcontract_id = i.subcontract_id
                          join app_user u on u.id = c.user_id
                         where i.project_id = ? and u.username = 'sub'""")
                .param(demoProject()).query(Integer.class).single();
        Grid<InvoiceRow> grid = openInvoicing("sub");
        assertThat(GridKt._size(grid)).isEqualTo(own);
        assertThat(_find(Button.class, spec -> spec.withText("Compile Invoice Backups"))).isEmpty();
    }

    @Test
    void the_specialty_contractor_reads_the_screen_in_their_own_words() {
        openInvoicing("specialty");
        assertThat(_find(Button.class, spec -> spec.withText("Compile Progress Billing Backups"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Grid<InvoiceRow> openInvoicing(String username) {
        openProject(username);
        return _get(Grid.class, spec -> spec.withClasses("invoice-grid"));
    }

    /** The administrator's Invoicing screen of a project of the test's own. */
    @SuppressWarnings("unchecked")
    private Grid<InvoiceRow> openInvoicing(TestData.World world) {
        login(world.admin().username());
        UI.getCurrent().navigate("projects/" + world.project().id() + "/invoicing");
        return _get(Grid.class, spec -> spec.withClasses("invoice-grid"));
    }

    private void openProject(String username) {
        login(username);
        UI.getCurrent().navigate("projects/" + demoProject() + "/invoicing");
    }

    private long demoProject() {
        return projects.findByNumber("2024-017").orElseThrow().id();
    }

    /** How many of the project's subcontractor invoices meet the condition, counted apart from the grid. */
    private int invoices(long project, String condition, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of(project));
        all.addAll(List.of(parameters));
        return jdbc.sql("""
                        select count(*) from subcontractor_invoice i
                          join subcontract s on s.id = i.subcontract_id
                          join company c on c.id = s.company_id
                          left join billing_period bp on bp.id = i.billing_period_id
                         where i.project_id = ?""" + condition)
                .params(all).query(Integer.class).single();
    }

    /** The numbers of the project's owner invoices of one status, or of every status for null. */
    private List<String> ownerInvoices(long project, OwnerInvoiceStatus status) {
        String all = "select number from owner_invoice where project_id = ?";
        return status == null ? jdbc.sql(all).param(project).query(String.class).list()
                : jdbc.sql(all + " and status = ?").params(project, status.name()).query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static List<InvoiceRow> rows(Grid<InvoiceRow> grid) {
        List<InvoiceRow> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static List<String> contractOrder(Grid<InvoiceRow> grid) {
        return List.copyOf(new LinkedHashSet<>(rows(grid).stream().map(InvoiceRow::contractNumber).toList()));
    }
}
