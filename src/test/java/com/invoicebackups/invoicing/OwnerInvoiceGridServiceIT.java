package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Owner tab's rows from the database: PC-2 has OA-2 (January, approved) and OA-10 (February, draft, two
 * attachments); PC-10 has OA-9 (March, under review, one attachment) and OA-11 (no period, sent back).
 */
@IntegrationTest
class OwnerInvoiceGridServiceIT {

    @Autowired
    OwnerInvoiceGridService grid;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ProjectService projects;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    BillingPeriod february;
    long admin;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        project = world.project().id();
        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.CLOSED);
        BillingPeriod march = data.period(world, LocalDate.of(2026, 3, 1), PeriodStatus.OPEN);
        PrimeContract pc10 = data.primeContract(world, "PC-10");
        PrimeContract pc2 = data.primeContract(world, "PC-2");
        data.ownerInvoice(pc2, january, "OA-2", OwnerInvoiceStatus.APPROVED, "300.00", "Retainage held back");
        OwnerInvoice oa10 = data.ownerInvoice(pc2, february, "OA-10", OwnerInvoiceStatus.DRAFT, "1000.00", null);
        OwnerInvoice oa9 = data.ownerInvoice(pc10, march, "OA-9", OwnerInvoiceStatus.SUBMITTED, "200.00", null);
        data.ownerInvoice(pc10, null, "OA-11", OwnerInvoiceStatus.REVISE_AND_RESUBMIT, "500.00", null);
        for (String name : List.of("Waiver.pdf", "Payroll.pdf")) {
            attachments.upload(admin, InvoiceRef.owner(oa10.id()), name, DocumentType.OTHER, TestFiles.pdf(name, 1));
        }
        attachments.upload(admin, InvoiceRef.owner(oa9.id()), "Waiver.pdf", DocumentType.OTHER, TestFiles.pdf("w", 1));
    }

    @Test
    void rows_come_in_natural_contract_order_then_position_a_page_at_a_time_with_their_figures() {
        List<OwnerInvoiceRow> all = grid.page(admin, project, OwnerInvoiceFilter.NONE, List.of(), 0, 10);
        assertThat(all).extracting(OwnerInvoiceRow::contractNumber, OwnerInvoiceRow::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PC-2", "OA-2"), org.assertj.core.groups.Tuple.tuple("PC-2", "OA-10"),
                org.assertj.core.groups.Tuple.tuple("PC-10", "OA-9"), org.assertj.core.groups.Tuple.tuple("PC-10", "OA-11"));
        OwnerInvoiceRow oa10 = all.get(1);
        assertThat(oa10.periodNumber()).isEqualTo(2);
        assertThat(oa10.periodStart()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(oa10.billingDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(oa10.status()).isEqualTo(OwnerInvoiceStatus.DRAFT);
        assertThat(oa10.workThisPeriod()).isEqualTo(Money.of("1000.00"));
        // 5 % retainage on 1,300 completed, less the 285 certified on OA-2
        assertThat(oa10.currentPaymentDue()).isEqualTo(Money.of("950.00"));
        assertThat(oa10.attachmentCount()).isEqualTo(2);
        assertThat(all.get(3).periodNumber()).isNull();

        assertThat(grid.page(admin, project, OwnerInvoiceFilter.NONE, List.of(), 1, 2))
                .extracting(OwnerInvoiceRow::number).containsExactly("OA-10", "OA-9");
        assertThat(grid.count(admin, project, OwnerInvoiceFilter.NONE)).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({
            "INVOICE_NUMBER, OA-2 OA-9 OA-10 OA-11, OA-11 OA-10 OA-9 OA-2",
            "CONTRACT_NUMBER, OA-2 OA-10 OA-9 OA-11, OA-11 OA-9 OA-10 OA-2",
            "BILLING_PERIOD, OA-11 OA-2 OA-10 OA-9, OA-9 OA-10 OA-2 OA-11",
            "STATUS, OA-2 OA-10 OA-11 OA-9, OA-9 OA-11 OA-10 OA-2",
            "BILLING_DATE, OA-11 OA-2 OA-10 OA-9, OA-9 OA-10 OA-2 OA-11",
            "AMOUNT_THIS_PERIOD, OA-9 OA-2 OA-11 OA-10, OA-10 OA-11 OA-2 OA-9",
            "CURRENT_PAYMENT_DUE, OA-9 OA-2 OA-11 OA-10, OA-10 OA-11 OA-2 OA-9",
            // equal counts keep the order of creation, reversed when descending (one index serves the order)
            "ATTACHMENTS, OA-2 OA-11 OA-9 OA-10, OA-10 OA-9 OA-11 OA-2"})
    void every_column_sorts_both_ways(InvoiceSort.Column column, String ascending, String descending) {
        assertThat(numbers(List.of(new InvoiceSort(column, true)))).containsExactly(ascending.split(" "));
        assertThat(numbers(List.of(new InvoiceSort(column, false)))).containsExactly(descending.split(" "));
    }

    @Test
    void search_and_each_filter_narrow_the_rows_and_the_count_alike() {
        assertFound(new OwnerInvoiceFilter("OA-1", null, null), "OA-10", "OA-11");
        assertFound(new OwnerInvoiceFilter("retainage", null, null), "OA-2");
        assertFound(new OwnerInvoiceFilter("PC-10", null, null), "OA-9", "OA-11");
        assertFound(new OwnerInvoiceFilter("100%", null, null));
        assertFound(new OwnerInvoiceFilter(null, february.id(), null), "OA-10");
        assertFound(new OwnerInvoiceFilter(null, null, OwnerInvoiceStatus.SUBMITTED), "OA-9");
        assertFound(new OwnerInvoiceFilter("OA", february.id(), OwnerInvoiceStatus.APPROVED));
    }

    @Test
    void only_admin_on_prime_contracts_reads_them_and_only_of_its_own_project() {
        TestData.World other = data.world();
        data.ownerInvoice(data.primeContract(other, "PC-1"), null, "OA-1", OwnerInvoiceStatus.DRAFT, "1.00", null);
        assertThat(grid.count(admin, project, OwnerInvoiceFilter.NONE)).isEqualTo(4);

        projects.addMember(project, world.outsider().id(), Permission.NONE, Permission.ADMIN);
        assertThat(grid.count(world.outsider().id(), project, OwnerInvoiceFilter.NONE)).isEqualTo(4);
        assertThatThrownBy(() -> grid.page(world.viewer().id(), project, OwnerInvoiceFilter.NONE, List.of(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertFound(OwnerInvoiceFilter filter, String... numbers) {
        assertThat(grid.page(admin, project, filter, List.of(), 0, 10)).extracting(OwnerInvoiceRow::number)
                .containsExactlyInAnyOrder(numbers);
        assertThat(grid.count(admin, project, filter)).isEqualTo(numbers.length);
    }

    private List<String> numbers(List<InvoiceSort> sorts) {
        return grid.page(admin, project, OwnerInvoiceFilter.NONE, sorts, 0, 10).stream().map(OwnerInvoiceRow::number).toList();
    }
}
