package com.invoicebackups.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.audit.AuditQuery;
import com.invoicebackups.audit.AuditRecord;
import com.invoicebackups.audit.AuditTrail;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.NewUser;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.ScheduleLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.project.Member;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.RuleViolation;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** Company set-up through the services: who may do it, what the audit trail keeps, and the rules it keeps to. */
@IntegrationTest
class AdministrationIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    long admin;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        companies.makeOperator(admin);
    }

    @Test
    void a_permission_change_is_recorded_with_who_what_and_when_and_only_administrators_read_the_trail() {
        projects.setPermissions(admin, world.project().id(), world.viewer().id(), Permission.STANDARD, Permission.NONE);

        List<AuditRecord> newest = audit.newest(admin, world.viewer().username(), 0, 10);
        assertThat(newest).first().satisfies(record -> {
            assertThat(record.actorName()).isEqualTo(world.admin().displayName());
            assertThat(record.action()).isEqualTo("project.permissions");
            assertThat(record.subject()).isEqualTo(world.viewer().displayName() + " (" + world.viewer().username()
                    + ") on " + world.project().title());
            assertThat(record.detail()).isEqualTo("Commitments Read only, Prime Contracts Read only"
                    + " → Commitments Standard, Prime Contracts None");
            assertThat(record.recordedAt()).isAfter(java.time.LocalDateTime.now().minusMinutes(1));
        });
        assertThat(projects.members(admin, world.project().id())).contains(
                new Member(world.viewer().id(), Permission.STANDARD, Permission.NONE));

        // what is typed is looked for as it is: a % or _ is no wildcard
        for (String wildcard : List.of("%", "_", "permis_ions")) {
            assertThat(audit.newest(admin, wildcard, 0, 50)).as(wildcard).allSatisfy(record -> assertThat(
                    (record.subject() + " " + record.action() + " " + record.detail()).toLowerCase()).contains(wildcard));
        }
        assertThatThrownBy(() -> audit.newest(world.viewer().id(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.setPermissions(world.viewer().id(), world.project().id(), world.viewer().id(),
                Permission.ADMIN, Permission.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.saveCompany(world.viewer().id(), null, "Sneaky Co", CompanyKind.OWNER, null,
                "gc")).isInstanceOf(AccessDeniedException.class);
        projects.setPermissions(admin, world.project().id(), world.viewer().id(), Permission.NONE, Permission.NONE);
        assertThat(projects.members(admin, world.project().id())).extracting(Member::userId)
                .doesNotContain(world.viewer().id());
    }

    @Test
    void contacts_and_private_lists_are_audited_and_a_billed_schedule_line_stays() {
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        var form = new com.invoicebackups.contract.SubcontractForm(subcontract.number(), subcontract.title(),
                subcontract.companyId(), subcontract.status(), subcontract.retainagePercent(), true,
                java.util.Set.of(world.viewer().id()), java.util.Set.of(world.contact().id()));
        // an invoice contact belongs to the subcontractor and is a member of the project
        var fromTheGeneralContractor = new com.invoicebackups.contract.SubcontractForm(subcontract.number(),
                subcontract.title(), subcontract.companyId(), subcontract.status(), subcontract.retainagePercent(),
                false, java.util.Set.of(), java.util.Set.of(world.viewer().id()));
        assertThatThrownBy(() -> contracts.saveSubcontract(admin, world.project().id(), subcontract.id(),
                fromTheGeneralContractor)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("contract.error.contact-company"));
        long stranger = data.user("stranger-" + world.project().number(), world.subcontractor()).id();
        var notAMember = new com.invoicebackups.contract.SubcontractForm(subcontract.number(), subcontract.title(),
                subcontract.companyId(), subcontract.status(), subcontract.retainagePercent(), false,
                java.util.Set.of(), java.util.Set.of(stranger));
        assertThatThrownBy(() -> contracts.saveSubcontract(admin, world.project().id(), subcontract.id(), notAMember))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("contract.error.contact-member"));
        assertThat(contracts.subcontractById(subcontract.id()).invoiceContacts()).isEmpty();

        contracts.saveSubcontract(admin, world.project().id(), subcontract.id(), form);
        assertThat(audit.newest(admin, "SC-1 Trade SC-1 on " + world.project().title(), 0, 10))
                .extracting(AuditRecord::action, AuditRecord::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("subcontract.invoice-contacts",
                                "added " + world.contact().displayName() + " (" + world.contact().username() + ")"),
                        org.assertj.core.groups.Tuple.tuple("subcontract.private-list",
                                "added " + world.viewer().displayName() + " (" + world.viewer().username() + ")"),
                        org.assertj.core.groups.Tuple.tuple("subcontract.private", "made private"));

        data.invoice(subcontract, data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED), "SC-1-01",
                InvoiceStatus.APPROVED, "100.00", null);
        var stored = contracts.subcontractSov(subcontract.id());
        assertThatThrownBy(() -> contracts.saveSubcontractSchedule(admin, subcontract.id(),
                List.of(new ScheduleLine(stored.get(1).id(), new com.invoicebackups.contract.NewSovLine("2",
                        "Materials", stored.get(1).scheduledValue(), null, false)))))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("sov.error.billed"));
        assertThat(contracts.subcontractSov(subcontract.id())).hasSize(2);
    }

    @Test
    void a_reset_sends_a_one_time_link_the_old_password_stops_and_a_deactivated_user_cannot_sign_in() throws Exception {
        UserSummary user = companies.createUser(admin, new NewUser("reset-" + world.project().number(), "Rita Reset",
                "rita@test.example", world.subcontractor().id(), "first password 12", false)).user();
        signIn(user.username(), "first password 12");

        companies.resetPassword(admin, user.id());
        assertThatThrownBy(() -> signIn(user.username(), "first password 12")).isInstanceOf(AuthenticationException.class);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("rita@test.example");
        Matcher link = Pattern.compile("http://invoices\\.example/set-password/([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThatThrownBy(() -> companies.setPasswordWithLink(token, "too short"))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("password.error.short"));
        assertThat(companies.setPasswordWithLink(token, "second password 12")).isEqualTo(user.username());
        signIn(user.username(), "second password 12");
        assertThat(companies.passwordLinkValid(token)).isFalse();
        assertThatThrownBy(() -> companies.setPasswordWithLink(token, "third password 123"))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("password.error.link"));

        companies.setActive(admin, user.id(), false);
        assertThatThrownBy(() -> signIn(user.username(), "second password 12")).isInstanceOf(DisabledException.class);
        assertThat(companies.users(admin)).filteredOn(u -> u.id() == user.id()).singleElement()
                .satisfies(kept -> assertThat(kept.active()).isFalse());
        assertThat(audit.newest(admin, new AuditQuery("Rita Reset", null, null, null, AuditQuery.Kind.PEOPLE), 0, 10))
                .extracting(AuditRecord::action)
                .containsExactly("user.deactivated", "user.password-set", "user.password-reset", "user.created");

        assertThatThrownBy(() -> companies.changeOwnPassword(user.id(), "wrong", "fourth password 12"))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("password.error.current"));
    }

    @Test
    void a_monthly_cycle_creates_every_period_or_none() {
        List<BillingPeriod> cycle = periods.createMonthlyCycle(admin, world.project().id(), LocalDate.of(2027, 1, 15), 3, 5);
        assertThat(cycle).extracting(BillingPeriod::startDate, BillingPeriod::endDate, BillingPeriod::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 14), LocalDate.of(2027, 2, 9)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 9)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 9)));
        assertThatThrownBy(() -> periods.createMonthlyCycle(admin, world.project().id(), LocalDate.of(2026, 12, 15), 3, 5))
                .isInstanceOfSatisfying(RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("billing.error.overlap"));
        assertThat(periods.periods(admin, world.project().id())).hasSize(3);
    }

    @Test
    void billing_periods_edits_with_old_values_and_sign_ins_are_recorded_filtered_and_exported() throws Exception {
        String tag = world.project().number();
        BillingPeriod period = data.period(world, LocalDate.of(2026, 4, 1), PeriodStatus.CLOSED);
        BillingPeriod opened = periods.open(admin, period.id(), period.version());
        periods.close(admin, opened.id(), opened.version());
        companies.editUser(admin, world.viewer().id(), new com.invoicebackups.company.UserEdit("Vera Renamed",
                "vera." + tag + "@test.example", world.viewer().companyId(), "owner"));
        String password = "the viewer's long password " + tag;
        companies.changeOwnPassword(world.viewer().id(), "secret", password);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken(world.viewer().username(),
                "wrong"))).isInstanceOf(AuthenticationException.class);
        signIn(world.viewer().username(), password);

        String periodSubject = tag + " billing period #" + period.number();
        assertThat(audit.newest(admin, new AuditQuery(periodSubject, null, null, null, AuditQuery.Kind.BILLING_PERIODS),
                0, 10)).extracting(AuditRecord::action, AuditRecord::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("billing.closed", "status: Open → Closed"),
                org.assertj.core.groups.Tuple.tuple("billing.opened", "status: Closed → Open"),
                org.assertj.core.groups.Tuple.tuple("billing.created", "dates: 2026-04-01 to 2026-04-30; due: 2026-04-26;"
                        + " status: Closed"));
        assertThat(audit.newest(admin, new AuditQuery("Vera Renamed", null, null, null, AuditQuery.Kind.PEOPLE), 0, 10))
                .filteredOn(record -> record.action().equals("user.edited")).singleElement()
                .extracting(AuditRecord::detail).isEqualTo("name: " + world.viewer().displayName() + " → Vera Renamed;"
                        + " e-mail: " + world.viewer().email() + " → vera." + tag + "@test.example;"
                        + " words: General contractor → Owner");
        assertThat(audit.newest(admin, new AuditQuery(null, null, null, world.viewer().id(), AuditQuery.Kind.SIGN_INS),
                0, 10)).extracting(AuditRecord::action).containsExactly("sign-in.succeeded", "sign-in.failed");
        assertThat(audit.newest(admin, new AuditQuery(tag, LocalDate.now().plusDays(1), null, null, null), 0, 10))
                .as("nothing recorded after today").isEmpty();
        assertThat(audit.newest(admin, new AuditQuery(periodSubject, LocalDate.now(), LocalDate.now(), admin, null), 0, 10))
                .hasSize(3);

        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        audit.exportCsv(admin, new AuditQuery(periodSubject, null, null, null, null), csv);
        String exported = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFFWhen,Who,Action,Subject,Detail\r\n");
        assertThat(exported.lines().skip(1).toList()).hasSize(3).allSatisfy(line -> assertThat(line)
                .contains("\"" + world.admin().displayName() + "\"", "\"" + periodSubject + "\""));
        assertThatThrownBy(() -> audit.exportCsv(world.viewer().id(), AuditQuery.text(""),
                new java.io.ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_deactivated_company_s_users_cannot_sign_in_or_read_the_project_until_it_is_reactivated() {
        String password = "the contact's long password " + world.project().number();
        companies.changeOwnPassword(world.contact().id(), "secret", password);
        long project = world.project().id();
        assertThat(projects.access(world.contact().id(), project)).isNotNull();

        companies.setCompanyActive(admin, world.subcontractor().id(), false);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken(
                world.contact().username(), password))).isInstanceOf(DisabledException.class);
        assertThat(companies.signInRecord(world.contact().username()).orElseThrow().active()).isFalse();
        assertThatThrownBy(() -> projects.access(world.contact().id(), project))
                .isInstanceOf(com.invoicebackups.shared.NotFound.class);
        assertThat(audit.newest(admin, new AuditQuery(world.subcontractor().name(), null, null, null,
                AuditQuery.Kind.PEOPLE), 0, 10)).extracting(AuditRecord::action).contains("company.deactivated");

        assertThatThrownBy(() -> companies.setCompanyActive(admin, companies.user(admin).companyId(), false))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> companies.setCompanyActive(world.viewer().id(), world.subcontractor().id(), true))
                .isInstanceOf(AccessDeniedException.class);

        companies.setCompanyActive(admin, world.subcontractor().id(), true);
        signIn(world.contact().username(), password);
        assertThat(projects.access(world.contact().id(), project)).isNotNull();
    }

    private void signIn(String username, String password) {
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken(username, password)).isAuthenticated())
                .isTrue();
    }
}
