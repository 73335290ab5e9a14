package com.invoicebackups.project;

import com.invoicebackups.shared.NotFound;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and who may do what on them. A user sees only projects they are a member of. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final MembershipRepository memberships;

    ProjectService(ProjectRepository projects, MembershipRepository memberships) {
        this.projects = projects;
        this.memberships = memberships;
    }

    @Transactional
    public Project create(String name, String number, String address, long companyId) {
        return projects.save(new ProjectEntity(name, number, address, companyId)).toRecord();
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

    /** The member's permissions; a non-member is told the project does not exist. */
    public ProjectAccess access(long userId, long projectId) {
        return memberships.findByProjectIdAndUserId(projectId, userId).map(MembershipEntity::toAccess)
                .orElseThrow(() -> new NotFound("project", projectId));
    }

    /** The project's invoice administrators: its members with ADMIN on Commitments. */
    public List<Long> commitmentsAdmins(long projectId) {
        return memberships.commitmentsAdmins(projectId);
    }

    public Optional<Project> findByNumber(String number) {
        return projects.findByNumber(number).map(ProjectEntity::toRecord);
    }
}
