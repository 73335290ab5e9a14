package com.invoicebackups.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<CompanyEntity, Long> {
}
