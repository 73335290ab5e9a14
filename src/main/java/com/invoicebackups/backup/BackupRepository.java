package com.invoicebackups.backup;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BackupRepository extends JpaRepository<BackupEntity, Long> {

    List<BackupEntity> findByProjectIdOrderByRequestedAtDesc(long projectId);

    @Query("""
            select b from BackupEntity b where b.projectId = :projectId and b.kind = :kind
            and :invoiceId member of b.invoiceIds order by b.requestedAt desc""")
    List<BackupEntity> findWithInvoice(long projectId, BackupKind kind, long invoiceId);

    @Query("select b.documentKey from BackupEntity b where b.documentKey in :keys")
    Set<String> documentKeysIn(Collection<String> keys);
}
