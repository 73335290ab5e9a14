package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Files dropped together on one invoice are all kept, one after the other, without tripping over each other. */
@IntegrationTest
class ConcurrentUploadsIT {

    static final int FILES = 10;

    @Autowired
    AttachmentService attachments;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    com.invoicebackups.contract.ContractService contracts;
    @Autowired
    com.invoicebackups.document.DocumentStore store;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    long admin;
    long contact;
    String adminName;
    long projectId;
    InvoiceRef invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        admin = world.admin().id();
        projectId = world.project().id();
        contact = world.contact().id();
        adminName = world.admin().displayName();
        var subcontract = contracts.addInvoiceContact(data.subcontract(world, "SC-1", world.subcontractor()).id(), contact);
        invoice = InvoiceRef.subcontractor(data.invoice(subcontract, null, "1-01", InvoiceStatus.DRAFT, "10.00", null).id());
    }

    @Test
    void files_uploaded_at_once_to_one_invoice_are_all_stored_in_arrival_order() throws Exception {
        long versionBefore = details.detail(admin, invoice).version();
        CyclicBarrier together = new CyclicBarrier(FILES);
        List<Future<Attachment>> uploads = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(FILES)) {
            for (int i = 1; i <= FILES; i++) {
                byte[] pdf = TestFiles.pdf("Document " + i, 1);
                String name = "Document " + i + ".pdf";
                uploads.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return attachments.upload(admin, invoice, name, DocumentType.OTHER, pdf);
                }));
            }
            List<Attachment> stored = new ArrayList<>();
            for (Future<Attachment> upload : uploads) {
                stored.add(upload.get(120, TimeUnit.SECONDS));
            }
            assertThat(stored).extracting(Attachment::position).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, FILES).boxed().toList());
            // arrival order: the file that got in first (the lower id) has the earlier position
            assertThat(stored.stream().sorted(Comparator.comparing(Attachment::id)).map(Attachment::position).toList())
                    .isSorted();
        }
        InvoiceDetail after = details.detail(admin, invoice);
        assertThat(after.attachments()).hasSize(FILES);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, FILES).boxed().toList());
        // the invoice's own optimistic lock guards its lines and status; documents added do not trip it
        assertThat(after.version()).isEqualTo(versionBefore);
        details.save(admin, invoice.id(), versionBefore, new InvoiceEdit("1-01", null, "after the uploads", List.of()));
    }

    @Test
    void removing_and_adding_documents_keeps_the_count_and_leaves_the_invoice_version_alone() {
        Attachment first = attachments.upload(admin, invoice, "First.pdf", DocumentType.OTHER, TestFiles.pdf("First", 1));
        long versionBefore = details.detail(admin, invoice).version();
        attachments.remove(admin, first.id());
        Attachment next = attachments.upload(admin, invoice, "Next.pdf", DocumentType.OTHER, TestFiles.pdf("Next", 1));
        assertThat(next.position()).isEqualTo(1);
        assertThat(grid.page(admin, projectId, InvoiceFilter.NONE, List.of(), 0, 1).getFirst().attachmentCount()).isEqualTo(1);
        assertThat(details.detail(admin, invoice).version()).isEqualTo(versionBefore);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName).containsExactly("Next.pdf");
    }

    @Test
    void the_contact_uploading_while_the_administrator_moves_the_invoice_on_either_gets_in_first_or_is_told_who_moved_it()
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(FILES + 1);
        List<Future<String>> uploads = new ArrayList<>();
        Future<?> review;
        try (ExecutorService threads = Executors.newFixedThreadPool(FILES + 1)) {
            for (int i = 1; i <= FILES; i++) {
                byte[] pdf = TestFiles.pdf("Receipt " + i, 1);
                String name = "Receipt " + i + ".pdf";
                uploads.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        attachments.upload(contact, invoice, name, DocumentType.RECEIPT, pdf);
                        return "stored";
                    } catch (com.invoicebackups.shared.RuleViolation refused) {
                        return refused.messageKey() + " " + java.util.Arrays.toString(refused.arguments());
                    }
                }));
            }
            review = threads.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return reviews.submit(admin, invoice.id());
            });
            review.get(120, TimeUnit.SECONDS);
            List<String> outcomes = new ArrayList<>();
            for (Future<String> upload : uploads) {
                outcomes.add(upload.get(120, TimeUnit.SECONDS));
            }
            long stored = outcomes.stream().filter("stored"::equals).count();
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).satisfiesAnyOf(
                    o -> assertThat(o).isEqualTo("stored"),
                    o -> assertThat(o).startsWith("invoice.changed.UNDER_REVIEW [" + adminName + ", At[")));
            // nothing half-applied: each stored file has its row and its place, each refused one left nothing behind
            assertThat(attachments.attachments(admin, invoice)).hasSize((int) stored).extracting(Attachment::position)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, (int) stored).boxed().toList());
            assertThat(grid.page(admin, projectId, InvoiceFilter.NONE, List.of(), 0, 1).getFirst().attachmentCount())
                    .isEqualTo((int) stored);
        }
        // once it has moved on, a contact's upload says who moved it, when, and that nothing was kept
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(com.invoicebackups.shared.RuleViolation.class,
                () -> attachments.upload(contact, invoice, "Late.pdf", DocumentType.OTHER, TestFiles.pdf("Late", 1))))
                .satisfies(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("invoice.changed.UNDER_REVIEW");
                    assertThat(refused.arguments()[0]).isEqualTo(adminName);
                });
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName).doesNotContain("Late.pdf");
    }
}
