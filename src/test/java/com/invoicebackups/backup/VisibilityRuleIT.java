package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceReviewed;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.OwnerPreflight;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Generated members (permissions on both tools, companies, deactivated or not) and subcontracts (public or private,
 * private lists, invoice contacts), with approved and unapproved invoices, documents and backups. Every reader of
 * subcontractor invoices is checked against the visibility rule written out here on its own:
 * <ul>
 *   <li>works on a subcontract's invoices: ADMIN on Commitments, or an invoice contact with at least READ_ONLY on it;</li>
 *   <li>carries its APPROVED invoices in owner backups: ADMIN on Prime Contracts at the general contractor, for
 *       public subcontracts and for private ones it sees;</li>
 *   <li>sees a subcontract: ADMIN on Commitments, or READ_ONLY on it and the subcontract public or naming them;</li>
 *   <li>no one who is not an active member sees anything.</li>
 * </ul>
 */
@IntegrationTest
@RecordApplicationEvents
class VisibilityRuleIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Permission[] PRIME_LEVELS = {Permission.NONE, Permission.READ_ONLY, Permission.ADMIN};
    private static final byte[] RECEIPT = TestFiles.pdf("Receipt", 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    InvoiceService invoices;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    AttachmentService attachments;
    @Autowired
    OwnerPreflight ownerPreflight;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    BackupService backupService;
    @Autowired
    BackupRepository backupRows;
    @Autowired
    ApplicationEvents events;

    /** A generated user: null permissions for one who is not a member. */
    /** {@code contractor}: works for the general contractor that owns the project. */
    record Member(UserAccount user, Permission commitments, Permission prime, boolean active, boolean contractor) {

        boolean member() {
            return commitments != null && active;
        }
    }

    /** A generated subcontract with its approved invoice (with a document) and its unapproved one. */
    record Contract(Subcontract subcontract, SubcontractorInvoice approved, Attachment document,
                    SubcontractorInvoice pending) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261206L, 7L, 424242L})
    void every_reader_shows_exactly_what_the_rule_allows(long seed) {
        Random random = new Random(seed);
        TestData data = new TestData(context);
        TestData.World world = data.world();
        long projectId = world.project().id();
        String tag = world.project().number();
        Company gc = companies.company(world.project().companyId());
        List<Company> subs = List.of(world.subcontractor(),
                companies.createCompany("Sub B " + tag, CompanyKind.SUBCONTRACTOR, "gc"),
                companies.createCompany("Sub C " + tag, CompanyKind.SUBCONTRACTOR, "gc"));

        List<Member> members = new ArrayList<>();
        members.add(new Member(world.admin(), Permission.ADMIN, Permission.ADMIN, true, true));
        for (int i = 0; i < 14; i++) {
            Company company = i % 3 == 0 ? gc : subs.get(random.nextInt(subs.size()));
            UserAccount user = data.user("u" + i + "-" + tag, company);
            boolean member = random.nextInt(8) != 0;
            Permission commitments = member ? Permission.values()[random.nextInt(4)] : null;
            Permission prime = member ? PRIME_LEVELS[random.nextInt(3)] : null;
            if (member) {
                projects.addMember(projectId, user.id(), commitments, prime);
            }
            members.add(new Member(user, commitments, prime, true, company.id() == gc.id()));
        }

        BillingPeriod january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        BillingPeriod february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        List<Contract> generated = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Company company = subs.get(random.nextInt(subs.size()));
            Subcontract subcontract = data.subcontract(world, "SC-" + i, company);
            for (Member candidate : members) {
                if (candidate.commitments() != null && candidate.user().companyId() == company.id()
                        && random.nextInt(3) == 0) {
                    contracts.addInvoiceContact(subcontract.id(), candidate.user().id());
                }
            }
            if (random.nextBoolean()) {
                Set<Long> privateList = members.stream().filter(candidate -> random.nextInt(4) == 0)
                        .map(candidate -> candidate.user().id()).collect(Collectors.toSet());
                contracts.makePrivate(subcontract.id(), privateList);
            }
            subcontract = contracts.subcontractById(subcontract.id());
            SubcontractorInvoice approved = data.invoice(subcontract, january, i + "-01", InvoiceStatus.APPROVED,
                    "100.00", null);
            Attachment document = attachments.upload(world.admin().id(), InvoiceRef.subcontractor(approved.id()),
                    "receipt-" + i + ".pdf", DocumentType.RECEIPT, RECEIPT);
            SubcontractorInvoice pending = data.invoice(subcontract, february, i + "-02", InvoiceStatus.UNDER_REVIEW,
                    "50.00", null);
            generated.add(new Contract(subcontract, approved, document, pending));
        }
        PrimeContract prime = data.primeContract(world, "PC-1");
        OwnerInvoice owner = data.ownerInvoice(prime, february, "OA-02", OwnerInvoiceStatus.DRAFT, "10.00", null);

        List<BackupEntity> backups = new ArrayList<>();
        for (Contract contract : generated) {
            for (BackupKind kind : BackupKind.values()) {
                Member requester = members.get(random.nextInt(members.size()));
                BackupEntity backup = new BackupEntity(projectId, kind, requester.user().id(), Instant.now(),
                        List.of(kind == BackupKind.OWNER ? owner.id() : contract.approved().id()), BackupOptions.ALL,
                        "gc", null);
                backup.carry(Set.of(contract.subcontract().id()));
                backups.add(backupRows.save(backup));
            }
        }

        // one member loses their account: from then on they see nothing
        UserAccount operator = data.user("operator-" + tag, gc);
        companies.makeOperator(operator.id());
        int leaving = 1 + random.nextInt(members.size() - 1);
        Member left = members.get(leaving);
        companies.setActive(operator.id(), left.user().id(), false);
        members.set(leaving, new Member(left.user(), left.commitments(), left.prime(), false, left.contractor()));

        SoftAssertions softly = new SoftAssertions();
        for (Member member : members) {
            check(softly, member, projectId, generated, owner, backups);
        }
        checkMails(softly, world, members, generated);
        softly.assertAll();
    }

    private void check(SoftAssertions softly, Member member, long projectId, List<Contract> generated,
                       OwnerInvoice owner, List<BackupEntity> backups) {
        long user = member.user().id();
        String who = member.user().username() + " (" + member.commitments() + "/" + member.prime()
                + (member.active() ? "" : ", deactivated") + ")";
        Set<Long> gridExpected = new TreeSet<>();
        Set<Long> companiesExpected = new TreeSet<>();
        Set<Long> subcontractsExpected = new TreeSet<>();
        for (Contract contract : generated) {
            Subcontract subcontract = contract.subcontract();
            boolean works = works(member, subcontract);
            if (works) {
                gridExpected.add(contract.approved().id());
                gridExpected.add(contract.pending().id());
                companiesExpected.add(subcontract.companyId());
            }
            if (seesSubcontract(member, subcontract)) {
                subcontractsExpected.add(subcontract.id());
            }
            boolean readsApproved = works || carriesToOwner(member, subcontract);
            softly.assertThat(opens(() -> details.detail(user, InvoiceRef.subcontractor(contract.approved().id()))))
                    .as("%s opens approved %s", who, subcontract.number()).isEqualTo(readsApproved);
            softly.assertThat(opens(() -> attachments.file(user, contract.document().id())))
                    .as("%s downloads the document of %s", who, subcontract.number()).isEqualTo(readsApproved);
            softly.assertThat(opens(() -> details.detail(user, InvoiceRef.subcontractor(contract.pending().id()))))
                    .as("%s opens unapproved %s", who, subcontract.number()).isEqualTo(works);
        }
        if (!member.member()) {
            softly.assertThat(opens(() -> grid.count(user, projectId, InvoiceFilter.NONE)))
                    .as("%s reads the grid", who).isFalse();
            softly.assertThat(opens(() -> backupService.history(user, projectId))).as("%s lists backups", who).isFalse();
        } else {
            softly.assertThat(new TreeSet<>(grid.ids(user, projectId, InvoiceFilter.NONE))).as("%s grid", who)
                    .isEqualTo(gridExpected);
            softly.assertThat(grid.count(user, projectId, InvoiceFilter.NONE)).as("%s grid count", who)
                    .isEqualTo(gridExpected.size());
            softly.assertThat(sorted(grid.companyOptions(user, projectId).stream().map(InvoiceGridService.CompanyOption::id)))
                    .as("%s company filter", who)
                    .isEqualTo(companiesExpected);
            softly.assertThat(sorted(contracts.visibleSubcontracts(user, projectId).stream().map(Subcontract::id)))
                    .as("%s subcontracts", who)
                    .isEqualTo(subcontractsExpected);
            Set<Long> backupsExpected = backups.stream().filter(backup -> readsBackup(member, backup, generated))
                    .map(BackupEntity::getId).collect(Collectors.toCollection(TreeSet::new));
            softly.assertThat(sorted(backupService.history(user, projectId).stream().map(Backup::id)))
                    .as("%s backups", who).isEqualTo(backupsExpected);
            for (BackupEntity backup : backups) {
                softly.assertThat(backupService.backup(user, backup.getId()).isPresent())
                        .as("%s opens backup %s", who, backup.getId()).isEqualTo(backupsExpected.contains(backup.getId()));
            }
        }
        if (member.member() && member.prime() == Permission.ADMIN && member.contractor()) {
            OwnerPreflight.Missing missing = ownerPreflight.missing(user, projectId, List.of(owner.id()));
            Set<String> named = generated.stream().filter(contract -> carriesToOwner(member, contract.subcontract()))
                    .map(contract -> contract.subcontract().number()).collect(Collectors.toCollection(TreeSet::new));
            softly.assertThat(new TreeSet<>(missing.notApproved().stream().map(OwnerPreflight.NotApproved::contractNumber)
                    .toList())).as("%s owner preflight names", who).isEqualTo(named);
            softly.assertThat(missing.hiddenPrivate()).as("%s owner preflight hidden", who)
                    .isEqualTo(generated.size() - named.size());
            softly.assertThat(sorted(invoices.approvedInPeriod(user, projectId,
                            generated.getFirst().approved().billingPeriodId()).stream().map(SubcontractorInvoice::id)))
                    .as("%s owner backup carries", who)
                    .isEqualTo(sorted(generated.stream().filter(contract -> carriesToOwner(member, contract.subcontract()))
                            .map(contract -> contract.approved().id())));
        } else {
            softly.assertThat(opens(() -> ownerPreflight.missing(user, projectId, List.of(owner.id()))))
                    .as("%s runs the owner preflight", who).isFalse();
        }
    }

    /** Sending each unapproved invoice back mails exactly its contacts who still work on it. */
    private void checkMails(SoftAssertions softly, TestData.World world, List<Member> members,
                            List<Contract> generated) {
        for (Contract contract : generated) {
            events.clear();
            reviews.review(world.admin().id(), contract.pending().id(), InvoiceStatus.REVISE_AND_RESUBMIT, "Fix it");
            Set<Long> mailed = sorted(events.stream(InvoiceReviewed.class).flatMap(event -> event.recipientIds().stream()));
            Set<Long> expected = members.stream()
                    .filter(member -> contract.subcontract().invoiceContacts().contains(member.user().id()))
                    .filter(member -> works(member, contract.subcontract()))
                    .map(member -> member.user().id()).collect(Collectors.toCollection(TreeSet::new));
            softly.assertThat(mailed).as("mailed about %s", contract.subcontract().number()).isEqualTo(expected);
        }
    }

    private static boolean works(Member member, Subcontract subcontract) {
        if (!member.member()) {
            return false;
        }
        return member.commitments() == Permission.ADMIN || member.commitments() != Permission.NONE
                && subcontract.invoiceContacts().contains(member.user().id());
    }

    private static boolean seesSubcontract(Member member, Subcontract subcontract) {
        if (!member.member() || member.commitments() == Permission.NONE) {
            return false;
        }
        long id = member.user().id();
        return member.commitments() == Permission.ADMIN || !subcontract.privateContract()
                || subcontract.privateList().contains(id) || subcontract.invoiceContacts().contains(id);
    }

    private static boolean carriesToOwner(Member member, Subcontract subcontract) {
        return member.member() && member.prime() == Permission.ADMIN && member.contractor()
                && (!subcontract.privateContract() || seesSubcontract(member, subcontract));
    }

    private static boolean readsBackup(Member member, BackupEntity backup, List<Contract> generated) {
        boolean owner = backup.getKind() == BackupKind.OWNER;
        Permission tool = owner ? member.prime() : member.commitments();
        if (backup.getRequestedBy() != member.user().id() && tool != Permission.ADMIN) {
            return false;
        }
        Map<Long, Subcontract> byId = new HashMap<>();
        generated.forEach(contract -> byId.put(contract.subcontract().id(), contract.subcontract()));
        return new HashSet<>(backup.getCarriedSubcontractIds()).stream().map(byId::get)
                .allMatch(subcontract -> works(member, subcontract) || owner && carriesToOwner(member, subcontract));
    }

    private static Set<Long> sorted(java.util.stream.Stream<Long> ids) {
        return new TreeSet<>(ids.toList());
    }

    private static boolean opens(Supplier<?> read) {
        try {
            read.get();
            return true;
        } catch (NotFound | AccessDeniedException refused) {
            return false;
        }
    }
}
