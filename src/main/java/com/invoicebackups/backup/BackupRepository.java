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

    /** The latest finished backups of this kind on the project before the given one, newest first. */
    @Query("""
            select b from BackupEntity b where b.projectId = :projectId and b.kind = :kind and b.id < :before
            and b.status in (com.invoicebackups.backup.BackupStatus.SUCCEEDED,
            com.invoicebackups.backup.BackupStatus.SUCCEEDED_WITH_WARNINGS) and b.snapshot is not null
            order by b.id desc""")
    List<BackupEntity> findEarlierPackages(long projectId, BackupKind kind, long before,
                                           org.springframework.data.domain.Limit limit);

    @Query("""
            select b from BackupEntity b where b.status in (com.invoicebackups.backup.BackupStatus.QUEUED,
            com.invoicebackups.backup.BackupStatus.RUNNING)""")
    List<BackupEntity> findUnfinished();

    @Query("select count(b) from BackupEntity b where b.status = com.invoicebackups.backup.BackupStatus.QUEUED")
    long countQueued();

    @Query("""
            select min(b.requestedAt) from BackupEntity b
            where b.status = com.invoicebackups.backup.BackupStatus.QUEUED""")
    java.time.Instant oldestQueuedRequestedAt();

    List<BackupEntity> findByFinishedAtAfter(java.time.Instant after);

    @Query("""
            select b from BackupEntity b where b.projectId = :projectId and b.requestedBy = :userId
            and (b.finishedAt is null or b.finishedAt > :since) order by b.requestedAt desc""")
    List<BackupEntity> findRecentOf(long projectId, long userId, java.time.Instant since);

    @Query("select b.documentKey from BackupEntity b where b.documentKey in :keys")
    Set<String> documentKeysIn(Collection<String> keys);

    @Query("select v.documentKey from BackupEntity b join b.volumes v where v.documentKey in :keys")
    Set<String> volumeKeysIn(Collection<String> keys);
}
