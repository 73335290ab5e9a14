package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.S3Server;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestInstances;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfOutline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database and one S3-compatible bucket, as behind a load balancer: the screen is open on one,
 * which runs no jobs, and the backup is compiled by the other. A document uploaded through the first is read by
 * the second; the backup's progress and finished alert reach the page, the alert within two seconds of the backup
 * finishing; the backup compiled there downloads here, whole and by range; the compiling instance holds no more
 * than three sources as local copies at a time, and none afterwards.
 */
class MonthEndAcrossInstancesBrowserIT {

    @Test
    void the_screen_on_one_instance_shows_and_serves_the_backup_compiled_by_the_other() throws Exception {
        S3Server s3 = S3Server.get();
        String bucket = s3.newBucket();
        Path compileTemporary = Files.createTempDirectory("compile-temporary");
        try (TestInstances instances = new TestInstances()) {
            List<String> workerArguments = new ArrayList<>(s3.arguments(bucket));
            // this test watches one backup (its copies, its alert): the demo's own earlier package is not made
            workerArguments.addAll(List.of("--spring.profiles.active=demo", "--invoicebackups.demo.delivered-package=false",
                    "--invoicebackups.documents.temp-dir=" + compileTemporary));
            ConfigurableApplicationContext worker = instances.start(workerArguments.toArray(String[]::new));
            // started last: in one test JVM, the security context of signed-in requests is the last instance's
            List<String> screenArguments = new ArrayList<>(s3.arguments(bucket));
            screenArguments.addAll(List.of("--spring.profiles.active=demo",
                    "--invoicebackups.demo.delivered-package=false"));
            ConfigurableApplicationContext screen = instances.startWithoutJobs(screenArguments.toArray(String[]::new));
            JdbcClient jdbc = screen.getBean(JdbcClient.class);
            long projectId = jdbc.sql("select id from project where number = '2024-017'").query(Long.class).single();
            long adminId = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
            List<Long> invoiceIds = jdbc.sql("""
                    select i.id from subcontractor_invoice i join subcontract s on s.id = i.subcontract_id
                    where s.project_id = ? and i.status = 'APPROVED' and s.private_contract = false
                    order by i.id limit 12""").param(projectId).query(Long.class).list();

            long invoiceId = invoiceIds.getFirst();
            Attachment uploaded = screen.getBean(AttachmentService.class).upload(adminId,
                    InvoiceRef.subcontractor(invoiceId), "Uploaded on the first instance.pdf", DocumentType.OTHER,
                    TestFiles.pdf("uploaded on the first instance", 2));
            try (InputStream read = worker.getBean(AttachmentService.class).file(adminId, uploaded.id()).content()
                    .getInputStream()) {
                assertThat(read.readAllBytes()).hasSize((int) uploaded.sizeBytes()).startsWith("%PDF-".getBytes());
            }

            try (Browser browser = new Browser(port(screen), "1400,900")) {
                browser.signIn("admin", "admin");
                browser.open("projects/" + projectId + "/invoicing");
                browser.wait.until(driver -> browser.script("return !!document.querySelector('vaadin-grid.invoice-grid')"));
                browser.script("""
                        window.seen = {};
                        new MutationObserver(() => {
                          for (const kind of ['backup-running', 'backup-succeeded']) {
                            if (!window.seen[kind] && document.querySelector('.' + kind)) { window.seen[kind] = Date.now(); }
                          }
                        }).observe(document.body, {childList: true, subtree: true, attributes: true});""");

                AtomicInteger mostCopies = new AtomicInteger();
                Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try (Stream<Path> copies = Files.list(compileTemporary)) {
                            mostCopies.accumulateAndGet((int) copies.count(), Math::max);
                            Thread.sleep(5);
                        } catch (IOException | java.io.UncheckedIOException e) {
                            // a copy removed while listed: look again
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                long backupId = screen.getBean(BackupService.class).request(adminId, projectId, BackupKind.SUBCONTRACTOR,
                        invoiceIds, BackupOptions.ALL.sealed(false)).id();
                // when the backup was seen finished, taken as the row is read
                long finishedSeen = await().alias("the backup finished on the other instance")
                        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                            String status = jdbc.sql("select status from backup where id = ?").param(backupId)
                                    .query(String.class).single();
                            return status.startsWith("SUCCEEDED") || status.equals("FAILED")
                                    ? System.currentTimeMillis() : 0L;
                        }, seen -> seen > 0);
                sampler.interrupt();
                // the sources came from the bucket as local copies, a few at a time: the one being merged and
                // those opened ahead of it
                assertThat(mostCopies.get()).as("local copies at one time").isBetween(1, 3);
                assertThat(jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single())
                        .startsWith("SUCCEEDED");

                browser.wait.until(driver -> browser.script("return !!window.seen['backup-succeeded']"));
                long alertShown = ((Number) browser.script("return window.seen['backup-succeeded']")).longValue();
                assertThat(alertShown - finishedSeen).as("milliseconds from finished to the alert on the page")
                        .isLessThan(2000);
                assertThat(browser.script("return !!window.seen['backup-running']")).as("progress was shown").isEqualTo(true);
                assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".backup-succeeded")).getText())
                        .contains("Invoice backup compiled");

                String href = browser.driver.findElement(org.openqa.selenium.By.cssSelector("a.backup-download"))
                        .getAttribute("href");
                String session = "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", session)
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(whole.statusCode()).isEqualTo(200);
                try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(whole.body())))) {
                    assertThat(titles(pdf.getOutlines(false))).contains("Uploaded on the first instance.pdf");
                }
                int from = whole.body().length / 2;
                HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", session)
                        .header("Range", "bytes=" + from + "-" + (from + 999)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(part.statusCode()).isEqualTo(206);
                assertThat(part.headers().firstValue("Content-Range"))
                        .hasValue("bytes " + from + "-" + (from + 999) + "/" + whole.body().length);
                assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole.body(), from, from + 1000));
            }
            try (Stream<Path> left = Files.list(compileTemporary)) {
                assertThat(left).as("temporary copies left by the compile").isEmpty();
            }
        } finally {
            FileSystemUtils.deleteRecursively(compileTemporary.toFile());
        }
    }

    private static List<String> titles(PdfOutline outline) {
        List<String> titles = new ArrayList<>();
        for (PdfOutline child : outline.getAllChildren()) {
            titles.add(child.getTitle());
            titles.addAll(titles(child));
        }
        return titles;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
