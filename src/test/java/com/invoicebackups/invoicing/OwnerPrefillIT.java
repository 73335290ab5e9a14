package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.ScheduleLine;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Fill this period from approved subcontractor invoices": each prime line gets the sums of the approved subcontractor
 * lines of its cost code, with the invoices named; amounts of no prime cost code and invoices not approved are listed;
 * private subcontracts count only for who may carry them; nothing is filled, with the reason, when nothing can be.
 */
@IntegrationTest
class OwnerPrefillIT {

    @Autowired
    OwnerPrefill prefill;
    @Autowired
    NewOwnerInvoices newInvoices;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ContractService contracts;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    PrimeContract prime;
    BillingPeriod period;
    long admin;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        prime = data.primeContract(world, "PC-1");
        contracts.savePrimeContractSchedule(admin, prime.id(), List.of(
                new ScheduleLine(null, new NewSovLine("1", "Labor, all trades", Money.of("500000.00"), "01-100", false)),
                new ScheduleLine(null, new NewSovLine("2", "Electrical", Money.of("300000.00"), "26-000", false))));
        period = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
    }

    @Test
    void each_prime_line_gets_the_approved_amounts_of_its_cost_code_and_says_from_which_invoices() {
        Subcontract concrete = data.subcontract(world, "SC-1", world.subcontractor());
        Subcontract site = data.subcontract(world, "SC-2", companies.createCompany("Site " + world.project().number(),
                CompanyKind.SUBCONTRACTOR, "gc"));
        Subcontract secret = contracts.makePrivate(data.subcontract(world, "SC-3", world.subcontractor()).id(), Set.of());
        Subcontract late = data.subcontract(world, "SC-4", world.subcontractor());
        approved(concrete, "1-01", "1000.00", "200.00", "300.00");
        approved(site, "2-01", "500.00", "0.00", "0.00");
        approved(secret, "3-01", "7000.00", "0.00", "0.00");
        data.invoice(late, period, "4-01", InvoiceStatus.UNDER_REVIEW, "900.00", null);

        // ADMIN on Prime Contracts at the general contractor, who reads Commitments but is on no private list
        UserAccount primeAdmin = data.user("prime-" + world.project().number(),
                companies.company(world.project().companyId()));
        projects.addMember(world.project().id(), primeAdmin.id(), Permission.READ_ONLY, Permission.ADMIN);
        OwnerInvoice owner = newInvoices.createNext(primeAdmin.id(), prime.id());

        OwnerPrefill.Result result = prefill.fill(primeAdmin.id(), owner.id(), version(admin, owner));

        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.itemNumber()).isEqualTo("1");
            assertThat(line.thisPeriod()).isEqualTo(Money.of("1500.00"));
            assertThat(line.materialsStored()).isEqualTo(Money.of("200.00"));
            assertThat(line.from()).containsExactly("SC-1 1-01", "SC-2 2-01");
        });
        assertThat(result.unmatched()).singleElement().satisfies(amount -> {
            assertThat(amount.invoiceNumber()).isEqualTo("1-01");
            assertThat(amount.costCode()).isEqualTo("01-200");
            assertThat(amount.thisPeriod()).isEqualTo(Money.of("300.00"));
        });
        assertThat(result.notApproved()).extracting(OwnerPreflight.NotApproved::invoiceNumber).containsExactly("4-01");
        PayApplication saved = invoices.ownerPayApplication(primeAdmin.id(), owner.id());
        assertThat(saved.rows()).extracting(PayApplication.Row::thisPeriod)
                .containsExactly(Money.of("1500.00"), Money.ZERO);
        assertThat(saved.summary().workThisPeriod()).isEqualTo(Money.of("1500.00"));

        // ADMIN on Commitments may carry the private subcontract too
        OwnerPrefill.Result withPrivate = prefill.fill(admin, owner.id(), version(admin, owner));
        assertThat(withPrivate.lines().getFirst().thisPeriod()).isEqualTo(Money.of("8500.00"));
        assertThat(withPrivate.lines().getFirst().from()).containsExactly("SC-1 1-01", "SC-2 2-01", "SC-3 3-01");
    }

    @Test
    void nothing_is_filled_when_nothing_is_approved_or_no_cost_code_matches_and_the_reason_is_given() {
        Subcontract concrete = data.subcontract(world, "SC-1", world.subcontractor());
        OwnerInvoice owner = newInvoices.createNext(admin, prime.id());
        data.invoice(concrete, period, "1-01", InvoiceStatus.UNDER_REVIEW, "100.00", null);
        assertThatThrownBy(() -> prefill.fill(admin, owner.id(), version(admin, owner))).isInstanceOf(RuleViolation.class)
                .extracting(violation -> ((RuleViolation) violation).messageKey()).isEqualTo("owner.prefill.no-approved");

        Subcontract other = data.subcontract(world, "SC-2", world.subcontractor());
        SovLine line = contracts.subcontractSov(other.id()).get(1);
        invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(other.id(), period.id(), "2-01",
                InvoiceStatus.APPROVED, period.endDate(), null, null, null, null, null,
                List.of(new PayApplication.Entry(line.id(), Money.of("50.00"), Money.ZERO, BigDecimal.TEN))));
        assertThatThrownBy(() -> prefill.fill(admin, owner.id(), version(admin, owner))).isInstanceOf(RuleViolation.class)
                .extracting(violation -> ((RuleViolation) violation).messageKey()).isEqualTo("owner.prefill.no-match");
        assertThat(invoices.ownerPayApplication(admin, owner.id()).summary().workThisPeriod()).isEqualTo(Money.ZERO);
    }

    private void approved(Subcontract subcontract, String number, String labor, String stored, String materials) {
        List<SovLine> lines = contracts.subcontractSov(subcontract.id());
        invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(subcontract.id(), period.id(), number,
                InvoiceStatus.APPROVED, period.endDate(), null, null, null, null, null, List.of(
                new PayApplication.Entry(lines.get(0).id(), Money.of(labor), Money.of(stored), BigDecimal.TEN),
                new PayApplication.Entry(lines.get(1).id(), Money.of(materials), Money.ZERO, BigDecimal.TEN))));
    }

    private long version(long userId, OwnerInvoice owner) {
        return details.detail(userId, InvoiceRef.owner(owner.id())).version();
    }
}
