package com.invoicebackups.audit;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecordEntity, Long> {

    /**
     * The newest first. An empty text or prefix matches all; {@code anyActor} lets every actor through, otherwise only
     * those in {@code actors}; {@code actor}, when given, only that one.
     */
    @Query("""
            select r from AuditRecordEntity r
            where (:anyActor = true or r.actorId in :actors)
            and (:actor is null or r.actorId = :actor)
            and (:text = '' or lower(r.subject) like :text or lower(r.action) like :text or lower(r.detail) like :text)
            and (:from is null or r.recordedAt >= :from)
            and (:before is null or r.recordedAt < :before)
            and (:kind1 = '' or r.action like :kind1 or r.action like :kind2 or r.action like :kind3)
            order by r.recordedAt desc, r.id desc""")
    List<AuditRecordEntity> newestFirst(boolean anyActor, Collection<Long> actors, Long actor, String text,
                                        LocalDateTime from, LocalDateTime before, String kind1, String kind2,
                                        String kind3, Pageable page);
}
