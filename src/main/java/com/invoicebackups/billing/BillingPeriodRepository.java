package com.invoicebackups.billing;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BillingPeriodRepository extends JpaRepository<BillingPeriodEntity, Long> {

    List<BillingPeriodEntity> findByProjectIdOrderByStartDate(long projectId);

    /** Locks the project's periods so that two edits of one project's calendar run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from BillingPeriodEntity p where p.projectId = :projectId order by p.startDate")
    List<BillingPeriodEntity> lockByProjectId(long projectId);
}
