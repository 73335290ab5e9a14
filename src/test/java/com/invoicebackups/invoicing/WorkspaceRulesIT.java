package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Rules of the workspace that span invoices: later work, final signatures, private subcontracts in owner backups. */
@IntegrationTest
class WorkspaceRulesIT {

    @Autowired
    InvoiceDetailService details;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ContractService contracts;
    @Autowired
    ProjectService projects;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    Subcontract subcontract;
    BillingPeriod january;
    BillingPeriod february;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        subcontract = contracts.addInvoiceContact(data.subcontract(world, "SC-1", world.subcontractor()).id(),
                world.contact().id());
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.CLOSED);
    }

    @Test
    void an_invoice_sent_back_after_later_ones_cannot_bill_what_they_already_billed() {
        SubcontractorInvoice first = data.invoice(subcontract, january, "SC-1-01", InvoiceStatus.REVISE_AND_RESUBMIT,
                "30000.00", null);
        data.invoice(subcontract, february, "SC-1-02", InvoiceStatus.APPROVED, "40000.00", null);
        InvoiceDetail detail = details.detail(world.contact().id(), InvoiceRef.subcontractor(first.id()));
        long labor = detail.payApplication().rows().getFirst().sovLineId();

        assertThatThrownBy(() -> details.save(world.contact().id(), first.id(), detail.version(),
                new InvoiceEdit("SC-1-01", null, null, List.of(amounts(labor, "60000.01")))))
                .isInstanceOfSatisfying(LinesRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactlyEntriesOf(Map.of(labor, "invoice.line.beyond-scheduled")));
        InvoiceDetail saved = details.save(world.contact().id(), first.id(), detail.version(),
                new InvoiceEdit("SC-1-01", null, null, List.of(amounts(labor, "60000.00"))));
        assertThat(saved.payApplication().rows().getFirst().thisPeriod()).isEqualTo(Money.of("60000.00"));
    }

    @Test
    void a_recorded_signature_makes_the_amounts_final() {
        SubcontractorInvoice draft = data.invoice(subcontract, february, "SC-1-01", InvoiceStatus.DRAFT, "100.00", null);
        reviews.recordSignedDocument(world.contact().id(), draft.id(), "signed.pdf", TestFiles.pdf("signed", 1));
        InvoiceDetail detail = details.detail(world.contact().id(), InvoiceRef.subcontractor(draft.id()));

        assertThat(detail.signature()).isEqualTo(SignatureStatus.COMPLETED);
        assertThat(detail.rights().editLines()).isFalse();
        assertThat(detail.rights().submit()).isTrue();
        long labor = detail.payApplication().rows().getFirst().sovLineId();
        assertThatThrownBy(() -> details.save(world.contact().id(), draft.id(), detail.version(),
                new InvoiceEdit("SC-1-01", null, null, List.of(amounts(labor, "200.00")))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("invoice.error.not-now"));
    }

    @Test
    void an_owner_backup_holds_a_private_subcontracts_invoices_only_for_who_may_see_it() {
        Subcontract secret = contracts.makePrivate(data.subcontract(world, "SC-2", world.subcontractor()).id(), Set.of());
        SubcontractorInvoice open = data.invoice(subcontract, january, "SC-1-01", InvoiceStatus.APPROVED, "100.00", null);
        SubcontractorInvoice hidden = data.invoice(secret, january, "SC-2-01", InvoiceStatus.APPROVED, "100.00", null);
        UserAccount primeAdmin = data.user("prime-" + world.project().number(),
                context.getBean(com.invoicebackups.company.CompanyService.class).company(world.project().companyId()));
        projects.addMember(world.project().id(), primeAdmin.id(), Permission.READ_ONLY, Permission.ADMIN);

        assertThat(invoices.approvedInPeriod(primeAdmin.id(), world.project().id(), january.id()))
                .extracting(SubcontractorInvoice::id).containsExactly(open.id());
        assertThat(invoices.approvedInPeriod(world.admin().id(), world.project().id(), january.id()))
                .extracting(SubcontractorInvoice::id).containsExactlyInAnyOrder(open.id(), hidden.id());
    }

    private static InvoiceEdit.LineAmounts amounts(long sovLineId, String thisPeriod) {
        return new InvoiceEdit.LineAmounts(sovLineId, Money.of(thisPeriod), Money.ZERO);
    }
}
