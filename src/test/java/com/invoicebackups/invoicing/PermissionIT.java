package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Who may see and do what on a project, through the services. */
@IntegrationTest
class PermissionIT {

    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    InvoiceService invoices;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    OwnerInvoiceGridService ownerGrid;
    @Autowired
    CompanyService companies;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract open;
    Subcontract secret;
    SubcontractorInvoice contactsInvoice;
    SubcontractorInvoice otherInvoice;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        var otherCompany = companies.createCompany("Other " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc");
        open = contracts.addInvoiceContact(data.subcontract(world, "SC-1", world.subcontractor()).id(), world.contact().id());
        secret = contracts.makePrivate(data.subcontract(world, "SC-2", otherCompany).id(), Set.of());
        BillingPeriod period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.OPEN);
        contactsInvoice = data.invoice(open, period, "1-01", InvoiceStatus.DRAFT, "10.00", null);
        otherInvoice = data.invoice(secret, period, "2-01", InvoiceStatus.DRAFT, "10.00", null);
    }

    @Test
    void a_user_sees_only_projects_they_are_a_member_of() {
        assertThat(projects.visibleProjects(world.admin().id())).extracting(Project::id).contains(world.project().id());
        assertThat(projects.visibleProjects(world.outsider().id())).isEmpty();
        assertThatThrownBy(() -> projects.project(world.outsider().id(), world.project().id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grid.count(world.outsider().id(), world.project().id(), InvoiceFilter.NONE))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_private_subcontract_is_seen_only_by_commitments_admins_and_its_private_list() {
        long project = world.project().id();
        assertThat(contracts.visibleSubcontracts(world.admin().id(), project)).extracting(Subcontract::number)
                .containsExactly("SC-1", "SC-2");
        assertThat(contracts.visibleSubcontracts(world.viewer().id(), project)).extracting(Subcontract::number)
                .containsExactly("SC-1");
        assertThatThrownBy(() -> contracts.subcontract(world.viewer().id(), secret.id())).isInstanceOf(NotFound.class);

        contracts.makePrivate(secret.id(), Set.of(world.viewer().id()));
        assertThat(contracts.visibleSubcontracts(world.viewer().id(), project)).hasSize(2);
    }

    @Test
    void invoice_contacts_are_implicitly_on_the_private_list() {
        contracts.makePrivate(open.id(), Set.of());
        assertThat(contracts.subcontract(world.contact().id(), open.id()).number()).isEqualTo("SC-1");
    }

    @Test
    void an_invoice_contact_sees_only_their_own_subcontracts_invoices() {
        long contact = world.contact().id();
        List<InvoiceRow> rows = grid.page(contact, world.project().id(), InvoiceFilter.NONE, List.of(), 0, 50);
        assertThat(rows).extracting(InvoiceRow::id).containsExactly(contactsInvoice.id());
        assertThat(invoices.subcontractorInvoice(contact, contactsInvoice.id()).number()).isEqualTo("1-01");
        assertThatThrownBy(() -> invoices.subcontractorInvoice(contact, otherInvoice.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> invoices.payApplication(contact, otherInvoice.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void the_invoicing_screen_offers_each_member_only_what_they_may_use() {
        long project = world.project().id();
        InvoicingAccess admin = invoices.access(world.admin().id(), project);
        assertThat(admin.subcontractorTab()).isTrue();
        assertThat(admin.compileSubcontractorBackups()).isTrue();
        assertThat(admin.ownerTab()).isTrue();

        InvoicingAccess viewer = invoices.access(world.viewer().id(), project);
        assertThat(viewer.subcontractorTab()).isFalse();
        assertThat(viewer.compileSubcontractorBackups()).isFalse();
        assertThat(viewer.ownerTab()).isFalse();
        assertThat(grid.count(world.viewer().id(), project, InvoiceFilter.NONE)).isZero();

        InvoicingAccess contact = invoices.access(world.contact().id(), project);
        assertThat(contact.subcontractorTab()).isTrue();
        assertThat(contact.compileSubcontractorBackups()).isFalse();
    }

    @Test
    void a_prime_contracts_administrator_reads_approved_invoices_for_owner_backups_and_nothing_else() {
        // at the general contractor, who compiles owner backups; the owner's own administrators read none
        var ownerUser = data.user("prime-" + world.project().number(), companies.company(world.project().companyId()));
        var atOwner = data.user("owner-" + world.project().number(), world.subcontractor());
        projects.addMember(world.project().id(), atOwner.id(), com.invoicebackups.project.Permission.READ_ONLY,
                com.invoicebackups.project.Permission.ADMIN);
        projects.addMember(world.project().id(), ownerUser.id(), com.invoicebackups.project.Permission.READ_ONLY,
                com.invoicebackups.project.Permission.ADMIN);
        var period = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.CLOSED);
        SubcontractorInvoice approved = data.invoice(open, period, "1-02", InvoiceStatus.APPROVED, "10.00", null);
        assertThat(invoices.subcontractorInvoice(ownerUser.id(), approved.id()).number()).isEqualTo("1-02");
        assertThatThrownBy(() -> invoices.subcontractorInvoice(ownerUser.id(), contactsInvoice.id()))
                .isInstanceOf(NotFound.class);
        assertThat(grid.count(ownerUser.id(), world.project().id(), InvoiceFilter.NONE)).isZero();
        assertThatThrownBy(() -> invoices.subcontractorInvoice(atOwner.id(), approved.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void owner_invoices_need_admin_on_prime_contracts() {
        UserAccount viewer = world.viewer();
        assertThat(ownerGrid.count(world.admin().id(), world.project().id(), OwnerInvoiceFilter.NONE)).isZero();
        assertThatThrownBy(() -> ownerGrid.count(viewer.id(), world.project().id(), OwnerInvoiceFilter.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
