package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.shared.RuleViolation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every upload is hostile until its content says otherwise. */
@IntegrationTest
class AttachmentServiceIT {

    @Autowired
    AttachmentService attachments;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    DocumentStore documents;
    @Autowired
    ApplicationContext context;

    TestData.World world;
    InvoiceRef invoice;
    long admin;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        invoice = InvoiceRef.subcontractor(data.invoice(subcontract, null, "1-01", InvoiceStatus.DRAFT, "10.00", null).id());
    }

    @Test
    void a_pdf_is_stored_with_its_hash_and_counted_on_the_invoice() throws Exception {
        byte[] pdf = TestFiles.pdf("Lien waiver", 2);
        Attachment stored = attachments.upload(admin, invoice, "Lien waiver.pdf", DocumentType.LIEN_WAIVER, pdf);
        assertThat(stored.inspection()).isEqualTo(FileInspection.PDF);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).hasSize(64);
        assertThat(stored.position()).isEqualTo(1);
        try (InputStream in = documents.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        Attachment second = attachments.upload(admin, invoice, "Receipt.jpg", DocumentType.RECEIPT, TestFiles.jpeg(40, 30));
        assertThat(second.inspection()).isEqualTo(FileInspection.IMAGE);
        assertThat(second.position()).isEqualTo(2);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName)
                .containsExactly("Lien waiver.pdf", "Receipt.jpg");
        assertThat(grid.page(admin, world.project().id(), InvoiceFilter.NONE, java.util.List.of(), 0, 1).getFirst()
                .attachmentCount()).isEqualTo(2);
    }

    @Test
    void encrypted_damaged_and_foreign_files_are_kept_but_marked_for_the_preflight() {
        assertThat(upload("Protected.pdf", TestFiles.userPasswordPdf("secret")).inspection())
                .isEqualTo(FileInspection.PDF_ENCRYPTED);
        assertThat(upload("Permissions only.pdf", TestFiles.ownerPasswordPdf("readable")).inspection())
                .isEqualTo(FileInspection.PDF);
        byte[] pdf = TestFiles.pdf("Payroll", 1);
        byte[] truncated = Arrays.copyOf(pdf, 60);
        assertThat(upload("Truncated.pdf", truncated).inspection()).isEqualTo(FileInspection.PDF_DAMAGED);
        assertThat(upload("Material log.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).inspection())
                .isEqualTo(FileInspection.NOT_MERGEABLE);
    }

    @Test
    void hostile_uploads_are_refused_with_a_clear_reason_and_nothing_is_kept() {
        assertRefused("Empty.pdf", new byte[0], "attachment.error.empty");
        assertRefused("Notes.pdf", "just text".getBytes(StandardCharsets.UTF_8), "attachment.error.mismatch");
        assertRefused("Photo.png", TestFiles.jpeg(10, 10), "attachment.error.mismatch");
        assertRefused("Huge.csv", new byte[300_000], "attachment.error.too-large");
        assertRefused("../escape.pdf", TestFiles.pdf("x", 1), "attachment.error.name");
        byte[] pdf = TestFiles.pdf("Waiver", 1);
        upload("Waiver.pdf", pdf);
        assertRefused("Waiver copy.pdf", pdf, "attachment.error.duplicate");
        assertThat(attachments.attachments(admin, invoice)).hasSize(1);
    }

    @Test
    void a_member_who_may_not_see_the_invoice_cannot_attach_to_it() {
        assertThatThrownBy(() -> attachments.upload(world.viewer().id(), invoice, "x.pdf", DocumentType.OTHER,
                TestFiles.pdf("x", 1))).isInstanceOf(RuleViolation.class);
    }

    private Attachment upload(String name, byte[] content) {
        return attachments.upload(admin, invoice, name, DocumentType.OTHER, content);
    }

    private void assertRefused(String name, byte[] content, String messageKey) {
        assertThatThrownBy(() -> upload(name, content))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
