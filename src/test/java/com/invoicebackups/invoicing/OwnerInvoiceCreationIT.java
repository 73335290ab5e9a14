package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Owner invoices made in the product: the next one of a prime contract in the open period, once per period, with
 * its schedule's lines and stored materials carried forward, then edited like a subcontractor invoice.
 */
@IntegrationTest
class OwnerInvoiceCreationIT {

    @Autowired
    NewOwnerInvoices newInvoices;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    InvoiceService invoices;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    PrimeContract prime;
    BillingPeriod february;
    long admin;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        prime = data.primeContract(world, "PC-1");
        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        long line = data.primeContractLine(prime);
        invoices.createOwnerInvoice(new NewOwnerInvoice(prime.id(), january.id(), "PC-1-01", OwnerInvoiceStatus.APPROVED,
                january.endDate(), null, null, null, List.of(new PayApplication.Entry(line, Money.of("40000.00"),
                Money.of("2500.00"), BigDecimal.valueOf(5)))));
    }

    @Test
    void the_next_owner_invoice_starts_in_the_open_period_with_the_schedule_and_stored_materials_carried() {
        assertThat(newInvoices.options(admin, world.project().id()).available()).extracting(PrimeContract::id)
                .containsExactly(prime.id());

        OwnerInvoice created = newInvoices.createNext(admin, prime.id());

        assertThat(created.number()).isEqualTo("PC-1-02");
        assertThat(created.billingPeriodId()).isEqualTo(february.id());
        assertThat(created.status()).isEqualTo(OwnerInvoiceStatus.DRAFT);
        PayApplication figures = invoices.ownerPayApplication(admin, created.id());
        assertThat(figures.rows()).singleElement().satisfies(row -> {
            assertThat(row.fromPrevious()).isEqualTo(Money.of("40000.00"));
            assertThat(row.thisPeriod()).isEqualTo(Money.ZERO);
            assertThat(row.materialsStored()).isEqualTo(Money.of("2500.00"));
        });
        assertThat(newInvoices.options(admin, world.project().id()).options()).singleElement()
                .satisfies(option -> assertThat(option.existing()).isEqualTo(InvoiceRef.owner(created.id())));
        assertThat(newInvoices.options(admin, world.project().id()).available()).isEmpty();
    }

    @Test
    void a_second_owner_invoice_of_the_period_is_refused_before_anything_is_made() {
        newInvoices.createNext(admin, prime.id());
        assertThatThrownBy(() -> newInvoices.createNext(admin, prime.id())).isInstanceOf(RuleViolation.class)
                .extracting(violation -> ((RuleViolation) violation).messageKey()).isEqualTo("invoice.error.period-taken");
        assertThat(invoices.ownerPayApplication(admin, newInvoices.options(admin, world.project().id()).options()
                .getFirst().existing().id())).isNotNull();
        assertThat(countOwnerInvoices()).isEqualTo(2);
    }

    @Test
    void without_an_open_period_or_the_right_nothing_is_made() {
        periods.close(admin, february.id(), february.version());
        assertThatThrownBy(() -> newInvoices.createNext(admin, prime.id())).isInstanceOf(RuleViolation.class)
                .extracting(violation -> ((RuleViolation) violation).messageKey()).isEqualTo("invoice.error.no-open-period");
        // the viewer reads Prime Contracts but does not administer it; the contact has NONE on it
        assertThatThrownBy(() -> newInvoices.createNext(world.viewer().id(), prime.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newInvoices.options(world.contact().id(), world.project().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newInvoices.options(world.outsider().id(), world.project().id()))
                .isInstanceOf(NotFound.class);
        assertThat(countOwnerInvoices()).isEqualTo(1);
    }

    @Test
    void an_owner_invoice_s_lines_are_saved_all_or_nothing_like_a_subcontractor_invoice_s() {
        OwnerInvoice created = newInvoices.createNext(admin, prime.id());
        InvoiceRef ref = InvoiceRef.owner(created.id());
        InvoiceDetail detail = details.detail(admin, ref);
        assertThat(detail.rights().editLines()).isTrue();
        long line = detail.payApplication().rows().getFirst().sovLineId();

        // more than the scheduled value left after January's work: refused, nothing saved
        assertThatThrownBy(() -> details.save(admin, ref, detail.version(), new InvoiceEdit("PC-1-02",
                february.endDate(), null, List.of(new InvoiceEdit.LineAmounts(line, Money.of("960000.01"), Money.ZERO)))))
                .isInstanceOf(LinesRejected.class);
        assertThat(invoices.ownerPayApplication(admin, created.id()).summary().workThisPeriod()).isEqualTo(Money.ZERO);

        InvoiceDetail saved = details.save(admin, ref, detail.version(), new InvoiceEdit("PC-1-02", february.endDate(),
                "February", List.of(new InvoiceEdit.LineAmounts(line, Money.of("60000.00"), Money.of("1000.00")))));
        assertThat(saved.payApplication().summary().workThisPeriod()).isEqualTo(Money.of("60000.00"));
        assertThat(saved.payApplication().rows().getFirst().completedToDate()).isEqualTo(Money.of("101000.00"));
        assertThat(saved.history()).extracting(InvoiceChange::what).contains(InvoiceChange.What.LINES_SAVED);
        assertThat(details.preview(admin, ref, List.of(new InvoiceEdit.LineAmounts(line, Money.of("1.00"), Money.ZERO)))
                .summary().workThisPeriod()).isEqualTo(Money.of("1.00"));

        assertThatThrownBy(() -> details.save(world.viewer().id(), ref, saved.version(), new InvoiceEdit("PC-1-02",
                february.endDate(), null, List.of()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> details.save(admin, ref, detail.version(), new InvoiceEdit("PC-1-02",
                february.endDate(), null, List.of()))).as("saved meanwhile").isInstanceOf(RuleViolation.class);

        // the owner's own Prime Contracts administrator finds no draft; once submitted, reads the pay application but
        // neither starts nor edits one
        var ownerAdmin = data.user("owner-admin-" + world.project().number(), world.subcontractor());
        context.getBean(com.invoicebackups.project.ProjectService.class).addMember(world.project().id(), ownerAdmin.id(),
                com.invoicebackups.project.Permission.NONE, com.invoicebackups.project.Permission.ADMIN);
        assertThatThrownBy(() -> details.detail(ownerAdmin.id(), ref)).isInstanceOf(NotFound.class);
        context.getBean(OwnerReviewService.class).submit(admin, created.id(), OwnerInvoiceStatus.DRAFT);
        assertThat(details.detail(ownerAdmin.id(), ref).rights().editLines()).isFalse();
        long submittedVersion = details.detail(admin, ref).version();
        assertThatThrownBy(() -> details.save(ownerAdmin.id(), ref, submittedVersion, new InvoiceEdit("PC-1-02",
                february.endDate(), null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newInvoices.options(ownerAdmin.id(), world.project().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long countOwnerInvoices() {
        return context.getBean(OwnerInvoiceRepository.class).findByPrimeContractIdOrderByPosition(prime.id()).size();
    }
}
