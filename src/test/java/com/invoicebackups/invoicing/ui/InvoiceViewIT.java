package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceFilter;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invoice screen on a project of each test's own: the subcontractor's contact invoices SC-2 (2-01 approved in the
 * closed January; the tests start SC-2-02 in the open February), another company's SC-1 has the draft 1-02 there, and
 * the owner's administrator reads the approved owner invoice PC-1-01.
 */
class InvoiceViewIT extends KaribuTest {

    /** The invoice the contact starts in the open period. */
    private static final String NEXT = "SC-2-02";

    @Autowired ProjectService projects;
    @Autowired CompanyService companies;
    @Autowired ContractService contracts;
    @Autowired InvoiceDetailService details;
    @Autowired InvoiceReviewService reviews;
    @Autowired AttachmentService attachments;
    @Autowired OwnerInvoiceGridService ownerGrid;
    @Autowired JdbcClient jdbc;

    TestData.World world;
    long projectId;
    long sub;
    String contact;
    String admin;
    UserAccount owner;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        projectId = world.project().id();
        sub = world.contact().id();
        contact = world.contact().username();
        admin = world.admin().username();
        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        BillingPeriod february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        Subcontract own = subcontract("SC-2", world.subcontractor());
        contracts.addInvoiceContact(own.id(), sub);
        data.invoice(own, january, "2-01", InvoiceStatus.APPROVED, "1000.00", null);
        Company other = companies.createCompany("Bedrock " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc");
        data.invoice(subcontract("SC-1", other), february, "1-02", InvoiceStatus.DRAFT, "100.00", null);

        Company ownerCompany = companies.createCompany("Owner " + world.project().number(), CompanyKind.OWNER, "owner");
        owner = data.user("owner-" + world.project().number(), ownerCompany);
        projects.addMember(projectId, owner.id(), Permission.READ_ONLY, Permission.ADMIN);
        PrimeContract prime = contracts.createPrimeContract(projectId, "PC-1", "Building", ownerCompany.id(),
                BigDecimal.valueOf(5), List.of(new NewSovLine("1", "Building", Money.of("1000000.00"), null, false)));
        data.ownerInvoice(prime, january, "PC-1-01", OwnerInvoiceStatus.APPROVED, "1000.00", null);
    }

    /** Three lines, as the amount tests need. */
    private Subcontract subcontract(String number, Company company) {
        return contracts.createSubcontract(projectId, number, "Trade " + number, company.id(), SubcontractStatus.APPROVED,
                BigDecimal.TEN, List.of(new NewSovLine("1", "Labor", Money.of("100000.00"), "01-100", false),
                        new NewSovLine("2", "Materials", Money.of("50000.00"), "01-200", false),
                        new NewSovLine("3", "Equipment", Money.of("25000.00"), "01-300", false)));
    }

