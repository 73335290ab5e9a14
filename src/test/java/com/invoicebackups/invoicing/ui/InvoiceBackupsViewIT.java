package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invoice screen's backups as the subcontractor's invoice contact and the administrator read them. */
class InvoiceBackupsViewIT extends KaribuTest {

    @Autowired
    BackupService backups;
    @Autowired
    ContractService contracts;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;

    TestData.World world;
    Subcontract subcontract;
    SubcontractorInvoice invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        contracts.addInvoiceContact(subcontract.id(), world.contact().id());
        invoice = data.invoice(subcontract, data.period(world, LocalDate.of(2026, 1, 1),
                com.invoicebackups.billing.PeriodStatus.CLOSED), "1-01", InvoiceStatus.APPROVED, "100.00", null);
    }

    @Test
    void the_contact_is_told_how_many_backups_hold_the_invoice_and_the_count_follows_new_ones() {
        open(world.contact().username());
        assertThat(backupsGrid().getEmptyStateText()).isEqualTo("Not in any backup yet.");

        compile();
        compile();
        open(world.contact().username());
        assertThat(GridKt._size(backupsGrid())).isZero();
        assertThat(backupsGrid().getEmptyStateText())
                .isEqualTo("In 2 backups compiled by the project's administrators; only they can open them.");

        compile();
        // on this thread: Karibu's UI is this thread's
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue(false);
            return backupsGrid().getEmptyStateText().startsWith("In 3 backups");
        });
        assertThat(backupsGrid().getEmptyStateText())
                .isEqualTo("In 3 backups compiled by the project's administrators; only they can open them.");

        open(world.admin().username());
        assertThat(GridKt._size(backupsGrid())).isEqualTo(3);
        assertThat(_find(Span.class, spec -> spec.withClasses("invoice-backups-others"))).isEmpty();
        assertThatThrownBy(() -> backups.invoiceBackups(world.outsider().id(), world.project().id(),
                BackupKind.SUBCONTRACTOR, invoice.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_requester_no_longer_administrator_sees_their_own_backup_and_a_count_of_the_others() {
        // an invoice contact who administered the project's commitments for a while
        UserAccount requester = new TestData(context).user("requester-" + world.admin().username(), world.subcontractor());
        projects.addMember(world.project().id(), requester.id(), Permission.ADMIN, Permission.NONE);
        contracts.addInvoiceContact(subcontract.id(), requester.id());
        backups.request(requester.id(), world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                BackupOptions.ALL);
        compile();
        companies.makeCompanyAdministrator(world.admin().id());
        projects.setPermissions(world.admin().id(), world.project().id(), requester.id(), Permission.READ_ONLY,
                Permission.NONE);

        open(requester.username());
        assertThat(GridKt._size(backupsGrid())).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withClasses("invoice-backups-others")).getText())
                .isEqualTo("And in 1 more backup compiled by the project's administrators; only they can open it.");
    }

    private Backup compile() {
        return backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(invoice.id()), BackupOptions.ALL);
    }

    private void open(String username) {
        MockVaadin.tearDown();
        login(username);
        UI.getCurrent().navigate("projects/" + world.project().id() + "/invoices/" + invoice.id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Backup> backupsGrid() {
        return _get(Grid.class, spec -> spec.withClasses("invoice-backups"));
    }
}
