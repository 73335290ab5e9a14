package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class InvoiceServiceIT {

    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    InvoiceService invoices;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract sc2;
    Subcontract sc10;
    BillingPeriod january;
    BillingPeriod february;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        sc10 = data.subcontract(world, "SC-10", world.subcontractor());
        sc2 = data.subcontract(world, "SC-2", world.subcontractor());
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
    }

    @Test
    void each_invoice_builds_on_the_one_before_it_on_the_same_contract() {
        SubcontractorInvoice first = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "30000.00", null);
        SubcontractorInvoice second = data.invoice(sc2, february, "2-02", InvoiceStatus.UNDER_REVIEW, "20000.00", null);
        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(2);

        PayApplication application = invoices.payApplication(world.admin().id(), second.id());
        PayApplication.Row labor = application.rows().getFirst();
        assertThat(labor.fromPrevious()).isEqualTo(Money.of("30000.00"));
        assertThat(labor.completedToDate()).isEqualTo(Money.of("50000.00"));
        assertThat(labor.retainage()).isEqualTo(Money.of("5000.00"));
        assertThat(application.summary().previousCertificates()).isEqualTo(Money.of("27000.00"));
        assertThat(application.summary().currentPaymentDue()).isEqualTo(Money.of("18000.00"));

        List<InvoiceRow> rows = grid.page(world.admin().id(), world.project().id(), InvoiceFilter.NONE, List.of(), 0, 10);
        assertThat(rows).extracting(InvoiceRow::number).containsExactly("2-01", "2-02");
        assertThat(rows.get(1).amountThisPeriod()).isEqualTo(Money.of("20000.00"));
        assertThat(rows.get(1).currentPaymentDue()).isEqualTo(Money.of("18000.00"));
    }

    @Test
    void the_grid_orders_by_natural_contract_number_then_position_and_pages() {
        data.invoice(sc10, january, "10-01", InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(sc2, february, "2-02", InvoiceStatus.DRAFT, "100.00", "stored materials");
        long admin = world.admin().id();
        long project = world.project().id();

        assertThat(grid.page(admin, project, InvoiceFilter.NONE, List.of(), 0, 10))
                .extracting(InvoiceRow::contractNumber, InvoiceRow::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SC-2", "2-01"),
                        org.assertj.core.groups.Tuple.tuple("SC-2", "2-02"),
                        org.assertj.core.groups.Tuple.tuple("SC-10", "10-01"));
        assertThat(grid.page(admin, project, InvoiceFilter.NONE,
                List.of(new InvoiceSort(InvoiceSort.Column.CONTRACT_NUMBER, false)), 0, 1))
                .extracting(InvoiceRow::number).containsExactly("10-01");
        assertThat(grid.page(admin, project, InvoiceFilter.NONE, List.of(), 1, 1))
                .extracting(InvoiceRow::number).containsExactly("2-02");
        assertThat(grid.count(admin, project, InvoiceFilter.NONE)).isEqualTo(3);

        assertThat(grid.count(admin, project, new InvoiceFilter("materials", null, null, null))).isEqualTo(1);
        assertThat(grid.count(admin, project, new InvoiceFilter("SC-10", null, null, null))).isEqualTo(1);
        assertThat(grid.count(admin, project, new InvoiceFilter(null, null, february.id(), null))).isEqualTo(1);
        assertThat(grid.count(admin, project, new InvoiceFilter(null, null, null, InvoiceStatus.APPROVED))).isEqualTo(2);
        assertThat(grid.count(admin, project, new InvoiceFilter(null, world.subcontractor().id(), null, null))).isEqualTo(3);
        assertThat(grid.count(admin, project, new InvoiceFilter("100%", null, null, null))).isZero();
    }

    @Test
    void a_completed_signature_keeps_the_signed_pdf() {
        SubcontractorInvoice invoice = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        SubcontractorInvoice signed = reviews.recordSignedDocument(world.admin().id(), invoice.id(), "signed.pdf",
                TestFiles.pdf("signed", 1));
        assertThat(signed.signatureStatus()).isEqualTo(SignatureStatus.COMPLETED);
        assertThat(signed.signedDocumentKey()).isNotBlank();
        assertThat(invoices.subcontractorInvoice(world.admin().id(), invoice.id()).signatureStatus())
                .isEqualTo(SignatureStatus.COMPLETED);
    }
}
