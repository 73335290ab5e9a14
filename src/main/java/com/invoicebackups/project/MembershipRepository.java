package com.invoicebackups.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<MembershipEntity, Long> {

    Optional<MembershipEntity> findByProjectIdAndUserId(long projectId, long userId);

    List<MembershipEntity> findByProjectId(long projectId);

    @Query("""
            select m.userId from MembershipEntity m where m.projectId = :projectId
            and m.commitments = com.invoicebackups.project.Permission.ADMIN""")
    List<Long> commitmentsAdmins(long projectId);

    @Query("""
            select m.userId from MembershipEntity m where m.projectId = :projectId
            and m.primeContracts = com.invoicebackups.project.Permission.ADMIN""")
    List<Long> primeContractsAdmins(long projectId);
}