    @Test
    void the_contact_starts_the_next_invoice_from_the_tab_and_is_then_shown_why_no_second_one_can_start() {
        openAs(contact, "projects/" + projectId + "/invoicing");
        click("new-invoice");
        assertThat(((Subcontract) get(ComboBox.class, "new-invoice-contract").getValue()).number()).isEqualTo("SC-2");
        click("new-invoice-create");

        String path = NavigatorKt.getCurrentPath();
        assertThat(path).matches("projects/" + projectId + "/invoices/\\d+");
        InvoiceDetail created = details.detail(sub, ref(Long.parseLong(path.substring(path.lastIndexOf('/') + 1))));
        assertThat(created).extracting(InvoiceDetail::number, InvoiceDetail::status, InvoiceDetail::createdBy)
                .containsExactly(NEXT, "DRAFT", world.contact().displayName());
        assertThat(text("invoice-title")).isEqualTo("Invoice " + NEXT);
        assertThat(text("page-title")).isEqualTo("Invoice " + NEXT + " · " + world.project().title());
        assertThat(text("invoice-status")).isEqualTo("Draft");

        // the period has SC-2's invoice now: nothing is offered that Create would refuse, and the dialog says why
        UI.getCurrent().navigate("projects/" + projectId + "/invoicing");
        click("new-invoice");
        assertThat(_find(ComboBox.class, spec -> spec.withClasses("new-invoice-contract"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("new-invoice-create"))).isEmpty();
        assertThat(get(Paragraph.class, "new-invoice-taken-intro").getText()).startsWith(
                "Nothing to start: each subcontract you may invoice already has its invoice in billing period #");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("new-invoice-taken"))
                .getElement().getTextRecursively()).startsWith("SC-2 ").contains(": invoice " + NEXT + " Open " + NEXT);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Open " + NEXT)).getHref())
                .isEqualTo("projects/" + projectId + "/invoices/" + created.ref().id());
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("projects/" + projectId + "/invoicing");
        assertThat(jdbc.sql("SELECT id FROM subcontractor_invoice WHERE project_id = ? AND number LIKE 'SC-2-%'")
                .param(projectId).query(Long.class).list()).containsExactly(created.ref().id());
    }

    @Test
    void amounts_are_checked_as_typed_the_g702_follows_and_save_stores_all_or_nothing() {
        long id = startInvoice();
        InvoiceDetail before = details.detail(sub, ref(id));
        PayApplication.Row first = row(before, "1");
        String beyond = first.scheduledValue().minus(first.fromPrevious()).minus(first.materialsStored())
                .plus(Money.of("0.01")).toString();
        openAs(contact, invoicePath(id));

        TextField item1 = lineField("this-period", "1");
        _setValue(item1, beyond);
        assertThat(item1.isInvalid()).isTrue();
        assertThat(item1.getErrorMessage()).isEqualTo("This would bill beyond the scheduled value.");
        TextField item3 = lineField("this-period", "3");
        _setValue(item3, "-5");
        assertThat(item3.getErrorMessage()).isEqualTo("Amounts cannot be negative.");
        _setValue(item3, "0");
        _setValue(item1, "1000.00");
        assertThat(item1.isInvalid()).isFalse();
        assertThat(item3.isInvalid()).isFalse();
        assertThat(g702Line(8)).endsWith(
                Formats.US.money(before.payApplication().summary().currentPaymentDue().plus(Money.of("900.00")), "USD"));

        _setValue(item1, beyond);
        click("invoice-save");
        NotificationsKt.expectNotifications("One line cannot be billed as typed; nothing was saved.");
        InvoiceDetail unchanged = details.detail(sub, ref(id));
        assertThat(unchanged.version()).isEqualTo(before.version());
        assertThat(unchanged.payApplication()).isEqualTo(before.payApplication());

        _setValue(item1, "1000.00");
        click("invoice-save");
        NotificationsKt.expectNotifications("Invoice saved.");
        assertThat(row(details.detail(sub, ref(id)), "1").thisPeriod()).isEqualTo(Money.of("1000.00"));
        assertThat(lineField("this-period", "1").getValue()).isEqualTo("1000.00");
    }

    @Test
    void a_refused_cell_says_why_beside_itself_only_and_save_says_why_nothing_was_saved() {
        long id = startInvoice();
        InvoiceDetail before = details.detail(sub, ref(id));
        PayApplication.Row first = row(before, "1");
        String beyond = first.scheduledValue().minus(first.fromPrevious()).minus(first.materialsStored())
                .plus(Money.of("0.01")).toString();
        openAs(contact, invoicePath(id));

        TextField period1 = lineField("this-period", "1");
        TextField stored1 = lineField("stored", "1");
        _setValue(period1, beyond);
        assertThat(period1.getErrorMessage()).isEqualTo("This would bill beyond the scheduled value.");
        assertThat(stored1.isInvalid()).isFalse();
        _setValue(stored1, "-1");
        assertThat(stored1.getErrorMessage()).isEqualTo("Amounts cannot be negative.");
        assertThat(period1.isInvalid()).isFalse();
        _setValue(stored1, "0");
        _setValue(period1, "0");
        assertThat(period1.isInvalid()).isFalse();

        TextField period2 = lineField("this-period", "2");
        _setValue(period2, "abc");
        assertThat(period2.getErrorMessage()).isEqualTo("Type an amount, such as 1250.00.");
        assertThat(lineField("stored", "2").isInvalid()).isFalse();
        click("invoice-save");
        String why = "One cell holds no amount (type one such as 1250.00, or 0); nothing was saved.";
        NotificationsKt.expectNotifications(why);
        assertThat(text("invoice-save-problem")).isEqualTo(why);
        assertThat(get(Component.class, "invoice-save-problem").isVisible()).isTrue();
        assertThat(details.detail(sub, ref(id)).version()).isEqualTo(before.version());

        _setValue(period2, "10");
        assertThat(period2.isInvalid()).isFalse();
        assertThat(_find(Component.class, spec -> spec.withClasses("invoice-save-problem"))).isEmpty();
    }

    @Test
    void submit_send_back_with_a_reason_resubmit_and_approve_all_show_on_the_screen() {
        long id = startInvoice();
        openAs(contact, invoicePath(id));
        click("action-submit");
        assertThat(text("invoice-status")).isEqualTo("Under review");
        assertThat(text("invoice-history")).contains("Status: Draft to Under review · " + world.contact().displayName());
        assertThat(buttons("action-submit")).isEmpty();
        assertThat(buttons("invoice-save")).isEmpty();

        openAs(admin, invoicePath(id));
        click("action-revise");
        click("review-confirm");
        assertThat(get(TextArea.class, "review-note").getErrorMessage())
                .isEqualTo("Say why the invoice goes back: a reason is required.");
        assertThat(text("invoice-status")).isEqualTo("Under review");
        assertThat(details.detail(sub, ref(id)).status()).isEqualTo("UNDER_REVIEW");

        _setValue(get(TextArea.class, "review-note"), "Lien waiver missing");
        click("review-confirm");
        assertThat(text("invoice-status")).isEqualTo("Revise and resubmit");
        assertThat(text("invoice-review-note")).isEqualTo("Lien waiver missing");
        assertThat(text("invoice-history")).contains("Status: Under review to Revise and resubmit · "
                        + world.admin().displayName())
                .contains("Lien waiver missing");

        openAs(contact, invoicePath(id));
        click("action-submit");
        openAs(admin, invoicePath(id));
        click("action-approve");
        assertThat(text("invoice-status")).isEqualTo("Approved");
        assertThat(details.detail(sub, ref(id)).status()).isEqualTo("APPROVED");
    }

    @Test
    void documents_are_reordered_retyped_and_removed_on_the_screen_while_the_invoice_is_editable() {
        long id = startInvoice();
        Attachment waiver = attachments.upload(sub, ref(id), "Lien waiver.pdf", DocumentType.LIEN_WAIVER,
                TestFiles.pdf("Lien waiver", 1));
        Attachment receipt = attachments.upload(sub, ref(id), "Receipt.jpg", DocumentType.RECEIPT,
                TestFiles.jpeg(60, 80));
        openAs(contact, invoicePath(id));
        assertThat(inAttachmentRow(0, Button.class, "move-up").getFirst().isEnabled()).isFalse();

        _click(inAttachmentRow(1, Button.class, "move-up").getFirst());
        assertThat(attachments.attachments(sub, ref(id))).extracting(Attachment::id)
                .containsExactly(receipt.id(), waiver.id());
        assertThat(GridKt._get(attachmentGrid(), 0).id()).isEqualTo(receipt.id());

        _setValue(inAttachmentRow(1, ComboBox.class, "attachment-type").getFirst(),
                DocumentType.UNCONDITIONAL_LIEN_WAIVER);
        assertThat(attachments.attachments(sub, ref(id))).extracting(Attachment::documentType)
                .containsExactly(DocumentType.RECEIPT, DocumentType.UNCONDITIONAL_LIEN_WAIVER);

        _click(inAttachmentRow(0, Button.class, "attachment-remove").getFirst());
        assertThat(attachments.attachments(sub, ref(id))).extracting(Attachment::id).containsExactly(waiver.id());
        assertThat(GridKt._size(attachmentGrid())).isEqualTo(1);

        reviews.submit(sub, id);
        openAs(contact, invoicePath(id));
        assertThat(inAttachmentRow(0, Button.class, "attachment-remove")).isEmpty();
        assertThat(inAttachmentRow(0, ComboBox.class, "attachment-type")).isEmpty();
        openAs(admin, invoicePath(id));
        assertThat(inAttachmentRow(0, Button.class, "attachment-remove")).isEmpty();
        assertThat(inAttachmentRow(0, ComboBox.class, "attachment-type")).hasSize(1);
    }

    @Test
    void a_bulk_approval_moves_the_submitted_invoice_and_names_the_draft_it_could_not_move() {
        long id = startInvoice();
        reviews.submit(sub, id);
        openAs(admin, "projects/" + projectId + "/invoicing");
        @SuppressWarnings("unchecked")
        Grid<InvoiceRow> grid = get(Grid.class, "invoice-grid");
        InvoiceRow submitted = invoiceRow(grid, NEXT);
        InvoiceRow draft = invoiceRow(grid, "1-02");
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        grid.select(submitted);
        grid.select(draft);

        click("bulk-status");
        _setValue(comboBox("bulk-status-value"), InvoiceStatus.APPROVED);
        click("bulk-status-apply");

        assertThat(text("bulk-status-summary")).isEqualTo("1 invoice moved; 1 could not:");
        assertThat(text("bulk-status-dialog")).contains("1-02: It is Draft; only an invoice that is Under review,"
                + " Pending owner approval or Approved as noted can be set to Approved.");
        assertThat(invoiceRow(grid, NEXT).status()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(invoiceRow(grid, "1-02").status()).isEqualTo(InvoiceStatus.DRAFT);

        UI.getCurrent().navigate(invoicePath(id));
        UI.getCurrent().navigate("projects/" + projectId + "/invoicing");
        @SuppressWarnings("unchecked")
        Grid<InvoiceRow> rebuilt = get(Grid.class, "invoice-grid");
        assertThat(rebuilt.getSelectedItems()).extracting(InvoiceRow::id)
                .containsExactlyInAnyOrder(submitted.id(), draft.id());
    }

    @Test
    void review_offers_no_move_to_the_status_it_has_and_asks_for_the_reason_on_its_field() {
        long id = startInvoice();
        reviews.submit(sub, id);
        openAs(admin, invoicePath(id));
        click("action-revise");
        click("review-confirm");
        TextArea reason = get(TextArea.class, "review-note");
        assertThat(reason.isRequired()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the invoice goes back: a reason is required.");
        assertThat(details.detail(sub, ref(id)).status()).isEqualTo("UNDER_REVIEW");

        click("action-approve");
        assertThat(text("invoice-status")).isEqualTo("Approved");
        assertThat(buttons("action-approve")).isEmpty();
        assertThat(buttons("action-approve-as-noted")).hasSize(1);
        assertThat(buttons("action-revise")).hasSize(1);
    }

    @Test
    void a_bulk_send_back_asks_for_the_reason_first_and_names_the_status_that_stops_an_invoice() {
        long id = startInvoice();
        reviews.submit(sub, id);
        openAs(admin, "projects/" + projectId + "/invoicing");
        @SuppressWarnings("unchecked")
        Grid<InvoiceRow> grid = get(Grid.class, "invoice-grid");
        grid.select(invoiceRow(grid, NEXT));
        grid.select(invoiceRow(grid, "1-02"));

        click("bulk-status");
        _setValue(comboBox("bulk-status-value"), InvoiceStatus.REVISE_AND_RESUBMIT);
        TextArea reason = get(TextArea.class, "bulk-status-note");
        assertThat(reason.getLabel()).isEqualTo("Reason (sent to the invoice contacts)");
        assertThat(reason.isRequired()).isTrue();
        click("bulk-status-apply");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the invoice goes back: a reason is required.");
        assertThat(invoiceRow(grid, NEXT).status()).isEqualTo(InvoiceStatus.UNDER_REVIEW);

        _setValue(reason, "Waiver missing");
        click("bulk-status-apply");
        assertThat(text("bulk-status-summary")).isEqualTo("1 invoice moved; 1 could not:");
        assertThat(text("bulk-status-dialog")).contains("1-02: It is Draft; only an invoice that is Under review,"
                + " Pending owner approval, Approved as noted or Approved can be set to Revise and resubmit.");
        assertThat(invoiceRow(grid, NEXT).status()).isEqualTo(InvoiceStatus.REVISE_AND_RESUBMIT);
    }

    @Test
    void an_invoice_out_of_reach_is_not_found_and_the_owner_reads_an_owner_invoice_without_editing() {
        long otherContract = invoiceId("1-02");
        long own = invoiceId("2-01");
        OwnerInvoiceRow ownerInvoice = ownerGrid.page(owner.id(), projectId, new OwnerInvoiceFilter("PC-1-01", null, null),
                List.of(), 0, 1).getFirst();
        String ownerPath = "projects/" + projectId + "/owner-invoices/" + ownerInvoice.id();

        login(contact);
        for (String path : List.of(invoicePath(otherContract), ownerPath, "projects/" + (projectId + 1000)
                + "/invoices/" + own)) {
            UI.getCurrent().navigate(path);
            assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).as(path).isEqualTo("Page not found");
            assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withClasses("invoice-title")))
                    .as(path).isEmpty();
        }
        UI.getCurrent().navigate(invoicePath(own));
        assertThat(text("invoice-title")).isEqualTo("Invoice 2-01");

        openAs(owner.username(), ownerPath);
        // a draft is the general contractor's until submitted; the owner reads what was submitted to it
        assertThat(text("invoice-title")).contains("PC-1-01");
        assertThat(text("invoice-status")).isEqualTo("Approved");
        assertThat(buttons("invoice-save")).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<PayApplication.Row> lines = get(Grid.class, "sov-grid");
        assertThat(GridKt._findAll(lines)).isNotEmpty().allSatisfy(row -> assertThat(cells(lines, row)).isEmpty());
        assertThat(GridKt._getFormattedRow(lines, 0)).contains(Formats.US.money(GridKt._get(lines, 0).thisPeriod(), "USD"));
        assertThat(buttons("action-approve")).isEmpty();
    }

    private long startInvoice() {
        return details.createNext(sub, details.subcontractsForNewInvoices(sub, projectId).getFirst().id()).id();
    }

    private void openAs(String username, String path) {
        MockVaadin.tearDown();
        login(username);
        UI.getCurrent().navigate(path);
    }

    private String invoicePath(long invoiceId) {
        return "projects/" + projectId + "/invoices/" + invoiceId;
    }

    private long invoiceId(String number) {
        return jdbc.sql("SELECT id FROM subcontractor_invoice WHERE project_id = ? AND number = ?").params(projectId, number)
                .query(Long.class).single();
    }

    private static InvoiceRef ref(long invoiceId) {
        return InvoiceRef.subcontractor(invoiceId);
    }

    private static PayApplication.Row row(InvoiceDetail detail, String item) {
        return detail.payApplication().rows().stream().filter(row -> row.itemNumber().equals(item)).findFirst()
                .orElseThrow();
    }

    private static <C extends Component> C get(Class<C> type, String className) {
        return _get(type, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String className) {
        return get(ComboBox.class, className);
    }

    private static void click(String className) {
        _click(get(Button.class, className));
    }

    private static List<Button> buttons(String className) {
        return _find(Button.class, spec -> spec.withClasses(className));
    }

    private static String text(String className) {
        return get(Component.class, className).getElement().getTextRecursively();
    }

    private static String g702Line(int line) {
        return _get(Div.class, spec -> spec.withClasses("g702-line").withAttribute("data-line", String.valueOf(line)))
                .getElement().getTextRecursively();
    }

    /** Every line's fields exist, as in the browser, where all lines are shown; then the one asked for. */
    @SuppressWarnings("unchecked")
    private static TextField lineField(String kind, String item) {
        Grid<PayApplication.Row> grid = get(Grid.class, "sov-grid");
        List<TextField> all = GridKt._findAll(grid).stream()
                .flatMap(row -> inCells(grid, row, TextField.class, "line-" + kind).stream()).toList();
        return all.stream().filter(field -> item.equals(field.getElement().getAttribute("data-item"))).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Attachment> attachmentGrid() {
        return get(Grid.class, "attachment-grid");
    }

    private static InvoiceRow invoiceRow(Grid<InvoiceRow> grid, String number) {
        return GridKt._findAll(grid).stream().filter(row -> row.number().equals(number)).findFirst().orElseThrow();
    }

    /** The components the grid's component columns render for a row, as the browser would receive them. */
    @SuppressWarnings("unchecked")
    private static <T> List<Component> cells(Grid<T> grid, T item) {
        return grid.getColumns().stream().map(Grid.Column::getRenderer).filter(ComponentRenderer.class::isInstance)
                .map(renderer -> (Component) ((ComponentRenderer<?, T>) renderer).createComponent(item)).toList();
    }

    private static <T, C extends Component> List<C> inCells(Grid<T> grid, T item, Class<C> type, String className) {
        return cells(grid, item).stream()
                .flatMap(cell -> _find(cell, type, spec -> spec.withClasses(className)).stream()).toList();
    }

    private static <C extends Component> List<C> inAttachmentRow(int row, Class<C> type, String className) {
        Grid<Attachment> grid = attachmentGrid();
        return inCells(grid, GridKt._get(grid, row), type, className);
    }
}
