package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The documents of an invoice are put in the order of the backup, retyped, removed and served. */
@IntegrationTest
class AttachmentArrangementIT {

    private static final byte[] WAIVER = TestFiles.pdf("Conditional lien waiver", 1);
    private static final byte[] PAYROLL = TestFiles.pdf("Certified payroll", 2);
    private static final byte[] RECEIPT = TestFiles.jpeg(64, 48);

    @Autowired
    AttachmentService attachments;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ContractService contracts;
    @Autowired
    DocumentStore documents;
    @Autowired
    ApplicationContext context;

    long admin;
    long contact;
    InvoiceRef invoice;
    Attachment waiver;
    Attachment payroll;
    Attachment receipt;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        admin = world.admin().id();
        contact = world.contact().id();
        var subcontract = contracts.addInvoiceContact(data.subcontract(world, "SC-1", world.subcontractor()).id(), contact);
        invoice = InvoiceRef.subcontractor(data.invoice(subcontract, null, "1-01", InvoiceStatus.DRAFT, "10.00", null).id());
        waiver = attachments.upload(contact, invoice, "Waiver.pdf", DocumentType.LIEN_WAIVER, WAIVER);
        payroll = attachments.upload(contact, invoice, "Payroll.pdf", DocumentType.OTHER, PAYROLL);
        receipt = attachments.upload(admin, invoice, "Receipt.jpg", DocumentType.RECEIPT, RECEIPT);
    }

    @Test
    void the_order_given_is_the_order_kept_and_a_list_that_does_not_name_each_once_is_stale() {
        assertThat(attachments.reorder(contact, invoice, List.of(receipt.id(), waiver.id(), payroll.id())))
                .extracting(Attachment::fileName, Attachment::position)
                .containsExactly(tuple("Receipt.jpg", 1), tuple("Waiver.pdf", 2), tuple("Payroll.pdf", 3));

        assertRefused(() -> attachments.reorder(contact, invoice, List.of(waiver.id(), receipt.id())), "error.stale");
        assertRefused(() -> attachments.reorder(contact, invoice, List.of(waiver.id(), receipt.id(), receipt.id())),
                "error.stale");
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName)
                .containsExactly("Receipt.jpg", "Waiver.pdf", "Payroll.pdf");
    }

    @Test
    void a_document_type_chosen_wrongly_can_be_corrected() {
        assertThat(attachments.retype(contact, payroll.id(), DocumentType.CERTIFIED_PAYROLL).documentType())
                .isEqualTo(DocumentType.CERTIFIED_PAYROLL);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::documentType)
                .containsExactly(DocumentType.LIEN_WAIVER, DocumentType.CERTIFIED_PAYROLL, DocumentType.RECEIPT);
    }

    @Test
    void a_removed_document_leaves_the_invoice_and_the_store_and_may_be_attached_again() {
        attachments.remove(contact, waiver.id());

        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName)
                .containsExactly("Payroll.pdf", "Receipt.jpg");
        assertThat(invoices.subcontractorInvoice(admin, invoice.id()).attachmentCount()).isEqualTo(2);
        assertThat(documents.exists(waiver.storageKey())).isFalse();
        assertThat(documents.exists(payroll.storageKey())).isTrue();
        assertThatThrownBy(() -> attachments.file(admin, waiver.id())).isInstanceOf(NotFound.class);

        attachments.upload(contact, invoice, "Waiver again.pdf", DocumentType.LIEN_WAIVER, WAIVER);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName)
                .containsExactly("Payroll.pdf", "Receipt.jpg", "Waiver again.pdf");
        assertThat(invoices.subcontractorInvoice(admin, invoice.id()).attachmentCount()).isEqualTo(3);
    }

    @Test
    void a_stored_file_is_served_with_its_name_media_type_and_size() throws IOException {
        StoredFile file = attachments.file(contact, receipt.id());
        assertThat(file.fileName()).isEqualTo("Receipt.jpg");
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.size()).isEqualTo(RECEIPT.length);
        assertThat(file.content().getContentAsByteArray()).isEqualTo(RECEIPT);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
