package com.invoicebackups.project;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.shared.AdministrativeChange;
import com.invoicebackups.shared.AuditChanges;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and who may do what on them. A user sees only projects they are a member of. Company
 * administrators create projects and set their members; a project's ADMIN on Commitments may set its members too,
 * each tool's permissions only where they are ADMIN on that tool, never their own, and never so that a tool is left
 * without an administrator.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final MembershipRepository memberships;
    private final CompanyService companies;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, MembershipRepository memberships, CompanyService companies,
                   ApplicationEventPublisher events) {
        this.projects = projects;
        this.memberships = memberships;
        this.companies = companies;
        this.events = events;
    }

    /** The projects a company administrator administers: those their company owns; every one for the operator. */
    public List<Project> allProjects(long actorId) {
        companies.requireCompanyAdministrator(actorId);
        return projects.findAllByOrderByName().stream().map(ProjectEntity::toRecord)
                .filter(project -> companies.administers(actorId, project.companyId())).toList();
    }

    /** Creates the project when projectId is null (its creator becomes its administrator), otherwise changes it. */
    @Transactional
    public Project saveProject(long actorId, Long projectId, String name, String number, String address,
                               String currency) {
        if (name == null || name.isBlank() || number == null || number.isBlank()) {
            throw new RuleViolation("project.error.missing");
        }
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("project.error.currency", code);
        }
        projects.findByNumber(number.strip()).filter(other -> !other.getId().equals(projectId)).ifPresent(other -> {
            throw new RuleViolation("project.error.number-taken", number.strip());
        });
        ProjectEntity entity;
        if (projectId == null) {
            companies.requireCompanyAdministrator(actorId);
            entity = projects.save(new ProjectEntity(name.strip(), number.strip(), null,
                    companies.user(actorId).companyId()));
            memberships.save(new MembershipEntity(entity.getId(), actorId, Permission.ADMIN, Permission.ADMIN));
        } else {
            requireSetUp(actorId, projectId);
            entity = projects.findById(projectId).orElseThrow(() -> new NotFound("project", projectId));
        }
        Project before = projectId == null ? null : entity.toRecord();
        entity.change(name.strip(), number.strip(), address == null || address.isBlank() ? null : address.strip(), code);
        Project project = entity.toRecord();
        AuditChanges changes = before == null
                ? new AuditChanges().set("number", project.number()).set("address", project.address()).set("currency", code)
                : new AuditChanges().add("name", before.name(), project.name()).add("number", before.number(),
                        project.number()).add("address", before.address(), project.address())
                        .add("currency", before.currency(), project.currency());
        events.publishEvent(new AdministrativeChange(actorId, projectId == null ? "project.created" : "project.changed",
                project.title(), changes.toString()));
        return project;
    }

    /** The project's members; for those who may set it up. */
    public List<Member> members(long actorId, long projectId) {
        requireSetUp(actorId, projectId);
        return memberships.findByProjectId(projectId).stream()
                .map(membership -> {
                    ProjectAccess access = membership.toAccess();
                    return new Member(access.userId(), access.commitments(), access.primeContracts());
                })
                .toList();
    }

    /** Sets one member's permissions; NONE on both tools removes the user from the project. */
    @Transactional
    public void setPermissions(long actorId, long projectId, long userId, Permission commitments,
                               Permission primeContracts) {
        requireSetUp(actorId, projectId);
        Project project = projectById(projectId);
        Optional<MembershipEntity> existing = memberships.findByProjectIdAndUserId(projectId, userId);
        ProjectAccess was = existing.map(MembershipEntity::toAccess)
                .orElse(new ProjectAccess(projectId, userId, Permission.NONE, Permission.NONE));
        ProjectAccess becomes = new ProjectAccess(projectId, userId, commitments, primeContracts);
        for (Tool tool : Tool.values()) {
            if (was.on(tool) == becomes.on(tool)) {
                continue;
            }
            if (!mayChangePermission(actorId, projectId, userId, tool)) {
                throw new RuleViolation(actorId == userId ? "project.error.own-permissions"
                        : "project.error.not-tool-admin." + tool.name());
            }
            if (was.on(tool) == Permission.ADMIN && administrators(projectId, tool) == 1) {
                throw new RuleViolation("project.error.last-admin." + tool.name(), companies.user(userId).displayName());
            }
        }
        String before = existing.isPresent() ? describe(was.commitments(), was.primeContracts()) : "not a member";
        boolean remove = commitments == Permission.NONE && primeContracts == Permission.NONE;
        if (remove) {
            existing.ifPresent(memberships::delete);
        } else if (existing.isPresent()) {
            existing.get().change(commitments, primeContracts);
        } else {
            companies.user(userId);
            memberships.save(new MembershipEntity(projectId, userId, commitments, primeContracts));
        }
        String after = remove ? "not a member" : describe(commitments, primeContracts);
        if (!after.equals(before)) {
            var user = companies.user(userId);
            events.publishEvent(new AdministrativeChange(actorId, "project.permissions",
                    user.displayName() + " (" + user.username() + ") on " + project.title(), before + " → " + after));
        }
    }

    /**
     * Whether the actor may change the member's permission on the tool. An administrator of the company that owns
     * the project (or the operator) may change any; anyone else only another member's, on a tool they are ADMIN on
     * themselves.
     */
    public boolean mayChangePermission(long actorId, long projectId, long memberId, Tool tool) {
        if (ownerAdministrator(actorId, projectId)) {
            return true;
        }
        return actorId != memberId && memberships.findByProjectIdAndUserId(projectId, actorId)
                .map(MembershipEntity::toAccess).filter(access -> access.isAdmin(tool)).isPresent();
    }

    private long administrators(long projectId, Tool tool) {
        return memberships.findByProjectId(projectId).stream().map(MembershipEntity::toAccess)
                .filter(access -> access.isAdmin(tool)).count();
    }

    /** The administrators of the company that owns the project, and its ADMIN on Commitments, set it up. */
    public boolean maySetUp(long actorId, long projectId) {
        return ownerAdministrator(actorId, projectId) || memberships.findByProjectIdAndUserId(projectId, actorId)
                .map(MembershipEntity::toAccess).filter(access -> access.isAdmin(Tool.COMMITMENTS)).isPresent();
    }

    private boolean ownerAdministrator(long actorId, long projectId) {
        return projects.findById(projectId).map(project -> companies.administers(actorId, project.getCompanyId()))
                .orElse(false);
    }

    /** The project, for who may set it up; refused to anyone else. */
    public Project requireSetUp(long actorId, long projectId) {
        Project project = projects.findById(projectId).map(ProjectEntity::toRecord)
                .orElseThrow(() -> new NotFound("project", projectId));
        if (!maySetUp(actorId, projectId)) {
            throw new AccessDeniedException("project set-up needs ADMIN on Commitments");
        }
        return project;
    }

    private static String describe(Permission commitments, Permission primeContracts) {
        return "Commitments " + AuditChanges.words(commitments) + ", Prime Contracts " + AuditChanges.words(primeContracts);
    }

    @Transactional
    public Project create(String name, String number, String address, long companyId) {
        return projects.save(new ProjectEntity(name, number, address, companyId)).toRecord();
    }

    /** The project without a permission check, for callers that checked set-up rights. */
    public Project projectById(long projectId) {
        return projects.findById(projectId).map(ProjectEntity::toRecord)
                .orElseThrow(() -> new NotFound("project", projectId));
    }

    @Transactional
    public void addMember(long projectId, long userId, Permission commitments, Permission primeContracts) {
        memberships.save(new MembershipEntity(projectId, userId, commitments, primeContracts));
    }

    public List<Project> visibleProjects(long userId) {
        return projects.findVisibleTo(userId).stream().map(ProjectEntity::toRecord).toList();
    }

    /** The project, if the user is a member; otherwise it does not exist for them. */
    public Project project(long userId, long projectId) {
        access(userId, projectId);
        return projects.findById(projectId).map(ProjectEntity::toRecord)
                .orElseThrow(() -> new NotFound("project", projectId));
    }

    public boolean isMember(long userId, long projectId) {
        return memberships.findByProjectIdAndUserId(projectId, userId).isPresent();
    }

    /** The member's permissions; a non-member, or a deactivated user, is told the project does not exist. */
    public ProjectAccess access(long userId, long projectId) {
        return findAccess(userId, projectId).orElseThrow(() -> new NotFound("project", projectId));
    }

    /** As {@link #access}, empty for a non-member or a deactivated user, for asking about others without a refusal. */
    public Optional<ProjectAccess> findAccess(long userId, long projectId) {
        return memberships.findByProjectIdAndUserId(projectId, userId).flatMap(membership -> {
            UserAccount user = companies.user(userId);
            if (!user.active()) {
                return Optional.empty();
            }
            return Optional.of(membership.toAccess(projects.findById(projectId)
                    .map(project -> project.getCompanyId() == user.companyId()).orElse(false)));
        });
    }

    /** The project's invoice administrators: its members with ADMIN on Commitments. */
    public List<Long> commitmentsAdmins(long projectId) {
        return memberships.commitmentsAdmins(projectId);
    }

    /** The ids of the project's members, for other modules; callers check access themselves. */
    public List<Long> memberIdsOf(long projectId) {
        return memberships.findByProjectId(projectId).stream().map(MembershipEntity::toAccess)
                .map(ProjectAccess::userId).toList();
    }

    /** The project's members with ADMIN on Prime Contracts who work for the company given. */
    public List<Long> primeContractsAdmins(long projectId, long companyId) {
        return memberships.primeContractsAdmins(projectId).stream()
                .filter(userId -> companies.user(userId).companyId() == companyId).toList();
    }

    public Optional<Project> findByNumber(String number) {
        return projects.findByNumber(number).map(ProjectEntity::toRecord);
    }
}
