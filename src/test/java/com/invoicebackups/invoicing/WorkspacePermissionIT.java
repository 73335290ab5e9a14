package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with one invoice, entry point by entry point. A refusal is "not-found" (the invoice does not
 * exist for the user), "denied" (seen but not theirs to change) or "not-now" (theirs, but not in this status).
 */
@IntegrationTest
class WorkspacePermissionIT {

    enum Role { COMMITMENTS_ADMIN, CONTACT, CONTACT_WITHOUT_COMMITMENTS, PRIME_CONTRACTS_ADMIN, VIEWER, OUTSIDER }

    enum Kind { DRAFT, UNDER_REVIEW, APPROVED, PRIVATE_APPROVED }

    record Scene(SubcontractorInvoice invoice, Attachment attachment) {

        InvoiceRef ref() {
            return InvoiceRef.subcontractor(invoice.id());
        }
    }

    record EntryPoint(String name, BiConsumer<Long, Scene> action) {
    }

    private static final byte[] WAIVER = TestFiles.pdf("Conditional lien waiver", 1);
    private static final byte[] RECEIPT = TestFiles.pdf("Material receipt", 1);
    private static final byte[] SIGNED = TestFiles.pdf("Signed invoice", 1);

    @Autowired
    InvoiceDetailService details;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ContractService contracts;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract open;
    Subcontract secret;
    UserAccount primeAdmin;
    Map<Role, Long> users;
    int invoices;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        long project = world.project().id();
        String tag = world.project().number();
        UserAccount silentContact = data.user("silent-" + tag, world.subcontractor());
        primeAdmin = data.user("prime-" + tag, companies.company(world.project().companyId()));
        projects.addMember(project, silentContact.id(), Permission.NONE, Permission.NONE);
        projects.addMember(project, primeAdmin.id(), Permission.READ_ONLY, Permission.ADMIN);
        open = data.subcontract(world, "SC-1", world.subcontractor());
        contracts.addInvoiceContact(open.id(), world.contact().id());
        contracts.addInvoiceContact(open.id(), silentContact.id());
        var other = companies.createCompany("Other " + tag, CompanyKind.SUBCONTRACTOR, "gc");
        secret = contracts.makePrivate(data.subcontract(world, "SC-2", other).id(), Set.of());
        data.period(world, LocalDate.of(2026, 3, 1), PeriodStatus.OPEN);
        users = Map.of(Role.COMMITMENTS_ADMIN, world.admin().id(), Role.CONTACT, world.contact().id(),
                Role.CONTACT_WITHOUT_COMMITMENTS, silentContact.id(), Role.PRIME_CONTRACTS_ADMIN, primeAdmin.id(),
                Role.VIEWER, world.viewer().id(), Role.OUTSIDER, world.outsider().id());
    }

    @ParameterizedTest(name = "{0} on a {1} invoice")
    @CsvSource(delimiter = '|', textBlock = """
            # who                         | invoice          | open      | next      | save      | upload    | remove    | reorder   | submit    | review    | sign      | download
              COMMITMENTS_ADMIN           | DRAFT            | ok        | ok        | ok        | ok        | ok        | ok        | ok        | not-now   | ok        | ok
              COMMITMENTS_ADMIN           | UNDER_REVIEW     | ok        | ok        | not-now   | ok        | not-now   | ok        | not-now   | ok        | ok        | ok
              COMMITMENTS_ADMIN           | PRIVATE_APPROVED | ok        | ok        | not-now   | ok        | not-now   | ok        | not-now   | ok        | ok        | ok
              CONTACT                     | DRAFT            | ok        | ok        | ok        | ok        | ok        | ok        | ok        | denied    | ok        | ok
              CONTACT                     | UNDER_REVIEW     | ok        | ok        | not-now   | not-now   | not-now   | not-now   | not-now   | denied    | ok        | ok
              CONTACT_WITHOUT_COMMITMENTS | DRAFT            | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found
              PRIME_CONTRACTS_ADMIN       | DRAFT            | not-found | denied    | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found
              PRIME_CONTRACTS_ADMIN       | APPROVED         | ok        | denied    | denied    | denied    | denied    | denied    | denied    | denied    | denied    | ok
              PRIME_CONTRACTS_ADMIN       | PRIVATE_APPROVED | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found
              VIEWER                      | APPROVED         | not-found | denied    | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found
              OUTSIDER                    | APPROVED         | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found | not-found
            """)
    void each_role_may_use_exactly_the_entry_points_the_matrix_allows(Role role, Kind kind, ArgumentsAccessor row) {
        List<EntryPoint> entryPoints = entryPoints();
        SoftAssertions.assertSoftly(softly -> {
            for (int column = 0; column < entryPoints.size(); column++) {
                EntryPoint entryPoint = entryPoints.get(column);
                Scene scene = scene(kind);
                softly.assertThat(outcome(() -> entryPoint.action().accept(users.get(role), scene)))
                        .as("%s on a %s invoice: %s", role, kind, entryPoint.name())
                        .isEqualTo(row.getString(column + 2));
            }
        });
    }

    @Test
    void each_role_is_offered_only_the_subcontracts_it_may_start_an_invoice_on() {
        long project = world.project().id();
        assertThat(details.subcontractsForNewInvoices(users.get(Role.COMMITMENTS_ADMIN), project))
                .extracting(Subcontract::number).containsExactly("SC-1", "SC-2");
        assertThat(details.subcontractsForNewInvoices(users.get(Role.CONTACT), project))
                .extracting(Subcontract::number).containsExactly("SC-1");
        for (Role nobody : List.of(Role.CONTACT_WITHOUT_COMMITMENTS, Role.PRIME_CONTRACTS_ADMIN, Role.VIEWER)) {
            assertThat(details.subcontractsForNewInvoices(users.get(nobody), project)).as(nobody.name()).isEmpty();
        }
        assertThatThrownBy(() -> details.subcontractsForNewInvoices(users.get(Role.OUTSIDER), project))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_prime_contracts_administrator_on_the_private_list_reads_its_approved_invoices() {
        Scene scene = scene(Kind.PRIVATE_APPROVED);
        contracts.makePrivate(secret.id(), Set.of(primeAdmin.id()));
        InvoiceDetail detail = details.detail(primeAdmin.id(), scene.ref());
        assertThat(detail.contractNumber()).isEqualTo("SC-2");
        assertThat(detail.rights()).isEqualTo(InvoiceRights.READ_ONLY);
        assertThat(attachments.file(primeAdmin.id(), scene.attachment().id()).size()).isEqualTo(WAIVER.length);
    }

    @Test
    void a_submitted_invoice_is_closed_to_its_contact_but_its_administrator_may_still_add_a_missing_waiver() {
        Scene scene = scene(Kind.UNDER_REVIEW);
        long contact = users.get(Role.CONTACT);
        long admin = users.get(Role.COMMITMENTS_ADMIN);
        assertThatThrownBy(() -> save(contact, scene)).isExactlyInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("invoice.error.not-now"))
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).isEmpty());

        attachments.upload(admin, scene.ref(), "Receipt.pdf", DocumentType.RECEIPT, RECEIPT);
        assertThatThrownBy(() -> attachments.remove(admin, scene.attachment().id()))
                .isExactlyInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("invoice.error.not-now"));
        assertThat(attachments.attachments(contact, scene.ref())).extracting(Attachment::fileName)
                .containsExactly("Waiver.pdf", "Receipt.pdf");
        assertThat(details.detail(contact, scene.ref()).rights())
                .isEqualTo(new InvoiceRights(false, false, false, false, false, false, true, false, false));
    }

    private List<EntryPoint> entryPoints() {
        return List.of(
                new EntryPoint("open", (user, scene) -> details.detail(user, scene.ref())),
                new EntryPoint("next", (user, scene) -> details.createNext(user, scene.invoice().subcontractId())),
                new EntryPoint("save", this::save),
                new EntryPoint("upload", (user, scene) ->
                        attachments.upload(user, scene.ref(), "Receipt.pdf", DocumentType.RECEIPT, RECEIPT)),
                new EntryPoint("remove", (user, scene) -> attachments.remove(user, scene.attachment().id())),
                new EntryPoint("reorder", (user, scene) ->
                        attachments.reorder(user, scene.ref(), List.of(scene.attachment().id()))),
                new EntryPoint("submit", (user, scene) -> reviews.submit(user, scene.invoice().id())),
                new EntryPoint("review", (user, scene) ->
                        reviews.review(user, scene.invoice().id(), InvoiceStatus.APPROVED_AS_NOTED, "Retainage checked")),
                new EntryPoint("sign", (user, scene) ->
                        reviews.recordSignedDocument(user, scene.invoice().id(), "Signed.pdf", SIGNED)),
                new EntryPoint("download", (user, scene) -> attachments.file(user, scene.attachment().id())));
    }

    private void save(long user, Scene scene) {
        InvoiceDetail before = details.detail(world.admin().id(), scene.ref());
        long line = before.payApplication().rows().getFirst().sovLineId();
        details.save(user, scene.invoice().id(), before.version(), new InvoiceEdit(before.number(), null, null,
                List.of(new InvoiceEdit.LineAmounts(line, Money.of("20.00"), Money.ZERO))));
    }

    /** A fresh invoice of the kind, with one lien waiver attached by the invoice administrator. */
    private Scene scene(Kind kind) {
        Subcontract subcontract = kind == Kind.PRIVATE_APPROVED ? secret : open;
        InvoiceStatus status = switch (kind) {
            case DRAFT -> InvoiceStatus.DRAFT;
            case UNDER_REVIEW -> InvoiceStatus.UNDER_REVIEW;
            case APPROVED, PRIVATE_APPROVED -> InvoiceStatus.APPROVED;
        };
        SubcontractorInvoice invoice = data.invoice(subcontract, null, "I-" + ++invoices, status, "10.00", null);
        Attachment waiver = attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "Waiver.pdf",
                DocumentType.LIEN_WAIVER, WAIVER);
        return new Scene(invoice, waiver);
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (NotFound e) {
            return "not-found";
        } catch (AccessDeniedException e) {
            return "denied";
        } catch (RuleViolation e) {
            // a review refused for the invoice's status names the status and what would allow the move
            return e.messageKey().equals("invoice.error.not-now") || e.messageKey().equals("invoice.error.review-not-now")
                    ? "not-now" : e.messageKey();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
