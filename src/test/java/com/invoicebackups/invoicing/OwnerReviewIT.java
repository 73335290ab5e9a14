package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The owner invoice between the general contractor and the owner: who may open, submit, decide on and record the
 * payment of one, in each status; and the whole way with its history and mails to the other side.
 */
@IntegrationTest
class OwnerReviewIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Who asks: the contractor's and the owner's Prime Contracts administrators, and everyone who is neither. */
    enum Role { CONTRACTOR_ADMIN, OWNER_ADMIN, OWNER_READER, THIRD_PARTY_ADMIN, CONTRACTOR_VIEWER, CONTACT, OUTSIDER }

    record EntryPoint(String name, BiConsumer<Long, OwnerInvoice> action) {
    }

    @Autowired
    OwnerReviewService reviews;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    OwnerInvoiceGridService grid;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    PrimeContract prime;
    Map<Role, Long> users = new EnumMap<>(Role.class);
    int numbers;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        String tag = world.project().number().substring(2);
        Company owner = companies.createCompany("Owner " + tag, CompanyKind.OWNER, "owner");
        Company third = companies.createCompany("Lender " + tag, CompanyKind.OWNER, "owner");
        prime = contracts.createPrimeContract(world.project().id(), "PC-1", "Clinic", owner.id(), BigDecimal.valueOf(5),
                List.of(new NewSovLine("1", "Clinic", Money.of("1000000.00"), "01-000", false)));
        users.put(Role.CONTRACTOR_ADMIN, world.admin().id());
        users.put(Role.OWNER_ADMIN, member(data.user("olga-" + tag, owner), Permission.ADMIN));
        users.put(Role.OWNER_READER, member(data.user("otto-" + tag, owner), Permission.READ_ONLY));
        users.put(Role.THIRD_PARTY_ADMIN, member(data.user("lena-" + tag, third), Permission.ADMIN));
        users.put(Role.CONTRACTOR_VIEWER, world.viewer().id());
        users.put(Role.CONTACT, world.contact().id());
        users.put(Role.OUTSIDER, world.outsider().id());
    }

    private long member(UserAccount user, Permission primeContracts) {
        projects.addMember(world.project().id(), user.id(), Permission.NONE, primeContracts);
        return user.id();
    }

    private List<EntryPoint> entryPoints() {
        return List.of(
                new EntryPoint("open", (user, invoice) -> details.detail(user, InvoiceRef.owner(invoice.id()))),
                new EntryPoint("submit", (user, invoice) -> reviews.submit(user, invoice.id(), null)),
                new EntryPoint("approve", (user, invoice) ->
                        reviews.decide(user, invoice.id(), null, OwnerInvoiceStatus.APPROVED, null)),
                new EntryPoint("revise", (user, invoice) -> reviews.decide(user, invoice.id(), null,
                        OwnerInvoiceStatus.REVISE_AND_RESUBMIT, "Stored materials need invoices")),
                new EntryPoint("paid", (user, invoice) -> reviews.recordPayment(user, invoice.id(), null)));
    }

    /**
     * Outside the contractor, a draft does not exist; the owner's administrators decide on a submitted invoice and
     * record the payment of an approved one; nobody else decides, and only the contractor submits.
     */
    private static final String EXPECTED = """
            role              | status    | open      | submit    | approve   | revise    | paid
            CONTRACTOR_ADMIN  | DRAFT     | ok        | ok        | denied    | denied    | denied
            CONTRACTOR_ADMIN  | SUBMITTED | ok        | not-now   | denied    | denied    | denied
            CONTRACTOR_ADMIN  | APPROVED  | ok        | not-now   | denied    | denied    | denied
            OWNER_ADMIN       | DRAFT     | not-found | not-found | not-found | not-found | not-found
            OWNER_ADMIN       | SUBMITTED | ok        | denied    | ok        | ok        | not-now
            OWNER_ADMIN       | APPROVED  | ok        | denied    | not-now   | not-now   | ok
            OWNER_READER      | DRAFT     | not-found | not-found | not-found | not-found | not-found
            OWNER_READER      | SUBMITTED | not-found | not-found | not-found | not-found | not-found
            OWNER_READER      | APPROVED  | not-found | not-found | not-found | not-found | not-found
            THIRD_PARTY_ADMIN | DRAFT     | not-found | not-found | not-found | not-found | not-found
            THIRD_PARTY_ADMIN | SUBMITTED | ok        | denied    | denied    | denied    | denied
            THIRD_PARTY_ADMIN | APPROVED  | ok        | denied    | denied    | denied    | denied
            CONTRACTOR_VIEWER | DRAFT     | not-found | not-found | not-found | not-found | not-found
            CONTRACTOR_VIEWER | SUBMITTED | not-found | not-found | not-found | not-found | not-found
            CONTRACTOR_VIEWER | APPROVED  | not-found | not-found | not-found | not-found | not-found
            CONTACT           | DRAFT     | not-found | not-found | not-found | not-found | not-found
            CONTACT           | SUBMITTED | not-found | not-found | not-found | not-found | not-found
            CONTACT           | APPROVED  | not-found | not-found | not-found | not-found | not-found
            OUTSIDER          | DRAFT     | not-found | not-found | not-found | not-found | not-found
            OUTSIDER          | SUBMITTED | not-found | not-found | not-found | not-found | not-found
            OUTSIDER          | APPROVED  | not-found | not-found | not-found | not-found | not-found
            """;

    @Test
    void each_entry_point_admits_exactly_the_roles_of_the_matrix_in_each_status() {
        SoftAssertions softly = new SoftAssertions();
        List<String> lines = EXPECTED.lines().skip(1).toList();
        List<EntryPoint> entryPoints = entryPoints();
        for (String line : lines) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            Role role = Role.valueOf(cells[0]);
            OwnerInvoiceStatus status = OwnerInvoiceStatus.valueOf(cells[1]);
            for (int i = 0; i < entryPoints.size(); i++) {
                OwnerInvoice invoice = data.ownerInvoice(prime, null, "OA-" + ++numbers, status, "1000.00", null);
                EntryPoint entryPoint = entryPoints.get(i);
                softly.assertThat(outcome(() -> entryPoint.action().accept(users.get(role), invoice)))
                        .as(role + " " + status + " " + entryPoint.name()).isEqualTo(cells[i + 2]);
            }
        }
        softly.assertAll();
    }

    @Test
    void the_owner_tab_lists_drafts_to_the_contractor_only() {
        data.ownerInvoice(prime, null, "OA-1", OwnerInvoiceStatus.DRAFT, "1000.00", null);
        data.ownerInvoice(prime, null, "OA-2", OwnerInvoiceStatus.SUBMITTED, "1000.00", null);
        data.ownerInvoice(prime, null, "OA-3", OwnerInvoiceStatus.PAID, "1000.00", null);
        assertThat(numbersSeenBy(Role.CONTRACTOR_ADMIN)).containsExactly("OA-1", "OA-2", "OA-3");
        assertThat(numbersSeenBy(Role.OWNER_ADMIN)).containsExactly("OA-2", "OA-3");
        assertThat(grid.count(users.get(Role.OWNER_ADMIN), world.project().id(), OwnerInvoiceFilter.NONE)).isEqualTo(2);
        assertThat(numbersSeenBy(Role.THIRD_PARTY_ADMIN)).containsExactly("OA-2", "OA-3");
        assertThatThrownBy(() -> numbersSeenBy(Role.OWNER_READER)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> numbersSeenBy(Role role) {
        return grid.page(users.get(role), world.project().id(), OwnerInvoiceFilter.NONE,
                List.of(new InvoiceSort(InvoiceSort.Column.INVOICE_NUMBER, true)), 0, 50).stream()
                .map(OwnerInvoiceRow::number).toList();
    }

    @Test
    void submitted_sent_back_resubmitted_approved_and_paid_each_step_recorded_and_mailed_to_the_other_side()
            throws Exception {
        long gc = users.get(Role.CONTRACTOR_ADMIN);
        long owner = users.get(Role.OWNER_ADMIN);
        OwnerInvoice invoice = data.ownerInvoice(prime, null, "OA-7", OwnerInvoiceStatus.DRAFT, "1000.00", null);
        long id = invoice.id();

        reviews.submit(gc, id, OwnerInvoiceStatus.DRAFT);
        assertThatThrownBy(() -> reviews.decide(owner, id, OwnerInvoiceStatus.SUBMITTED,
                OwnerInvoiceStatus.REVISE_AND_RESUBMIT, "  ")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("invoice.error.reason-required");
        reviews.decide(owner, id, OwnerInvoiceStatus.SUBMITTED, OwnerInvoiceStatus.REVISE_AND_RESUBMIT,
                "Stored materials need invoices");
        InvoiceDetail returned = details.detail(gc, InvoiceRef.owner(id));
        assertThat(returned.reviewNote()).isEqualTo("Stored materials need invoices");
        assertThat(returned.rights().editLines()).isTrue();
        // a decision on the invoice as it was seen before someone else moved it changes nothing
        assertThatThrownBy(() -> reviews.decide(owner, id, OwnerInvoiceStatus.SUBMITTED, OwnerInvoiceStatus.APPROVED,
                null)).isInstanceOf(StatusChanged.class);
        reviews.submit(gc, id, OwnerInvoiceStatus.REVISE_AND_RESUBMIT);
        reviews.decide(owner, id, OwnerInvoiceStatus.SUBMITTED, OwnerInvoiceStatus.APPROVED, null);
        reviews.recordPayment(owner, id, OwnerInvoiceStatus.APPROVED);

        InvoiceDetail paid = details.detail(gc, InvoiceRef.owner(id));
        assertThat(paid.status()).isEqualTo("PAID");
        String gcName = world.admin().displayName();
        String ownerName = companies.user(owner).displayName();
        assertThat(paid.history()).filteredOn(change -> change.what() == InvoiceChange.What.STATUS)
                .extracting(InvoiceChange::from, InvoiceChange::to, InvoiceChange::changedBy, InvoiceChange::note)
                .containsExactly(
                        tuple("APPROVED", "PAID", ownerName, null),
                        tuple("SUBMITTED", "APPROVED", ownerName, null),
                        tuple("REVISE_AND_RESUBMIT", "SUBMITTED", gcName, null),
                        tuple("SUBMITTED", "REVISE_AND_RESUBMIT", ownerName, "Stored materials need invoices"),
                        tuple("DRAFT", "SUBMITTED", gcName, null));

        String ownerEmail = companies.user(owner).email();
        String gcEmail = world.admin().email();
        List<MimeMessage> mails = mails(5);
        assertThat(mails).extracting(OwnerReviewIT::recipient, OwnerReviewIT::subject).containsExactlyInAnyOrder(
                tuple(ownerEmail, "Funding invoice OA-7 of PC-1 submitted for your review"),
                tuple(ownerEmail, "Funding invoice OA-7 of PC-1 submitted for your review"),
                tuple(gcEmail, "Owner invoice OA-7 of PC-1 needs revision"),
                tuple(gcEmail, "Owner invoice OA-7 of PC-1 approved"),
                tuple(gcEmail, "Owner invoice OA-7 of PC-1 paid"));
        MimeMessage revision = mails.stream().filter(mail -> subject(mail).endsWith("needs revision")).findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(revision)).contains("Stored materials need invoices").contains(ownerName)
                .contains("/projects/" + world.project().id() + "/owner-invoices/" + id);
    }

    /** This world's mails, once there are as many as expected; they are sent after the commit, on their own thread. */
    private List<MimeMessage> mails(int expected) {
        String tag = world.project().number().substring(2);
        AtomicReference<List<MimeMessage>> ours = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            ours.set(Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).contains(tag))
                    .toList());
            assertThat(ours.get()).extracting(OwnerReviewIT::recipient, OwnerReviewIT::subject)
                    .hasSizeGreaterThanOrEqualTo(expected);
        });
        return new ArrayList<>(ours.get());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (NotFound e) {
            return "not-found";
        } catch (AccessDeniedException e) {
            return "denied";
        } catch (RuleViolation e) {
            return e.messageKey().equals("invoice.error.not-now") ? "not-now" : e.messageKey();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
