package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OwnerPreflightIT {

    @Autowired
    OwnerPreflight preflight;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    ContractService contracts;
    @Autowired
    ProjectService projects;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    BillingPeriod january;
    BillingPeriod february;
    PrimeContract prime;
    long admin;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        project = world.project().id();
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        prime = data.primeContract(world, "PC-1");
    }

    @Test
    void an_owner_invoice_without_a_period_or_after_an_open_period_blocks_the_compile() {
        OwnerInvoice first = data.ownerInvoice(prime, january, "OA-01", OwnerInvoiceStatus.APPROVED, "1.00", null);
        OwnerInvoice second = data.ownerInvoice(prime, february, "OA-02", OwnerInvoiceStatus.DRAFT, "1.00", null);
        OwnerInvoice withoutPeriod = data.ownerInvoice(prime, null, "OA-03", OwnerInvoiceStatus.DRAFT, "1.00", null);
        assertThat(preflight.problems(admin, project, List.of(first.id(), second.id()))).isEmpty();

        periods.close(admin, february.id(), february.version());
        periods.open(admin, january.id(), january.version());
        assertThat(preflight.problems(admin, project, List.of(second.id(), withoutPeriod.id())))
                .extracting(CompilePreflight.Problem::contractNumber, CompilePreflight.Problem::invoiceNumber,
                        CompilePreflight.Problem::kind, CompilePreflight.Problem::periodNumber)
                .containsExactly(tuple("PC-1", "OA-03", CompilePreflight.Kind.MISSING_PERIOD, null),
                        tuple("PC-1", null, CompilePreflight.Kind.EARLIER_PERIOD_OPEN, 1));
        // its own period being open, or a later one, does not block
        assertThat(preflight.problems(admin, project, List.of(first.id()))).isEmpty();

        assertThatThrownBy(() -> preflight.problems(world.viewer().id(), project, List.of(first.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_periods_invoices_that_are_not_approved_are_named_with_their_status_and_hidden_private_ones_counted() {
        Subcontract sc10 = data.subcontract(world, "SC-10", world.subcontractor());
        Subcontract sc2 = data.subcontract(world, "SC-2", world.subcontractor());
        Subcontract sc3 = data.subcontract(world, "SC-3", world.subcontractor());
        Subcontract sc4 = data.subcontract(world, "SC-4", world.subcontractor());
        Subcontract sc5 = data.subcontract(world, "SC-5", world.subcontractor());
        contracts.makePrivate(sc3.id(), Set.of());
        contracts.makePrivate(sc5.id(), Set.of());
        data.invoice(sc10, january, "10-01", InvoiceStatus.UNDER_REVIEW, "1.00", null);
        data.invoice(sc2, january, "2-01", InvoiceStatus.DRAFT, "1.00", null);
        data.invoice(sc3, january, "3-01", InvoiceStatus.PENDING_OWNER_APPROVAL, "1.00", null);
        data.invoice(sc4, january, "4-01", InvoiceStatus.APPROVED, "1.00", null);
        data.invoice(sc5, january, "5-01", InvoiceStatus.APPROVED, "1.00", null);
        data.invoice(sc4, february, "4-02", InvoiceStatus.APPROVED_AS_NOTED, "1.00", null);
        OwnerInvoice oa1 = data.ownerInvoice(prime, january, "OA-01", OwnerInvoiceStatus.APPROVED, "1.00", null);
        OwnerInvoice oa2 = data.ownerInvoice(prime, february, "OA-02", OwnerInvoiceStatus.DRAFT, "1.00", null);
        // a Prime Contracts administrator of the general contractor who is not on the private contracts' lists
        UserAccount owner = data.user("prime-" + world.project().number(),
                context.getBean(com.invoicebackups.company.CompanyService.class).company(world.project().companyId()));
        projects.addMember(project, owner.id(), Permission.READ_ONLY, Permission.ADMIN);
        UserAccount atOwner = data.user("owner-" + world.project().number(), world.subcontractor());
        projects.addMember(project, atOwner.id(), Permission.READ_ONLY, Permission.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preflight.missing(atOwner.id(), project,
                List.of(oa1.id()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        OwnerPreflight.Missing seenByOwner = preflight.missing(owner.id(), project, List.of(oa1.id()));
        assertThat(seenByOwner.notApproved()).extracting(OwnerPreflight.NotApproved::periodNumber,
                        OwnerPreflight.NotApproved::contractNumber, OwnerPreflight.NotApproved::invoiceNumber,
                        OwnerPreflight.NotApproved::status)
                .containsExactly(tuple(1, "SC-2", "2-01", InvoiceStatus.DRAFT),
                        tuple(1, "SC-10", "10-01", InvoiceStatus.UNDER_REVIEW));
        // SC-3's and SC-5's invoices, whatever their status
        assertThat(seenByOwner.hiddenPrivate()).isEqualTo(2);

        OwnerPreflight.Missing seenByAdmin = preflight.missing(admin, project, List.of(oa1.id(), oa2.id()));
        assertThat(seenByAdmin.notApproved()).extracting(OwnerPreflight.NotApproved::invoiceNumber,
                        OwnerPreflight.NotApproved::status)
                .containsExactly(tuple("2-01", InvoiceStatus.DRAFT), tuple("3-01", InvoiceStatus.PENDING_OWNER_APPROVAL),
                        tuple("10-01", InvoiceStatus.UNDER_REVIEW), tuple("4-02", InvoiceStatus.APPROVED_AS_NOTED));
        assertThat(seenByAdmin.hiddenPrivate()).isZero();

        contracts.makePrivate(sc3.id(), Set.of(owner.id()));
        OwnerPreflight.Missing onThePrivateList = preflight.missing(owner.id(), project, List.of(oa1.id()));
        assertThat(onThePrivateList.notApproved()).extracting(OwnerPreflight.NotApproved::invoiceNumber)
                .containsExactly("2-01", "3-01", "10-01");
        assertThat(onThePrivateList.hiddenPrivate()).isEqualTo(1);

        assertThatThrownBy(() -> preflight.missing(world.viewer().id(), project, List.of(oa1.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
