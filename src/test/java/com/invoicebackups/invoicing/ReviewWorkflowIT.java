package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** An invoice from its start in the open period through review and signature, with the mail it causes. */
@IntegrationTest
class ReviewWorkflowIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    InvoiceDetailService details;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    ContractService contracts;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    DocumentStore documents;
    @Autowired
    AttachmentService attachments;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract subcontract;
    long admin;
    long contact;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        contact = world.contact().id();
        subcontract = contracts.addInvoiceContact(data.subcontract(world, "SC-1", world.subcontractor()).id(), contact);
        data.invoice(subcontract, data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED), "SC-1-01",
                InvoiceStatus.APPROVED, "30000.00", null);
    }

    @Test
    void the_next_invoice_starts_in_the_open_period_at_zero_with_earlier_work_carried_forward() {
        assertRefused(() -> details.createNext(contact, subcontract.id()), "invoice.error.no-open-period");
        BillingPeriod february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);

        SubcontractorInvoice next = details.createNext(contact, subcontract.id());
        assertThat(next).extracting(SubcontractorInvoice::billingPeriodId, SubcontractorInvoice::position,
                        SubcontractorInvoice::number, SubcontractorInvoice::status, SubcontractorInvoice::billingDate)
                .containsExactly(february.id(), 2, "SC-1-02", InvoiceStatus.DRAFT, february.endDate());
        InvoiceDetail detail = details.detail(contact, ref(next));
        assertThat(detail.createdBy()).isEqualTo(world.contact().displayName());
        assertThat(detail.payApplication().rows())
                .extracting(PayApplication.Row::fromPrevious, PayApplication.Row::thisPeriod, PayApplication.Row::materialsStored)
                .containsExactly(tuple(Money.of("30000.00"), Money.ZERO, Money.ZERO), tuple(Money.ZERO, Money.ZERO, Money.ZERO));
        assertRefused(() -> details.createNext(admin, subcontract.id()), "invoice.error.period-taken");
    }

    @Test
    void lines_that_cannot_be_billed_are_reported_per_line_and_nothing_is_saved() {
        InvoiceDetail before = nextInvoice();
        long labor = before.payApplication().rows().get(0).sovLineId();
        long materials = before.payApplication().rows().get(1).sovLineId();

        assertThatThrownBy(() -> details.save(contact, before.ref().id(), before.version(), new InvoiceEdit(
                "SC-1-02 rev", null, "Everything", List.of(line(labor, "70000.01", "0"), line(materials, "-1.00", "0")))))
                .isInstanceOfSatisfying(LinesRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(labor, "invoice.line.beyond-scheduled",
                                materials, "invoice.line.negative")));
        assertThatThrownBy(() -> details.save(contact, before.ref().id(), before.version(), new InvoiceEdit(
                "SC-1-02", null, null, List.of(line(labor, "70000.00", "0"), line(materials, "0", "-0.01")))))
                .isInstanceOfSatisfying(LinesRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactlyEntriesOf(Map.of(materials, "invoice.line.negative")));

        InvoiceDetail after = details.detail(contact, before.ref());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.number()).isEqualTo("SC-1-02");
        assertThat(after.comment()).isNull();
        assertThat(after.payApplication()).isEqualTo(before.payApplication());
    }

    @Test
    void a_save_needs_the_version_it_was_typed_on_and_a_preview_saves_nothing() {
        InvoiceDetail before = nextInvoice();
        long labor = before.payApplication().rows().get(0).sovLineId();
        PayApplication preview = details.preview(contact, before.ref().id(), List.of(line(labor, "2500.00", "0")));
        assertThat(preview.summary().workThisPeriod()).isEqualTo(Money.of("2500.00"));
        assertThat(details.detail(contact, before.ref()).payApplication()).isEqualTo(before.payApplication());

        InvoiceEdit edit = new InvoiceEdit(" SC-1-02a ", LocalDate.of(2026, 2, 27), " Labor to date ",
                List.of(line(labor, "70000.00", "0")));
        InvoiceDetail saved = details.save(contact, before.ref().id(), before.version(), edit);
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(saved).extracting(InvoiceDetail::number, InvoiceDetail::comment, InvoiceDetail::billingDate)
                .containsExactly("SC-1-02a", "Labor to date", LocalDate.of(2026, 2, 27));
        assertThat(saved.payApplication().rows().getFirst().completedToDate()).isEqualTo(Money.of("100000.00"));
        assertThat(saved.payApplication().summary())
                .isEqualTo(details.preview(contact, saved.ref().id(), List.of()).summary());

        assertThatThrownBy(() -> details.save(admin, before.ref().id(), before.version(), edit))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("invoice.changed.LINES_SAVED");
                    assertThat(refusal.arguments()[0]).isEqualTo(world.contact().displayName());
                });
        assertThat(details.detail(contact, before.ref()).history())
                .filteredOn(change -> change.what() == InvoiceChange.What.LINES_SAVED)
                .singleElement()
                .satisfies(change -> {
                    assertThat(Money.of(change.from())).isEqualTo(Money.of("0.00"));
                    assertThat(Money.of(change.to())).isEqualTo(Money.of("70000.00"));
                    assertThat(change.changedBy()).isEqualTo(world.contact().displayName());
                });
        assertThat(details.save(contact, before.ref().id(), saved.version(), edit).version())
                .isGreaterThanOrEqualTo(saved.version());
    }

    @Test
    void submitting_dates_the_invoice_records_who_moved_it_and_a_send_back_needs_a_reason() {
        InvoiceDetail draft = nextInvoice();
        SubcontractorInvoice submitted = reviews.submit(contact, draft.ref().id());
        assertThat(submitted.status()).isEqualTo(InvoiceStatus.UNDER_REVIEW);
        assertThat(submitted.submittedDate()).isEqualTo(LocalDate.now(clock));

        assertRefused(() -> reviews.review(admin, draft.ref().id(), InvoiceStatus.REVISE_AND_RESUBMIT, null),
                "invoice.error.reason-required");
        assertRefused(() -> reviews.review(admin, draft.ref().id(), InvoiceStatus.REVISE_AND_RESUBMIT, "  "),
                "invoice.error.reason-required");
        reviews.review(admin, draft.ref().id(), InvoiceStatus.REVISE_AND_RESUBMIT, " Lien waiver missing ");

        InvoiceDetail returned = details.detail(contact, draft.ref());
        assertThat(returned.status()).isEqualTo("REVISE_AND_RESUBMIT");
        assertThat(returned.submittedDate()).isEqualTo(LocalDate.now(clock));
        assertThat(returned.reviewNote()).isEqualTo("Lien waiver missing");
        assertThat(returned.history()).extracting(InvoiceChange::signature, InvoiceChange::changedBy, InvoiceChange::from,
                InvoiceChange::to, InvoiceChange::note).containsExactly(
                tuple(false, world.admin().displayName(), "UNDER_REVIEW", "REVISE_AND_RESUBMIT", "Lien waiver missing"),
                tuple(false, world.contact().displayName(), "DRAFT", "UNDER_REVIEW", null));
        assertThat(returned.rights().submit()).isTrue();
    }

    @Test
    void a_decision_on_many_invoices_moves_those_it_can_and_reports_the_others() {
        SubcontractorInvoice submitted = data.invoice(subcontract, null, "SC-1-02", InvoiceStatus.UNDER_REVIEW, "10.00", null);
        SubcontractorInvoice draft = data.invoice(subcontract, null, "SC-1-03", InvoiceStatus.DRAFT, "10.00", null);
        List<Long> both = List.of(submitted.id(), draft.id());
        assertThatThrownBy(() -> reviews.reviewAll(contact, world.project().id(), both, InvoiceStatus.APPROVED, null))
                .isInstanceOf(AccessDeniedException.class);

        BulkStatusResult result = reviews.reviewAll(admin, world.project().id(), both, InvoiceStatus.APPROVED, null);
        assertThat(result.moved()).isEqualTo(1);
        assertThat(result.refused()).singleElement().satisfies(refusal -> {
            assertThat(refusal.invoiceNumber()).isEqualTo("SC-1-03");
            assertThat(refusal.messageKey()).isEqualTo("invoice.error.review-not-now");
            assertThat(words(refusal.messageKey(), refusal.arguments())).isEqualTo("It is Draft; only an invoice that"
                    + " is Under review, Pending owner approval or Approved as noted can be set to Approved.");
        });
        assertThat(details.detail(admin, ref(submitted)).status()).isEqualTo("APPROVED");
        assertThat(details.detail(admin, ref(draft)).status()).isEqualTo("DRAFT");
    }

    @Test
    void a_decision_on_an_invoice_someone_else_moved_since_it_was_seen_changes_nothing_and_says_who_moved_it() {
        long second = secondAdministrator();
        SubcontractorInvoice invoice = data.invoice(subcontract, null, "SC-1-02", InvoiceStatus.UNDER_REVIEW, "10.00", null);
        reviews.review(admin, invoice.id(), InvoiceStatus.UNDER_REVIEW, InvoiceStatus.APPROVED, null);

        assertThatThrownBy(() -> reviews.review(second, invoice.id(), InvoiceStatus.UNDER_REVIEW,
                InvoiceStatus.REVISE_AND_RESUBMIT, "Waiver missing"))
                .isInstanceOfSatisfying(StatusChanged.class, changed -> assertThat(words(changed.messageKey(),
                        changed.arguments())).startsWith("An invoice was changed by someone else after you opened this,"
                        + " so nothing was changed. SC-1-02 is now Approved: " + world.admin().displayName()
                        + " changed it from Under review on ").endsWith(" Look again, then decide."));
        assertThat(details.detail(admin, ref(invoice)).status()).isEqualTo("APPROVED");
        assertThat(details.detail(admin, ref(invoice)).history()).hasSize(1);
    }

    @Test
    void two_administrators_deciding_on_the_same_invoices_at_once_take_turns_and_the_second_moves_none() throws Exception {
        long second = secondAdministrator();
        List<SubcontractorInvoice> submitted = List.of(
                data.invoice(subcontract, null, "SC-1-02", InvoiceStatus.UNDER_REVIEW, "10.00", null),
                data.invoice(subcontract, null, "SC-1-03", InvoiceStatus.UNDER_REVIEW, "10.00", null),
                data.invoice(subcontract, null, "SC-1-04", InvoiceStatus.UNDER_REVIEW, "10.00", null));
        Map<Long, InvoiceStatus> seen = reviews.statuses(admin, world.project().id(),
                submitted.stream().map(SubcontractorInvoice::id).toList());
        long projectId = world.project().id();

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Object> approving = threads.submit(() -> decide(start,
                    () -> reviews.reviewAll(admin, projectId, seen, InvoiceStatus.APPROVED, null)));
            java.util.concurrent.Future<Object> returning = threads.submit(() -> decide(start,
                    () -> reviews.reviewAll(second, projectId, seen, InvoiceStatus.REVISE_AND_RESUBMIT, "Waiver missing")));
            Object approved = approving.get(60, java.util.concurrent.TimeUnit.SECONDS);
            Object returned = returning.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(List.of(approved, returned)).filteredOn(StatusChanged.class::isInstance).hasSize(1);
            boolean approvalWon = approved instanceof BulkStatusResult;
            BulkStatusResult won = (BulkStatusResult) (approvalWon ? approved : returned);
            StatusChanged lost = (StatusChanged) (approvalWon ? returned : approved);
            assertThat(won.moved()).isEqualTo(3);
            String winner = approvalWon ? world.admin().displayName() : companies.user(second).displayName();
            String now = approvalWon ? "Approved" : "Revise and resubmit";
            assertThat(lost.changes()).hasSize(3).allSatisfy(change -> assertThat(words(change.key(), change.arguments()))
                    .contains(" is now " + now + ": " + winner + " changed it from Under review on "));
            assertThat(submitted).allSatisfy(invoice -> {
                assertThat(details.detail(admin, ref(invoice)).status())
                        .isEqualTo(approvalWon ? "APPROVED" : "REVISE_AND_RESUBMIT");
                assertThat(details.detail(admin, ref(invoice)).history()).hasSize(1);
            });
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits for the other administrator, then decides; returns the result or the refusal. */
    private static Object decide(java.util.concurrent.CyclicBarrier start,
                                 java.util.function.Supplier<BulkStatusResult> decision) throws Exception {
        start.await(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            return decision.get();
        } catch (StatusChanged changed) {
            return changed;
        }
    }

    private long secondAdministrator() {
        var second = data.user("second-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                companies.company(world.admin().companyId()));
        projects.addMember(world.project().id(), second.id(), Permission.ADMIN, Permission.ADMIN);
        return second.id();
    }

    private static String words(String key, Object... arguments) {
        return new com.invoicebackups.terminology.Dictionaries().named("gc").get(key, arguments);
    }

    @Test
    void every_change_to_an_invoices_documents_is_in_its_history_with_who_and_when_also_after_approval() {
        SubcontractorInvoice draft = data.invoice(subcontract, null, "SC-1-02", InvoiceStatus.DRAFT, "10.00", null);
        Attachment notes = attachments.upload(contact, ref(draft), "Notes.pdf", null, TestFiles.pdf("Notes", 1));
        attachments.remove(contact, notes.id());
        reviews.submit(contact, draft.id());
        reviews.review(admin, draft.id(), InvoiceStatus.APPROVED, null);

        Attachment waiver = attachments.upload(admin, ref(draft), "Waiver.pdf", DocumentType.LIEN_WAIVER,
                TestFiles.pdf("Waiver", 1));
        Attachment payroll = attachments.upload(admin, ref(draft), "Payroll.pdf", DocumentType.CERTIFIED_PAYROLL,
                TestFiles.pdf("Payroll", 1));
        attachments.retype(admin, waiver.id(), DocumentType.UNCONDITIONAL_LIEN_WAIVER);
        attachments.reorder(admin, ref(draft), List.of(payroll.id(), waiver.id()));

        String adminName = world.admin().displayName();
        String contactName = world.contact().displayName();
        List<InvoiceChange> history = details.detail(admin, ref(draft)).history();
        assertThat(history).extracting(InvoiceChange::what, InvoiceChange::document, InvoiceChange::from,
                InvoiceChange::to, InvoiceChange::changedBy).containsExactly(
                tuple(InvoiceChange.What.DOCUMENTS_REORDERED, null, null, null, adminName),
                tuple(InvoiceChange.What.DOCUMENT_RETYPED, "Waiver.pdf", "LIEN_WAIVER", "UNCONDITIONAL_LIEN_WAIVER",
                        adminName),
                tuple(InvoiceChange.What.DOCUMENT_ADDED, "Payroll.pdf", null, "CERTIFIED_PAYROLL", adminName),
                tuple(InvoiceChange.What.DOCUMENT_ADDED, "Waiver.pdf", null, "LIEN_WAIVER", adminName),
                tuple(InvoiceChange.What.STATUS, null, "UNDER_REVIEW", "APPROVED", adminName),
                tuple(InvoiceChange.What.STATUS, null, "DRAFT", "UNDER_REVIEW", contactName),
                tuple(InvoiceChange.What.DOCUMENT_REMOVED, "Notes.pdf", null, null, contactName),
                tuple(InvoiceChange.What.DOCUMENT_ADDED, "Notes.pdf", null, null, contactName));
        assertThat(history.getFirst().note()).isEqualTo("1. Payroll.pdf\n2. Waiver.pdf");
        assertThat(history).allSatisfy(change -> assertThat(change.changedAt()).isNotNull());
    }

    @Test
    void a_signature_is_sent_declined_sent_again_and_completed_with_a_signed_pdf_only() throws Exception {
        long id = nextInvoice().ref().id();
        assertThat(reviews.sendForSignature(admin, id).signatureStatus()).isEqualTo(SignatureStatus.SENT);
        assertRefused(() -> reviews.sendForSignature(admin, id), "invoice.error.not-now");
        assertThat(reviews.declineSignature(contact, id).signatureStatus()).isEqualTo(SignatureStatus.DECLINED);
        assertThat(reviews.sendForSignature(admin, id).signatureStatus()).isEqualTo(SignatureStatus.SENT);

        assertRefused(() -> reviews.recordSignedDocument(contact, id, "Signed.jpg", TestFiles.jpeg(60, 80)),
                "invoice.error.signed-not-pdf");
        assertRefused(() -> reviews.recordSignedDocument(contact, id, "Signed.pdf", TestFiles.userPasswordPdf("x")),
                "invoice.error.signed-not-pdf");
        byte[] pdf = TestFiles.pdf("Signed invoice", 2);
        SubcontractorInvoice signed = reviews.recordSignedDocument(contact, id, "Signed.pdf", pdf);
        assertThat(signed.signatureStatus()).isEqualTo(SignatureStatus.COMPLETED);
        try (InputStream stored = documents.open(signed.signedDocumentKey())) {
            assertThat(stored.readAllBytes()).isEqualTo(pdf);
        }
        assertRefused(() -> reviews.recordSignedDocument(contact, id, "Again.pdf", TestFiles.pdf("Again", 1)),
                "invoice.error.not-now");
        assertRefused(() -> reviews.declineSignature(contact, id), "invoice.error.not-now");

        assertThat(details.detail(contact, ref(signed)).history()).allMatch(InvoiceChange::signature)
                .extracting(InvoiceChange::from, InvoiceChange::to).containsExactly(tuple("SENT", "COMPLETED"),
                        tuple("DECLINED", "SENT"), tuple("SENT", "DECLINED"), tuple("NONE", "SENT"));
    }

    @Test
    void submitting_mails_the_invoice_administrators_and_sending_back_mails_the_contacts_the_reason() throws Exception {
        var gc = companies.company(world.project().companyId());
        var secondAdmin = data.user("second-admin-" + world.project().number(), gc);
        projects.addMember(world.project().id(), secondAdmin.id(), Permission.ADMIN, Permission.NONE);
        long id = nextInvoice().ref().id();

        reviews.submit(contact, id);
        List<MimeMessage> submitted = mailsTo(world.admin().email(), secondAdmin.email());
        assertThat(submitted).extracting(MimeMessage::getSubject).containsOnly("Invoice SC-1-02 of SC-1 submitted for review");
        assertThat(GreenMailUtil.getBody(submitted.getFirst())).contains(world.contact().displayName())
                .contains("http://invoices.example/projects/" + world.project().id() + "/invoices/" + id);

        reviews.review(admin, id, InvoiceStatus.REVISE_AND_RESUBMIT, "The March lien waiver is missing.");
        MimeMessage returned = mailsTo(world.contact().email()).getFirst();
        assertThat(returned.getSubject()).isEqualTo("Invoice SC-1-02 of SC-1 needs revision");
        assertThat(GreenMailUtil.getBody(returned)).contains("The March lien waiver is missing.")
                .contains(world.admin().displayName());
        assertThat(mailsTo()).extracting(ReviewWorkflowIT::recipient)
                .containsExactlyInAnyOrder(world.admin().email(), secondAdmin.email(), world.contact().email());
    }

    /** This world's mails, once each address has one; they are sent after the commit, on a thread of their own. */
    private List<MimeMessage> mailsTo(String... addresses) {
        List<String> wanted = List.of(addresses);
        String tag = world.project().number().substring(2);
        AtomicReference<List<MimeMessage>> ours = new AtomicReference<>();
        // the first look at once: with no address given, the mails there are now
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    ours.set(Arrays.stream(smtp.getReceivedMessages())
                            .filter(message -> recipient(message).contains(tag))
                            .filter(message -> wanted.isEmpty() || wanted.contains(recipient(message))).toList());
                    assertThat(ours.get()).extracting(ReviewWorkflowIT::recipient)
                            .hasSizeGreaterThanOrEqualTo(wanted.size());
                });
        return ours.get();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private InvoiceDetail nextInvoice() {
        data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        return details.detail(contact, ref(details.createNext(contact, subcontract.id())));
    }

    private static InvoiceEdit.LineAmounts line(long sovLineId, String thisPeriod, String materialsStored) {
        return new InvoiceEdit.LineAmounts(sovLineId, Money.of(thisPeriod), Money.of(materialsStored));
    }

    private static InvoiceRef ref(SubcontractorInvoice invoice) {
        return InvoiceRef.subcontractor(invoice.id());
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
