package com.invoicebackups.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.shared.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change whose permissions, on generated members: each attempt's outcome and the memberships after it are
 * checked against the rule computed here on its own. A tool's permissions are changed only by an ADMIN on that tool,
 * or by an administrator of the company that owns the project; no one changes their own unless that administrator;
 * no tool is left without an ADMIN.
 */
@IntegrationTest
class PermissionChangeIT {

    private static final long SEED = 20261206L;
    private static final int CASES = 50;
    private static final Permission[] LEVELS = Permission.values();

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    ApplicationContext context;

    /** One attempt: who acts, with what standing, on whom, from what to what. */
    record Case(Permission actorCommitments, Permission actorPrime, CompanyRole actorCompany, Target target,
                Permission targetCommitments, Permission targetPrime, Permission newCommitments, Permission newPrime) {
    }

    enum CompanyRole { NONE, ADMIN_OF_OWNER, ADMIN_OF_OTHER }

    enum Target { SELF, OTHER_MEMBER, NEW_MEMBER, FIRST_ADMIN }

    @Test
    void each_attempt_succeeds_or_is_refused_as_the_rule_says_and_a_refusal_changes_nothing() {
        Random random = new Random(SEED);
        TestData data = new TestData(context);
        java.util.Set<String> outcomes = new java.util.TreeSet<>();
        for (int i = 0; i < CASES; i++) {
            Case attempt = new Case(pick(random), pick(random), CompanyRole.values()[random.nextInt(3)],
                    Target.values()[random.nextInt(4)], pick(random), pick(random), pick(random), pick(random));
            outcomes.add(check(data, attempt).replaceAll("\\.[A-Z_]+$", ""));
        }
        assertThat(outcomes).as("the generated attempts reach every outcome").containsExactlyInAnyOrder("saved",
                "denied", "project.error.own-permissions", "project.error.not-tool-admin", "project.error.last-admin");
    }

    private String check(TestData data, Case attempt) {
        TestData.World world = data.world();
        long projectId = world.project().id();
        // the world's administrator is ADMIN on both tools, and no company administrator
        UserAccount actor = data.user("actor-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                attempt.actorCompany() == CompanyRole.ADMIN_OF_OTHER ? world.subcontractor()
                        : companies.company(world.admin().companyId()));
        if (attempt.actorCompany() != CompanyRole.NONE) {
            companies.makeCompanyAdministrator(actor.id());
        }
        member(projectId, actor.id(), attempt.actorCommitments(), attempt.actorPrime());
        long target = switch (attempt.target()) {
            case SELF -> actor.id();
            case FIRST_ADMIN -> world.admin().id();
            case OTHER_MEMBER -> {
                long other = data.user("other-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        world.subcontractor()).id();
                member(projectId, other, attempt.targetCommitments(), attempt.targetPrime());
                yield other;
            }
            case NEW_MEMBER -> data.user("new-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                    world.subcontractor()).id();
        };
        UserAccount reader = data.user("reader-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                companies.company(world.admin().companyId()));
        companies.makeCompanyAdministrator(reader.id());
        Map<Long, ProjectAccess> before = memberships(reader.id(), projectId);

        String expected = expected(attempt, actor.id(), target, before);
        String actual;
        try {
            projects.setPermissions(actor.id(), projectId, target, attempt.newCommitments(), attempt.newPrime());
            actual = "saved";
        } catch (AccessDeniedException denied) {
            actual = "denied";
        } catch (RuleViolation refused) {
            actual = refused.messageKey();
        }

        assertThat(actual).as("%s", attempt).isEqualTo(expected);
        Map<Long, ProjectAccess> after = memberships(reader.id(), projectId);
        if (expected.equals("saved")) {
            Permission c = attempt.newCommitments();
            Permission p = attempt.newPrime();
            assertThat(Optional.ofNullable(after.get(target)).map(a -> a.commitments() + "/" + a.primeContracts()))
                    .as("%s", attempt)
                    .isEqualTo(c == Permission.NONE && p == Permission.NONE ? Optional.empty() : Optional.of(c + "/" + p));
            after.remove(target);
            before.remove(target);
        }
        assertThat(after).as("nothing else changed: %s", attempt).isEqualTo(before);
        return actual;
    }

    /** The rule, on its own: from what the members hold before the attempt. */
    private String expected(Case attempt, long actor, long target, Map<Long, ProjectAccess> before) {
        ProjectAccess actorAccess = before.get(actor);
        boolean ownerAdmin = attempt.actorCompany() == CompanyRole.ADMIN_OF_OWNER;
        if (!ownerAdmin && (actorAccess == null || actorAccess.commitments() != Permission.ADMIN)) {
            return "denied";
        }
        ProjectAccess was = before.get(target);
        for (Tool tool : Tool.values()) {
            Permission from = was == null ? Permission.NONE : was.on(tool);
            Permission to = tool == Tool.COMMITMENTS ? attempt.newCommitments() : attempt.newPrime();
            if (from == to) {
                continue;
            }
            boolean toolAdmin = actorAccess != null && actorAccess.on(tool) == Permission.ADMIN;
            if (!ownerAdmin && (actor == target || !toolAdmin)) {
                return actor == target ? "project.error.own-permissions" : "project.error.not-tool-admin." + tool;
            }
            long admins = before.values().stream().filter(access -> access.on(tool) == Permission.ADMIN).count();
            if (from == Permission.ADMIN && admins == 1) {
                return "project.error.last-admin." + tool;
            }
        }
        return "saved";
    }

    private void member(long projectId, long userId, Permission commitments, Permission prime) {
        if (commitments != Permission.NONE || prime != Permission.NONE) {
            projects.addMember(projectId, userId, commitments, prime);
        }
    }

    private Map<Long, ProjectAccess> memberships(long reader, long projectId) {
        return projects.members(reader, projectId).stream()
                .map(member -> new ProjectAccess(projectId, member.userId(), member.commitments(),
                        member.primeContracts()))
                .collect(Collectors.toMap(ProjectAccess::userId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static Permission pick(Random random) {
        return LEVELS[random.nextInt(LEVELS.length)];
    }
}
