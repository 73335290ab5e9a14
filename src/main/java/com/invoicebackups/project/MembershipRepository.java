package com.invoicebackups.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<MembershipEntity, Long> {

    Optional<MembershipEntity> findByProjectIdAndUserId(long projectId, long userId);
}
