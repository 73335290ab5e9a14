package com.invoicebackups.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<UserEntity, Long> {

    @EntityGraph(attributePaths = "company")
    Optional<UserEntity> findByUsername(String username);

    Optional<UserEntity> findByPasswordLinkHash(String passwordLinkHash);

    @EntityGraph(attributePaths = "company")
    List<UserEntity> findAllByOrderByDisplayName();

    List<UserEntity> findByCompanyIdAndCompanyAdminTrueAndActiveTrueOrderByDisplayName(long companyId);
}
