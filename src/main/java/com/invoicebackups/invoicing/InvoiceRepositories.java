package com.invoicebackups.invoicing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubcontractorInvoiceRepository extends JpaRepository<SubcontractorInvoiceEntity, Long> {

    List<SubcontractorInvoiceEntity> findBySubcontractIdOrderByPosition(long subcontractId);

    List<SubcontractorInvoiceEntity> findByProjectIdAndBillingPeriodIdAndStatus(long projectId, Long billingPeriodId,
                                                                                InvoiceStatus status);

    boolean existsBySubcontractIdAndBillingPeriodId(long subcontractId, long billingPeriodId);

    java.util.Optional<SubcontractorInvoiceEntity> findFirstBySubcontractIdAndBillingPeriodId(long subcontractId,
                                                                                              long billingPeriodId);

    List<SubcontractorInvoiceEntity> findByProjectIdAndIdIn(long projectId, Collection<Long> ids);

    @Query("select coalesce(max(i.position), 0) from SubcontractorInvoiceEntity i where i.subcontractId = :subcontractId")
    int lastPosition(long subcontractId);

    @Query("select i.signedDocumentKey from SubcontractorInvoiceEntity i where i.signedDocumentKey in :keys")
    Set<String> signedDocumentKeysIn(Collection<String> keys);
}

interface OwnerInvoiceRepository extends JpaRepository<OwnerInvoiceEntity, Long> {

    List<OwnerInvoiceEntity> findByPrimeContractIdOrderByPosition(long primeContractId);

    @Query("select coalesce(max(i.position), 0) from OwnerInvoiceEntity i where i.primeContractId = :primeContractId")
    int lastPosition(long primeContractId);
}

interface AttachmentRepository extends JpaRepository<AttachmentEntity, Long> {

    List<AttachmentEntity> findBySubcontractorInvoiceIdOrderByPosition(long invoiceId);

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
}
