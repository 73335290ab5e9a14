package com.invoicebackups.company;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<CompanyEntity, Long> {

    List<CompanyEntity> findAllByOrderByName();

    List<CompanyEntity> findByNameIgnoreCase(String name);
}
