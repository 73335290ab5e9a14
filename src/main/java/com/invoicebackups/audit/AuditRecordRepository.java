package com.invoicebackups.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecordEntity, Long> {

    @Query("""
            select r from AuditRecordEntity r
            where :text = '' or lower(r.subject) like :text or lower(r.action) like :text or lower(r.detail) like :text
            order by r.recordedAt desc, r.id desc""")
    List<AuditRecordEntity> newestFirst(String text, Pageable page);

    @Query("""
            select r from AuditRecordEntity r
            where r.actorId in :actors
            and (:text = '' or lower(r.subject) like :text or lower(r.action) like :text or lower(r.detail) like :text)
            order by r.recordedAt desc, r.id desc""")
    List<AuditRecordEntity> newestFirstBy(java.util.Collection<Long> actors, String text, Pageable page);
}
