package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.SignInForm;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A backup in volumes downloaded over HTTP through the running product, signed in as each kind of user: every
 * volume by its own link, and the whole backup as one ZIP of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class BackupDownloadIT {

    @LocalServerPort
    int port;
    @Autowired
    BackupService backups;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void each_volume_downloads_for_the_requester_only_and_the_whole_backup_is_a_zip_of_every_volume() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        List<Long> invoices = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            var invoice = data.invoice(data.subcontract(world, "SC-" + i, world.subcontractor()), period, i + "-01",
                    InvoiceStatus.APPROVED, "100.00", null);
            for (int a = 1; a <= 3; a++) {
                attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "Scan " + a + ".pdf",
                        DocumentType.OTHER, TestFiles.noisePdf(1, 185_000, 10L * i + a));
            }
            invoices.add(invoice.id());
        }
        // about 1.7 MB of scans in volumes of at most 1 MB: one invoice to a volume
        Backup done = awaitFinished(world.admin().id(), backups.request(world.admin().id(), world.project().id(),
                BackupKind.SUBCONTRACTOR, invoices, BackupOptions.ALL.inVolumesOf(1)).id());
        assertThat(done.volumes()).isEqualTo(3);

        String requester = signIn(world.admin());
        Map<String, byte[]> volumes = new LinkedHashMap<>();
        int pages = 0;
        for (int number = 1; number <= 3; number++) {
            HttpResponse<byte[]> volume = get(done.downloadPath(number), requester);
            assertThat(volume.statusCode()).isEqualTo(200);
            assertThat(volume.headers().firstValue("Content-Type")).hasValue("application/pdf");
            String name = done.baseName() + " - volume " + number + " of 3.pdf";
            assertThat(volume.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                    .contains("volume " + number + " of 3.pdf");
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(volume.body())))) {
                pages += pdf.getNumberOfPages();
                assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("Volume " + number + " of 3");
            }
            volumes.put(name, volume.body());
        }
        assertThat(pages).isEqualTo(done.pageCount());
        assertThat(get(done.downloadPath(4), requester).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> whole = get(done.downloadPath(), requester);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains(".zip"));
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("none");
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(whole.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zipped.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(zipped.keySet()).containsExactlyElementsOf(volumes.keySet());
        volumes.forEach((name, bytes) -> assertThat(zipped.get(name)).as(name).isEqualTo(bytes));

        // another project's administrator finds nothing there; without a session the sign-in page comes first
        String stranger = signIn(data.world().admin());
        for (String path : List.of(done.downloadPath(1), done.downloadPath(3), done.downloadPath())) {
            HttpResponse<byte[]> refused = get(path, stranger);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).as(path).isEmpty();
            HttpResponse<byte[]> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    private Backup awaitFinished(long userId, long backupId) {
        return FinishedBackups.awaitDownloadable(backups, userId, backupId);
    }

    /** Signs in through the sign-in form, as a browser does, and answers the session cookie. */
    private String signIn(UserAccount user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = session(page).orElseThrow();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(SignInForm.body(page.body(), user.username(), "secret")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return session(posted).orElse(session);
    }

    private static java.util.Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.split(";")[0]).findFirst();
    }

    private HttpResponse<byte[]> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
