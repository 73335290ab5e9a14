package com.invoicebackups.terminology;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.OwnerInvoiceFilter;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.project.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo administrator switches among the three dictionaries on the Invoicing screen and reads its tabs, columns,
 * button, compile dialog and alert in each; numbers and dates follow the browser's locale or the user's own choice.
 */
class InvoicingWordsAndFormatsIT extends KaribuTest {

    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    BackupService backups;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    OwnerInvoiceGridService ownerGrid;

    @AfterEach
    void backToTheAdministratorsOwnWordsAndFormats() {
        long admin = companies.findUser("admin").orElseThrow().id();
        companies.chooseDictionary(admin, "gc");
        companies.chooseFormats(admin, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Owner|Contractor|Funding|Compile Invoice Backups|1 invoice will be compiled|Invoice backup compiled",
            "Specialty contractor|Subcontractor|Owner|Compile Progress Billing Backups|1 progress billing will be compiled"
                    + "|Progress billing backup compiled",
            "General contractor|Subcontractor|Owner|Compile Invoice Backups|1 invoice will be compiled"
                    + "|Invoice backup compiled"})
    void each_dictionary_changes_the_tabs_columns_button_dialog_and_alert(String dictionary, String subcontractor,
            String owner, String compileButton, String summary, String alert) {
        openInvoicing(Locale.US);
        @SuppressWarnings("unchecked")
        Select<Dictionary> dictionarySwitch = _get(Select.class, spec -> spec.withClasses("dictionary-switch"));
        _setValue(dictionarySwitch, dictionarySwitch.getListDataView().getItems()
                .filter(item -> item.label().equals(dictionary)).findFirst().orElseThrow());

        Grid<InvoiceRow> grid = openInvoicing(Locale.US);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsSequence(subcontractor, owner);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains(subcontractor);
        grid.select(GridKt._get(grid, 0));
        _get(Button.class, spec -> spec.withText(compileButton)).click();
        assertThat(_get(Dialog.class, spec -> spec.withClasses("compile-dialog")).getElement().getTextRecursively())
                .contains(summary);
        _get(Button.class, spec -> spec.withText("Compile")).click();
        assertThat(awaitAlert()).startsWith(alert);
    }

    @Test
    void amounts_and_dates_follow_the_browser_locale_unless_the_user_chose_formats() {
        Grid<InvoiceRow> grid = openInvoicing(Locale.UK);
        String row = String.join(" | ", GridKt._getFormattedRow(grid, 0));
        assertThat(row).containsPattern("\\b\\d{2}/\\d{2}/20\\d{2}\\b").contains("US$");
        InvoiceRow first = GridKt._get(grid, 0);
        assertThat(row).contains(String.format("%02d/%02d/%d", first.billingDate().getDayOfMonth(),
                first.billingDate().getMonthValue(), first.billingDate().getYear()));

        @SuppressWarnings("unchecked")
        Select<String> formats = _get(Select.class, spec -> spec.withClasses("formats-switch"));
        assertThat(formats.getItemLabelGenerator().apply("en-GB")).isEqualTo("United Kingdom · 25/12/2026");
        _setValue(formats, "en-US");
        grid = openInvoicing(Locale.UK);
        row = String.join(" | ", GridKt._getFormattedRow(grid, 0));
        assertThat(row).contains(first.billingDate().getMonthValue() + "/" + first.billingDate().getDayOfMonth() + "/"
                + first.billingDate().getYear()).doesNotContain("US$").contains("$");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "admin|1-01|Subcontractor invoice backup|Invoices|gc",
            "specialty|7-01|Subcontractor progress billing backup|Progress billings|specialty",
            // owner backups are compiled by the general contractor: here by one who reads the owner's words
            "admin|PC-001-01|Funding invoice backup|Invoices|owner"})
    void each_demo_user_compiles_a_backup_named_and_worded_in_their_own_dictionary(String user, String invoice,
            String title, String invoicesLabel, String dictionary) throws Exception {
        long userId = companies.findUser(user).orElseThrow().id();
        String own = companies.user(userId).dictionary();
        companies.chooseDictionary(userId, dictionary);
        try {
            compiles(userId, invoice, title, invoicesLabel, dictionary);
        } finally {
            companies.chooseDictionary(userId, own);
        }
    }

    private void compiles(long userId, String invoice, String title, String invoicesLabel, String dictionary)
            throws Exception {
        long project = projects.findByNumber("2024-017").orElseThrow().id();
        boolean owner = invoice.startsWith("PC-");
        List<Long> ids = owner
                ? ownerGrid.page(userId, project, new OwnerInvoiceFilter(invoice, null, null), List.of(), 0, 1)
                        .stream().map(OwnerInvoiceRow::id).toList()
                : grid.ids(userId, project, new InvoiceFilter(invoice, null, null, null));
        Backup queued = backups.request(userId, project, owner ? BackupKind.OWNER : BackupKind.SUBCONTRACTOR,
                ids.subList(0, 1), BackupOptions.ALL);
        Backup done = awaitFinished(userId, queued.id());

        assertThat(done.fileName()).startsWith(title + " - Riverside Medical Office Building - 2024-017 - ");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(
                backups.download(userId, done.id()).orElseThrow().content().getInputStream()))) {
            String cover = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(cover).contains(title, invoicesLabel);
            assertThat(ForeignWords.in(dictionary, cover + done.fileName())).isEmpty();
        }
    }

    private Backup awaitFinished(long userId, long backupId) {
        return await().alias("backup " + backupId + " finished").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> backups.backup(userId, backupId).orElseThrow(), Backup::finished);
    }

    @Test
    void the_header_names_the_project_and_the_users_company() {
        openInvoicing(Locale.US);
        assertThat(_get(Span.class, spec -> spec.withClasses("page-title")).getText())
                .contains("Riverside Medical Office Building", "2024-017");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-company")).getText()).isEqualTo("Keystone Builders Inc.");
    }

    @SuppressWarnings("unchecked")
    private Grid<InvoiceRow> openInvoicing(Locale browser) {
        login("admin", browser);
        long project = projects.findByNumber("2024-017").orElseThrow().id();
        UI.getCurrent().navigate("projects/" + project + "/invoicing");
        return _get(Grid.class, spec -> spec.withClasses("invoice-grid"));
    }

    /** The alert is pushed from the job's thread once the backup is compiled. */
    private static String awaitAlert() {
        // on this thread: Karibu's UI is this thread's
        List<Component> done = await().alias("an alert").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> {
                    MockVaadin.runUIQueue(false);
                    return _find(Component.class, spec -> spec.withClasses("backup-succeeded"));
                }, found -> !found.isEmpty());
        return done.getFirst().getElement().getTextRecursively();
    }
}
