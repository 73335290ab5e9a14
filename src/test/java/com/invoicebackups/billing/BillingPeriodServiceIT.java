package com.invoicebackups.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.shared.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class BillingPeriodServiceIT {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    @Autowired
    BillingPeriodService periods;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    long admin;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        project = world.project().id();
    }

    @Test
    void at_most_one_period_is_open_per_project() {
        BillingPeriod january = data.period(world, JAN, PeriodStatus.OPEN);
        assertThatThrownBy(() -> data.period(world, FEB, PeriodStatus.OPEN))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("billing.error.one-open");

        BillingPeriod february = data.period(world, FEB, PeriodStatus.CLOSED);
        assertThatThrownBy(() -> periods.open(admin, february.id(), february.version()))
                .isInstanceOf(RuleViolation.class);

        periods.close(admin, january.id(), january.version());
        BillingPeriod reopened = periods.open(admin, february.id(), february.version());
        assertThat(reopened.status()).isEqualTo(PeriodStatus.OPEN);
    }

    @Test
    void the_database_itself_refuses_a_second_open_period() {
        data.period(world, JAN, PeriodStatus.OPEN);
        BillingPeriod february = data.period(world, FEB, PeriodStatus.CLOSED);
        assertThatThrownBy(() -> jdbc.sql("update billing_period set status = 'OPEN' where id = ?")
                .param(february.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void date_ranges_never_overlap() {
        data.period(world, JAN, PeriodStatus.CLOSED);
        assertThatThrownBy(() -> periods.create(admin, project, JAN.plusDays(30), FEB.plusDays(10), FEB.plusDays(20),
                PeriodStatus.CLOSED))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("billing.error.overlap");

        BillingPeriod february = data.period(world, FEB, PeriodStatus.CLOSED);
        assertThatThrownBy(() -> periods.reschedule(admin, february.id(), february.version(), JAN.plusDays(20),
                FEB.plusDays(27), MAR)).isInstanceOf(RuleViolation.class);
        assertThat(periods.periods(admin, project)).extracting(BillingPeriod::startDate).containsExactly(JAN, FEB);
    }

    @Test
    void end_before_start_is_refused() {
        assertThatThrownBy(() -> periods.create(admin, project, FEB, JAN, FEB, PeriodStatus.CLOSED))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("billing.error.end-before-start");
    }

    @Test
    void a_period_linked_to_an_invoice_cannot_be_deleted_and_nothing_is_deleted() {
        BillingPeriod january = data.period(world, JAN, PeriodStatus.CLOSED);
        BillingPeriod february = data.period(world, FEB, PeriodStatus.CLOSED);
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        data.invoice(subcontract, january, "1", InvoiceStatus.APPROVED, "1000.00", null);

        assertThatThrownBy(() -> periods.delete(admin, january.id()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.messageKey()).isEqualTo("billing.error.linked");
                    assertThat(violation.arguments()).containsExactly(1);
                });
        assertThat(periods.periods(admin, project)).hasSize(2);

        periods.delete(admin, february.id());
        assertThat(periods.periods(admin, project)).extracting(BillingPeriod::id).containsExactly(january.id());
    }

    @Test
    void only_an_administrator_on_commitments_manages_periods() {
        BillingPeriod january = data.period(world, JAN, PeriodStatus.CLOSED);
        long viewer = world.viewer().id();
        assertThat(periods.periods(viewer, project)).hasSize(1);
        assertThatThrownBy(() -> periods.create(viewer, project, FEB, FEB.plusDays(27), MAR, PeriodStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> periods.delete(viewer, january.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(periods.periods(admin, project)).hasSize(1);
    }

    @Test
    void a_stale_edit_is_refused() {
        BillingPeriod january = data.period(world, JAN, PeriodStatus.CLOSED);
        periods.reschedule(admin, january.id(), january.version(), JAN, JAN.plusDays(30), FEB.plusDays(5));
        assertThatThrownBy(() -> periods.open(admin, january.id(), january.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
