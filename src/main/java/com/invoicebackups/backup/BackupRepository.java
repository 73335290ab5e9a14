package com.invoicebackups.backup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BackupRepository extends JpaRepository<BackupEntity, Long> {

    List<BackupEntity> findByProjectIdOrderByRequestedAtDesc(long projectId);
}
