package com.invoicebackups.invoicing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubcontractorInvoiceRepository extends JpaRepository<SubcontractorInvoiceEntity, Long> {

    List<SubcontractorInvoiceEntity> findBySubcontractIdOrderByPosition(long subcontractId);

    List<SubcontractorInvoiceEntity> findByProjectIdAndBillingPeriodIdAndStatus(long projectId, Long billingPeriodId,
                                                                                InvoiceStatus status);

    boolean existsBySubcontractIdAndBillingPeriodId(long subcontractId, long billingPeriodId);

    boolean existsByBillingPeriodId(long billingPeriodId);

    java.util.Optional<SubcontractorInvoiceEntity> findFirstBySubcontractIdAndBillingPeriodId(long subcontractId,
                                                                                              long billingPeriodId);

    List<SubcontractorInvoiceEntity> findByProjectIdAndIdIn(long projectId, Collection<Long> ids);

    @Query("select distinct i from SubcontractorInvoiceEntity i left join fetch i.lines where i.projectId = :projectId and i.id in :ids")
    List<SubcontractorInvoiceEntity> findWithLines(long projectId, Collection<Long> ids);

    @Query("""
            select distinct i from SubcontractorInvoiceEntity i left join fetch i.lines
            where i.projectId = :projectId and i.billingPeriodId = :billingPeriodId and i.status = :status""")
    List<SubcontractorInvoiceEntity> findWithLinesInPeriod(long projectId, long billingPeriodId, InvoiceStatus status);

    /** Locks the invoices until the transaction ends, in id order so that two lockers never wait on each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SubcontractorInvoiceEntity i where i.projectId = :projectId and i.id in :ids order by i.id")
    List<SubcontractorInvoiceEntity> lockInProject(long projectId, Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SubcontractorInvoiceEntity i where i.id = :id")
    java.util.Optional<SubcontractorInvoiceEntity> lock(long id);

    @Query("select coalesce(max(i.position), 0) from SubcontractorInvoiceEntity i where i.subcontractId = :subcontractId")
    int lastPosition(long subcontractId);

    @Query("select i.signedDocumentKey from SubcontractorInvoiceEntity i where i.signedDocumentKey in :keys")
    Set<String> signedDocumentKeysIn(Collection<String> keys);
}

interface OwnerInvoiceRepository extends JpaRepository<OwnerInvoiceEntity, Long> {

    List<OwnerInvoiceEntity> findByPrimeContractIdOrderByPosition(long primeContractId);

    @Query("select coalesce(max(i.position), 0) from OwnerInvoiceEntity i where i.primeContractId = :primeContractId")
    int lastPosition(long primeContractId);

    boolean existsByPrimeContractIdAndBillingPeriodId(long primeContractId, long billingPeriodId);

    boolean existsByBillingPeriodId(long billingPeriodId);

    java.util.Optional<OwnerInvoiceEntity> findFirstByPrimeContractIdAndBillingPeriodId(long primeContractId,
                                                                                       long billingPeriodId);
}

interface AttachmentRepository extends JpaRepository<AttachmentEntity, Long> {

    List<AttachmentEntity> findBySubcontractorInvoiceIdOrderByPosition(long invoiceId);

    List<AttachmentEntity> findBySubcontractorInvoiceIdInOrderByPosition(Collection<Long> invoiceIds);

    List<AttachmentEntity> findByOwnerInvoiceIdOrderByPosition(long invoiceId);

    @Query("""
            select count(a) > 0 from AttachmentEntity a where a.sha256 = :sha256
            and (a.subcontractorInvoiceId = :subcontractorInvoiceId or a.ownerInvoiceId = :ownerInvoiceId)""")
    boolean existsOnInvoice(String sha256, Long subcontractorInvoiceId, Long ownerInvoiceId);

    @Query("""
            select coalesce(max(a.position), 0) from AttachmentEntity a
            where a.subcontractorInvoiceId = :subcontractorInvoiceId or a.ownerInvoiceId = :ownerInvoiceId""")
    int lastPosition(Long subcontractorInvoiceId, Long ownerInvoiceId);

    @Query("select a.storageKey from AttachmentEntity a where a.storageKey in :keys")
    Set<String> storageKeysIn(Collection<String> keys);
}

interface InvoiceChangeRepository extends JpaRepository<InvoiceChangeEntity, Long> {

    List<InvoiceChangeEntity> findBySubcontractorInvoiceIdOrderByChangedAtDescIdDesc(long invoiceId);

    List<InvoiceChangeEntity> findByOwnerInvoiceIdOrderByChangedAtDescIdDesc(long ownerInvoiceId);

    /** A locking read: it sees the latest committed change even in a transaction that began before it. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    java.util.Optional<InvoiceChangeEntity> findFirstBySubcontractorInvoiceIdAndKindOrderByChangedAtDescIdDesc(
            long invoiceId, InvoiceChangeEntity.Kind kind);
}
