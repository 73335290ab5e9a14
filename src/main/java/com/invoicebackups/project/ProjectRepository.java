package com.invoicebackups.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<ProjectEntity, Long> {

    Optional<ProjectEntity> findByNumber(String number);

    List<ProjectEntity> findAllByOrderByName();

    @Query("select p from ProjectEntity p where p.id in "
            + "(select m.projectId from MembershipEntity m where m.userId = :userId) order by p.name")
    List<ProjectEntity> findVisibleTo(long userId);
}
