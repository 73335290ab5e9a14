package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.shared.RuleViolation;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

/** A backup requested, compiled by the real job engine on MariaDB, and downloaded only by who may. */
@IntegrationTest
class BackupServiceIT {

    @Autowired
    BackupService backups;
    @Autowired
    AttachmentService attachments;
    @Autowired
    BackupDownloadController downloads;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract subcontract;
    SubcontractorInvoice first;
    SubcontractorInvoice second;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        first = data.invoice(subcontract, january, "1-01", InvoiceStatus.APPROVED, "1000.00", null);
        BillingPeriod february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.CLOSED);
        second = data.invoice(subcontract, february, "1-02", InvoiceStatus.APPROVED, "500.00", null);
        attachments.upload(world.admin().id(), InvoiceRef.subcontractor(first.id()), "waiver.pdf", DocumentType.LIEN_WAIVER,
                TestFiles.pdf("waiver", 2));
    }

    @AfterEach
    void signOut() {
        context.getBean(SecurityContextHolderStrategy.class).clearContext();
    }

    @Test
    void a_requested_backup_is_compiled_by_the_job_and_only_its_requester_or_an_admin_may_download_it()
            throws Exception {
        Backup queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(second.id(), first.id()), BackupOptions.ALL);
        assertThat(queued.status()).isEqualTo(BackupStatus.QUEUED);

        Backup done = awaitFinished(world.admin().id(), queued.id());
        assertThat(done.status()).isEqualTo(BackupStatus.SUCCEEDED);
        // cover, reconciliation, contents, 1-01 (2) + waiver (2), 1-02 (2), manifest
        assertThat(done.pageCount()).isEqualTo(10);
        assertThat(done.fileName()).endsWith(".pdf").contains(world.project().number());

        BackupService.Download file = backups.download(world.admin().id(), done.id()).orElseThrow();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.content().getInputStream()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(10);
            assertThat(pdf.getOutlines(false).getAllChildren().getFirst().getAllChildren().getFirst().getTitle())
                    .isEqualTo("Invoice 1-01");
        }
        assertThat(file.size()).isEqualTo(done.sizeBytes());

        signIn(world.admin().username());
        ResponseEntity<Resource> allowed = downloads.download(done.id());
        assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(allowed.getHeaders().getContentDisposition().getFilename()).isEqualTo(done.fileName());
        assertThat(allowed.getBody().contentLength()).isEqualTo(done.sizeBytes());

        for (var stranger : List.of(world.viewer(), world.outsider(), world.contact())) {
            signIn(stranger.username());
            ResponseEntity<Resource> refused = downloads.download(done.id());
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).isNull();
            assertThat(refused.getHeaders().getContentDisposition().getFilename()).isNull();
            assertThat(refused.getHeaders().getContentLength()).isLessThanOrEqualTo(0);
        }
        signIn(world.admin().username());
        assertThat(downloads.download(done.id() + 1000).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(backups.history(world.viewer().id(), world.project().id())).isEmpty();
        assertThat(backups.history(world.admin().id(), world.project().id())).extracting(Backup::id).contains(done.id());
    }

    @Test
    void a_backup_with_nothing_to_merge_fails_once_with_its_reason_and_offers_nothing() throws Exception {
        Backup queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(second.id()), new BackupOptions(true, false, null));
        Backup done = awaitFinished(world.admin().id(), queued.id());
        assertThat(done.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(done.warnings()).containsExactly("Nothing could be merged.");
        assertThat(backups.download(world.admin().id(), done.id())).isEmpty();
    }

    @Test
    void only_an_administrator_may_request_and_never_a_blocked_selection() {
        assertThatThrownBy(() -> backups.request(world.viewer().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(first.id()), BackupOptions.ALL, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(), BackupOptions.ALL)).isInstanceOf(RuleViolation.class);
        SubcontractorInvoice withoutPeriod = data.invoice(subcontract, null, "1-03", InvoiceStatus.DRAFT, "1.00", null);
        assertThatThrownBy(() -> backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(withoutPeriod.id()), BackupOptions.ALL))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("backup.error.preflight");
    }

    @Test
    void owner_backups_are_one_per_owner_invoice_and_a_blocked_one_queues_none() {
        PrimeContract prime = data.primeContract(world, "PC-1");
        BillingPeriod january = periods.periods(world.admin().id(), world.project().id()).getFirst();
        OwnerInvoice first = data.ownerInvoice(prime, january, "OA-01", OwnerInvoiceStatus.APPROVED, "1.00", null);
        OwnerInvoice second = data.ownerInvoice(prime, january, "OA-02", OwnerInvoiceStatus.DRAFT, "1.00", null);
        OwnerInvoice withoutPeriod = data.ownerInvoice(prime, null, "OA-03", OwnerInvoiceStatus.DRAFT, "1.00", null);

        assertThatThrownBy(() -> backups.requestOwnerBackups(world.admin().id(), world.project().id(),
                List.of(first.id(), withoutPeriod.id()), BackupOptions.ALL, null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("backup.error.preflight");
        assertThat(backups.history(world.admin().id(), world.project().id())).isEmpty();

        List<Backup> queued = backups.requestOwnerBackups(world.admin().id(), world.project().id(),
                List.of(first.id(), second.id(), first.id()), BackupOptions.ALL, null);
        assertThat(queued).extracting(Backup::kind).containsOnly(BackupKind.OWNER);
        assertThat(queued).extracting(Backup::invoiceCount).containsExactly(1, 1);
        assertThat(backups.history(world.admin().id(), world.project().id())).hasSize(2);
        assertThatThrownBy(() -> backups.requestOwnerBackups(world.viewer().id(), world.project().id(),
                List.of(first.id()), BackupOptions.ALL, null)).isInstanceOf(AccessDeniedException.class);
    }

    private Backup awaitFinished(long userId, long backupId) {
        return await().alias("backup " + backupId + " finished").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> backups.backup(userId, backupId).orElseThrow(), Backup::finished);
    }

    private void signIn(String username) {
        var user = User.withUsername(username).password("x").roles("USER").build();
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
