package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sealed backup, judged by an independent reader (poppler's pdfsig) as well as by iText. */
class SealedBackupTest {

    private static final String PASSWORD = "seal-test";

    @TempDir
    Path folder;
    Path keystore;
    Path input;

    @BeforeEach
    void keystoreAndInvoices() throws IOException, GeneralSecurityException {
        keystore = folder.resolve("keystone.p12");
        PackageSeal.createSelfSigned(keystore, PASSWORD.toCharArray(), "Keystone Builders Inc.", Instant.now());
        input = Files.createDirectories(folder.resolve("input"));
        for (String name : new String[] {"SC-1", "SC-2"}) {
            Path invoice = Files.createDirectories(input.resolve(name));
            Files.write(invoice.resolve(CompileCommand.INVOICE_FILE), TestFiles.pdf(name + " invoice", 2));
            Files.write(invoice.resolve("waiver.pdf"), TestFiles.pdf(name + " waiver", 1));
        }
    }

    @Test
    void the_signature_is_valid_covers_the_whole_file_shows_on_the_cover_and_breaks_when_a_byte_changes()
            throws Exception {
        Path output = folder.resolve("sealed.pdf");

        Run run = run(Map.of(CompileCommand.PASSWORD_VARIABLE, PASSWORD), "compile", "--input", input.toString(),
                "--output", output.toString(), "--sign", keystore.toString());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("sealed by Keystone Builders Inc.");
        assertThat(pdfsig(output)).contains("Signature Validation: Signature is Valid.")
                .contains("Signer Certificate Common Name: Keystone Builders Inc. backup seal")
                .contains("Signature Type: ETSI.CAdES.detached");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            assertThat(signatures.getSignatureNames()).containsExactly(PackageSeal.FIELD);
            assertThat(signatures.signatureCoversWholeDocument(PackageSeal.FIELD)).isTrue();
            assertThat(signatures.readSignatureData(PackageSeal.FIELD).verifySignatureIntegrityAndAuthenticity()).isTrue();
            var widget = pdf.getPage(1).getAnnotations().stream()
                    .filter(annotation -> annotation.getSubtype().getValue().equals("Widget")).findFirst().orElseThrow();
            assertThat(widget.getRectangle().toRectangle().getHeight()).isEqualTo(PackageSeal.ON_COVER.getHeight());
        }
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            // cover, contents, 2 x (2 + 1), manifest
            assertThat(pdf.pages()).isEqualTo(9);
            assertThat(pdf.text(9)).contains("Sealed by Keystone Builders Inc.");
        }

        byte[] changed = Files.readAllBytes(output);
        // a byte of the binary comment on the second line: the file still parses, its digest no longer matches
        assertThat(changed[9]).isEqualTo((byte) '%');
        changed[11] ^= 1;
        Path altered = Files.write(folder.resolve("altered.pdf"), changed);
        assertThat(pdfsig(altered)).contains("Signature Validation: Digest Mismatch.");
    }

    @Test
    void a_wrong_password_or_none_is_refused_in_one_line_and_nothing_is_written() {
        Path output = folder.resolve("never.pdf");
        Run none = run(Map.of(), "compile", "--input", input.toString(), "--output", output.toString(),
                "--sign", keystore.toString());
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err.strip()).isEqualTo("Set BACKUP_SIGN_PASSWORD to the password of keystone.p12");
        Run wrong = run(Map.of(CompileCommand.PASSWORD_VARIABLE, "not-it"), "compile", "--input", input.toString(),
                "--output", output.toString(), "--sign", keystore.toString());
        assertThat(wrong.exit).isEqualTo(2);
        assertThat(wrong.err.strip()).startsWith("Cannot use the keystore keystone.p12:").doesNotContain("\n");
        assertThat(output).doesNotExist();
    }

    private static String pdfsig(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CompileCommand.run(args, environment, TestWords::named, TestWords.TYPES,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
