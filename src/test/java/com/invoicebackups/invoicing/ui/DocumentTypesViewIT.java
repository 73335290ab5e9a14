package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Backup documents without a type, or with a guessed one, on the invoice screen. */
class DocumentTypesViewIT extends KaribuTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    ContractService contracts;

    TestData data;
    TestData.World world;
    BillingPeriod january;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
    }

    @Test
    void a_document_has_no_type_until_one_is_given_and_a_guess_is_shown_for_confirmation() {
        SubcontractorInvoice draft = invoice("SC-1", InvoiceStatus.DRAFT);
        upload(draft, "Scan.pdf");
        Attachment guessed = upload(draft, "Conditional lien waiver.pdf");

        open(draft);
        assertThat(_get(ComboBox.class, spec -> spec.withClasses("next-document-type")).getValue()).isNull();
        List<ComboBox> types = inRows(ComboBox.class, "attachment-type");
        assertThat(types).extracting(ComboBox::getValue).containsExactly(null, DocumentType.LIEN_WAIVER);
        assertThat(types).extracting(ComboBox::getPlaceholder).containsOnly("Type not set");
        assertThat(types.get(1).getHelperText()).isEqualTo("Guessed from the file");

        _click(inRows(Button.class, "confirm-type").getFirst());
        assertThat(attachments.attachments(world.contact().id(), InvoiceRef.subcontractor(draft.id())))
                .extracting(Attachment::id, Attachment::typeConfirmed)
                .contains(org.assertj.core.groups.Tuple.tuple(guessed.id(), true));
        assertThat(inRows(Button.class, "confirm-type")).isEmpty();
    }

    @Test
    void a_reader_sees_type_not_set_and_a_guess_marked_as_such() {
        SubcontractorInvoice submitted = invoice("SC-2", InvoiceStatus.UNDER_REVIEW);
        upload(submitted, "Scan.pdf");
        upload(submitted, "Certified payroll week 3.pdf");

        open(submitted);
        assertThat(inRows(Span.class, "attachment-type-text")).extracting(Span::getText)
                .containsExactly("Type not set", "Certified payroll (guessed)");
    }

    /** What the grid's component columns render for each row, as the browser would receive it. */
    @SuppressWarnings("unchecked")
    private static <C extends Component> List<C> inRows(Class<C> type, String className) {
        Grid<Attachment> grid = _get(Grid.class, spec -> spec.withClasses("attachment-grid"));
        return GridKt._findAll(grid).stream().flatMap(row -> grid.getColumns().stream()
                        .map(Grid.Column::getRenderer).filter(ComponentRenderer.class::isInstance)
                        .map(renderer -> (Component) ((ComponentRenderer<?, Attachment>) renderer).createComponent(row)))
                .flatMap(cell -> _find(cell, type, spec -> spec.withClasses(className)).stream()).toList();
    }

    private SubcontractorInvoice invoice(String contract, InvoiceStatus status) {
        Subcontract subcontract = data.subcontract(world, contract, world.subcontractor());
        contracts.addInvoiceContact(subcontract.id(), world.contact().id());
        return data.invoice(subcontract, january, contract + "-01", status, "100.00", null);
    }

    private Attachment upload(SubcontractorInvoice invoice, String name) {
        return attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), name, null,
                TestFiles.pdf(name, 1));
    }

    private void open(SubcontractorInvoice invoice) {
        MockVaadin.tearDown();
        login(world.contact().username());
        UI.getCurrent().navigate("projects/" + world.project().id() + "/invoices/" + invoice.id());
    }
}
