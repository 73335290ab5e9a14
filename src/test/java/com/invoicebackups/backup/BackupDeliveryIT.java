package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.TestClock;
import com.invoicebackups.TestData;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.SecretTokens;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An owner backup sent by personal links: the owner's side sees nothing of it until it is delivered; a link works
 * without an account for that backup's files only, is recorded on each download, and ends when revoked or expired,
 * answering then exactly as a token that never existed. Only the contractor's side sends, lists and revokes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class BackupDeliveryIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    BackupService backups;
    @Autowired
    BackupDeliveries deliveries;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_delivered_owner_backup_downloads_by_link_until_revoked_or_expired_and_only_the_contractor_sends_it()
            throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        String tag = world.project().number().substring(2);
        Company ownerCompany = companies.createCompany("Owner " + tag, CompanyKind.OWNER, "owner");
        UserAccount owner = data.user("olga-" + tag, ownerCompany);
        projects.addMember(world.project().id(), owner.id(), Permission.NONE, Permission.ADMIN);
        PrimeContract prime = contracts.createPrimeContract(world.project().id(), "PC-1", "Clinic", ownerCompany.id(),
                BigDecimal.valueOf(5), List.of(new NewSovLine("1", "Clinic", Money.of("1000000.00"), null, false)));
        BillingPeriod period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        data.invoice(data.subcontract(world, "SC-1", world.subcontractor()), period, "1-01", InvoiceStatus.APPROVED,
                "100.00", null);
        OwnerInvoice ownerInvoice = data.ownerInvoice(prime, period, "OA-1", OwnerInvoiceStatus.APPROVED, "100.00",
                null);
        long admin = world.admin().id();

        // the owner's administrator neither compiles owner backups nor sees one before it is delivered
        assertThatThrownBy(() -> backups.requestOwnerBackups(owner.id(), world.project().id(),
                List.of(ownerInvoice.id()), BackupOptions.ALL, Locale.US)).isInstanceOf(AccessDeniedException.class);
        Backup backup = awaitFinished(admin, backups.requestOwnerBackups(admin, world.project().id(),
                List.of(ownerInvoice.id()), BackupOptions.ALL, Locale.US).getFirst().id());
        assertThat(backups.history(owner.id(), world.project().id())).isEmpty();
        assertThat(backups.download(owner.id(), backup.id())).isEmpty();

        // only the contractor's side sends, lists and revokes
        assertThat(deliveries.recipients(admin, backup.id())).extracting(BackupDeliveries.Recipient::userId)
                .containsExactly(owner.id());
        for (long other : List.of(owner.id(), world.viewer().id(), world.contact().id(), world.outsider().id())) {
            assertThatThrownBy(() -> deliveries.send(other, backup.id(), List.of(), "x@bank.example"))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> deliveries.deliveries(other, backup.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> deliveries.recipients(other, backup.id())).isInstanceOf(NotFound.class);
        }

        // a wrong address is refused by name before anything is sent
        assertThatThrownBy(() -> deliveries.send(admin, backup.id(), List.of(owner.id()),
                "loans-" + tag + "@bank.example, not an address"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly("not"));
        assertThat(deliveries.deliveries(admin, backup.id())).isEmpty();

        String lender = "loans-" + tag + "@bank.example";
        assertThat(deliveries.send(admin, backup.id(), List.of(owner.id()), lender + ";\n" + lender.toUpperCase()))
                .isEqualTo(2);
        String lenderToken = token(mailTo(lender));
        String ownerToken = token(mailTo(owner.email()));
        assertThat(lenderToken).isNotEqualTo(ownerToken);
        // only the hash of a token is kept
        assertThat(jdbc.sql("select count(*) from backup_delivery where token_hash = ?")
                .param(SecretTokens.sha256(lenderToken)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from backup_delivery where concat_ws('|', recipient_email, token_hash)"
                + " like ?").param("%" + lenderToken + "%").query(Integer.class).single()).isZero();

        // the link opens without an account and serves the backup's file, recorded with the address
        HttpResponse<String> page = page(lenderToken);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains(backup.fileName().replace("&", "&amp;"));
        HttpResponse<byte[]> file = get("delivery/" + lenderToken + "/1");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(file.body())))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(backup.pageCount());
        }
        assertThat(get("delivery/" + lenderToken + "/2").statusCode()).isEqualTo(404);
        assertThat(get("delivery/" + lenderToken + "/all").statusCode()).isEqualTo(404);
        List<BackupDelivery> sent = deliveries.deliveries(admin, backup.id());
        assertThat(sent).hasSize(2);
        BackupDelivery toLender = sent.stream().filter(d -> d.recipient().equals(lender)).findFirst().orElseThrow();
        assertThat(toLender.sentBy()).isEqualTo(world.admin().displayName());
        assertThat(toLender.expiresAt()).isEqualTo(toLender.sentAt().plus(Duration.ofDays(30)));
        assertThat(toLender.downloads()).singleElement().satisfies(download -> {
            assertThat(download.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(download.fileName()).isEqualTo(backup.fileName());
        });

        // delivered, the owner's administrator sees the backup signed in
        assertThat(backups.history(owner.id(), world.project().id())).extracting(Backup::id).containsExactly(backup.id());
        assertThat(backups.download(owner.id(), backup.id())).isPresent();

        // unknown, revoked and expired links answer alike: 404 and the same page
        HttpResponse<String> unknown = page("A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not work").contains("Ask the general contractor");
        deliveries.revoke(admin, toLender.id());
        assertThat(page(lenderToken).statusCode()).isEqualTo(404);
        assertThat(page(lenderToken).body()).isEqualTo(unknown.body());
        assertThat(get("delivery/" + lenderToken + "/1").statusCode()).isEqualTo(404);
        assertThat(deliveries.deliveries(admin, backup.id())).filteredOn(d -> d.id() == toLender.id()).singleElement()
                .satisfies(d -> assertThat(d.revokedBy()).isEqualTo(world.admin().displayName()));
        assertThat(page(ownerToken).statusCode()).isEqualTo(200);
        TestClock.later(Duration.ofDays(30).plusMinutes(1), () -> {
            HttpResponse<String> expired = page(ownerToken);
            assertThat(expired.statusCode()).isEqualTo(404);
            assertThat(expired.body()).isEqualTo(unknown.body());
            assertThat(backups.history(owner.id(), world.project().id())).isEmpty();
        });
        assertThat(page(ownerToken).statusCode()).isEqualTo(200);

        // trying tokens is slowed down to nothing
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            refused += page("B".repeat(43)).statusCode() == 429 ? 1 : 0;
        }
        assertThat(refused).isPositive();
    }

    private MimeMessage mailTo(String address) {
        String domain = address.substring(address.indexOf('@') + 1);
        return await().alias("a mail to " + address).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Arrays.stream(smtp.getReceivedMessagesForDomain(domain)).filter(message ->
                        Arrays.stream(uncheckedRecipients(message)).anyMatch(address::equalsIgnoreCase)).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String[] uncheckedRecipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toArray(String[]::new);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail);
        Matcher link = Pattern.compile("delivery/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    private Backup awaitFinished(long userId, long backupId) {
        return FinishedBackups.awaitDownloadable(backups, userId, backupId);
    }

    private HttpResponse<String> page(String token) {
        try {
            return http.send(HttpRequest.newBuilder(uri("delivery/" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
