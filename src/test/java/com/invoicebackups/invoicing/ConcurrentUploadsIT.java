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
    ApplicationContext context;

    long admin;
    long projectId;
    InvoiceRef invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        admin = world.admin().id();
        projectId = world.project().id();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
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
}
