package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.shared.RuleViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refused upload, from memory or from a received file, leaves neither a stored file nor a row; an accepted
 * one is judged exactly as the backup engine judges the same bytes.
 */
@IntegrationTest
class UploadRefusalIT {

    private static final byte[] WAIVER = TestFiles.pdf("Conditional lien waiver", 1);

    @Autowired
    AttachmentService attachments;
    @Autowired
    InvoiceService invoices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Value("${invoicebackups.documents.dir}")
    Path documentFolder;
    @TempDir
    Path received;

    long admin;
    InvoiceRef invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        admin = world.admin().id();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        invoice = InvoiceRef.subcontractor(data.invoice(subcontract, null, "1-01", InvoiceStatus.DRAFT, "10.00", null).id());
        attachments.upload(admin, invoice, "Waiver.pdf", DocumentType.LIEN_WAIVER, WAIVER);
    }

    static Stream<Arguments> refusals() {
        LongFunction<byte[]> pdf = limit -> TestFiles.pdf("Payroll", 1);
        return Stream.of(
                arguments("one byte over the size limit", "Material log.csv", (LongFunction<byte[]>) limit -> csv(limit + 1),
                        "attachment.error.too-large"),
                arguments("text named as a PDF", "Notes.pdf",
                        (LongFunction<byte[]>) limit -> "just some notes".getBytes(StandardCharsets.UTF_8),
                        "attachment.error.mismatch"),
                arguments("a PDF named as a JPEG", "Photo.jpg", pdf, "attachment.error.mismatch"),
                arguments("the content of a file already on the invoice", "Waiver copy.pdf",
                        (LongFunction<byte[]>) limit -> WAIVER, "attachment.error.duplicate"),
                arguments("an empty file", "Empty.pdf", (LongFunction<byte[]>) limit -> new byte[0],
                        "attachment.error.empty"),
                arguments("a control character in the name", "waiver\u0007.pdf", pdf, "attachment.error.name"),
                arguments("a slash in the name", "lien/waiver.pdf", pdf, "attachment.error.name"),
                arguments("a backslash in the name", "..\\waiver.pdf", pdf, "attachment.error.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_refused_upload_leaves_neither_a_stored_file_nor_a_row(String what, String fileName, LongFunction<byte[]> content,
                                                                 String messageKey) throws IOException {
        byte[] bytes = content.apply(attachments.maxBytes());
        Path file = Files.write(received.resolve("upload.part"), bytes);
        Set<Path> storedBefore = storedFiles();

        assertRefused(() -> attachments.upload(admin, invoice, fileName, DocumentType.OTHER, bytes), messageKey);
        assertRefused(() -> attachments.upload(admin, invoice, fileName, DocumentType.OTHER, file), messageKey);

        assertThat(storedFiles()).isEqualTo(storedBefore);
        assertThat(rows()).isEqualTo(1);
        assertThat(invoices.subcontractorInvoice(admin, invoice.id()).attachmentCount()).isEqualTo(1);
        assertThat(attachments.attachments(admin, invoice)).extracting(Attachment::fileName).containsExactly("Waiver.pdf");
    }

    @Test
    void a_file_of_exactly_the_size_limit_is_accepted() throws IOException {
        assertThat(attachments.maxBytes()).isEqualTo(200_000);
        Attachment log = accepted("Material log.csv", csv(attachments.maxBytes()));
        assertThat(log.sizeBytes()).isEqualTo(attachments.maxBytes());
        assertThat(log.inspection()).isEqualTo(FileInspection.NOT_MERGEABLE);
    }

    @Test
    void a_password_protected_pdf_is_kept_and_marked_so_the_preflight_can_warn() throws IOException {
        byte[] bytes = TestFiles.userPasswordPdf("Certified payroll");
        SourceJudge.Verdict engine = engineVerdict("Payroll.pdf", bytes);
        Attachment payroll = accepted("Payroll.pdf", bytes);
        assertThat(payroll.inspection()).isEqualTo(FileInspection.PDF_ENCRYPTED);
        assertThat(payroll.mediaType()).isEqualTo("application/pdf");
        assertThat(payroll.verdictKey()).isEqualTo(engine.reasonKey()).isEqualTo("backup.reason.password");
    }

    @Test
    void a_pdf_with_a_broken_cross_reference_table_is_judged_at_upload_as_the_backup_will_judge_it() throws IOException {
        String whole = new String(TestFiles.pdf("Broken cross-reference", 2), StandardCharsets.ISO_8859_1);
        String broken = whole.substring(0, whole.lastIndexOf("startxref")) + "startxref\n999999\n%%EOF\n";
        byte[] bytes = broken.getBytes(StandardCharsets.ISO_8859_1);
        SourceJudge.Verdict engine = engineVerdict("Broken.pdf", bytes);
        assertThat(engine.outcome()).isEqualTo(SourceJudge.Outcome.REPAIRED);
        assertJudgedAlike(accepted("Broken.pdf", bytes), engine);
    }

    @Test
    void a_pdf_cut_short_is_judged_at_upload_as_the_backup_will_judge_it() throws IOException {
        byte[] whole = TestFiles.pdf("Cut short", 3);
        byte[] bytes = Arrays.copyOf(whole, whole.length * 2 / 3);
        SourceJudge.Verdict engine = engineVerdict("Cut short.pdf", bytes);
        assertThat(engine.outcome()).isIn(SourceJudge.Outcome.REPAIRED, SourceJudge.Outcome.LEFT_OUT);
        assertJudgedAlike(accepted("Cut short.pdf", bytes), engine);
    }

    private static void assertJudgedAlike(Attachment attachment, SourceJudge.Verdict engine) {
        assertThat(attachment.inspection()).isEqualTo(engine.outcome() == SourceJudge.Outcome.REPAIRED
                ? FileInspection.PDF_REPAIRED : FileInspection.PDF_DAMAGED);
        assertThat(attachment.verdictKey()).isEqualTo(engine.reasonKey());
        assertThat(attachment.sha256()).isEqualTo(engine.sha256());
    }

    private SourceJudge.Verdict engineVerdict(String fileName, byte[] bytes) throws IOException {
        return new SourceJudge().judge(Files.write(received.resolve("judged.part"), bytes), fileName);
    }

    /** Uploads from a received file and checks that exactly it was stored and counted. */
    private Attachment accepted(String fileName, byte[] bytes) throws IOException {
        Set<Path> storedBefore = storedFiles();
        Attachment attachment = attachments.upload(admin, invoice, fileName, DocumentType.OTHER,
                Files.write(received.resolve("upload.part"), bytes));
        Set<Path> added = storedFiles();
        added.removeAll(storedBefore);
        assertThat(added).hasSize(1);
        assertThat(Files.readAllBytes(added.iterator().next())).isEqualTo(bytes);
        assertThat(attachment.sha256()).isEqualTo(sha256(bytes));
        assertThat(rows()).isEqualTo(2);
        assertThat(invoices.subcontractorInvoice(admin, invoice.id()).attachmentCount()).isEqualTo(2);
        return attachment;
    }

    private void assertRefused(Runnable upload, String messageKey) {
        assertThatThrownBy(upload::run).isExactlyInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }

    private long rows() {
        return jdbc.sql("select count(*) from attachment where subcontractor_invoice_id = ?").param(invoice.id())
                .query(Long.class).single();
    }

    private Set<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(documentFolder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static byte[] csv(long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        Arrays.fill(bytes, (byte) '7');
        for (int i = 9; i < bytes.length; i += 10) {
            bytes[i] = i % 20 == 19 ? (byte) '\n' : (byte) ',';
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
