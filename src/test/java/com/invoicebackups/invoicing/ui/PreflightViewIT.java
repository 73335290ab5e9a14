package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The compile preflight as an administrator reads it, on a project of the test's own. */
class PreflightViewIT extends KaribuTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    DocumentRules rules;

    TestData data;
    TestData.World world;
    BillingPeriod december;
    Subcontract subcontract;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        december = data.period(world, LocalDate.of(2026, 12, 1), PeriodStatus.CLOSED);
        subcontract = data.subcontract(world, "SC-1", world.subcontractor());
    }

    @Test
    void an_expired_certificate_read_from_its_text_is_listed_without_rules_in_both_preflights() {
        SubcontractorInvoice invoice = data.invoice(subcontract, december, "1-12", InvoiceStatus.APPROVED, "100.00", null);
        data.ownerInvoice(data.primeContract(world, "PC-1"), december, "OA-12", OwnerInvoiceStatus.SUBMITTED,
                "500.00", null);
        attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "Certificate 2026.pdf",
                DocumentType.INSURANCE, TestFiles.pdf("Commercial general liability: expires 11/30/2026", 1));
        String expired = "SC-1 invoice 1-12: Certificate 2026.pdf expired on 11/30/2026, before the billing date"
                + " 12/31/2026 (date read from the certificate, not confirmed)";

        openInvoicing();
        Grid<InvoiceRow> grid = grid("invoice-grid");
        grid.select(GridKt._get(grid, 0));
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        assertThat(warnings()).contains(expired);
        _get(Button.class, spec -> spec.withText("Cancel")).click();

        _get(TabSheet.class).setSelectedIndex(1);
        Grid<OwnerInvoiceRow> owners = grid("owner-invoice-grid");
        owners.select(GridKt._get(owners, 0));
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
        assertThat(warnings()).contains(expired);
    }

    @Test
    void the_document_rules_screen_makes_invoices_not_approved_block_the_compile() {
        data.invoice(subcontract, december, "1-12", InvoiceStatus.UNDER_REVIEW, "100.00", null);
        String notApproved = "SC-1 invoice 1-12 is not approved: its status is Under review";
        openInvoicing();
        compileFirstInvoice();
        assertThat(warnings()).contains(notApproved);
        _get(Button.class, spec -> spec.withText("Cancel")).click();

        UI.getCurrent().navigate("projects/" + world.project().id() + "/document-rules");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("unapproved-blocks")), true);
        _get(Button.class, spec -> spec.withText("Save rules")).click();
        assertThat(rules.unapprovedBlocks(world.viewer().id(), world.project().id())).isTrue();

        UI.getCurrent().navigate("projects/" + world.project().id() + "/invoicing");
        compileFirstInvoice();
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("compile-problems")).getElement()
                .getTextRecursively()).contains(notApproved);
    }

    private void compileFirstInvoice() {
        Grid<InvoiceRow> grid = grid("invoice-grid");
        grid.select(GridKt._get(grid, 0));
        _get(Button.class, spec -> spec.withText("Compile Invoice Backups")).click();
    }

    private void openInvoicing() {
        login(world.admin().username());
        UI.getCurrent().navigate("projects/" + world.project().id() + "/invoicing");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    private static String warnings() {
        return _get(UnorderedList.class, spec -> spec.withClasses("compile-warnings")).getElement().getTextRecursively();
    }
}
