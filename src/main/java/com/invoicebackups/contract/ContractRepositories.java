package com.invoicebackups.contract;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubcontractRepository extends JpaRepository<SubcontractEntity, Long> {

    List<SubcontractEntity> findByProjectIdOrderByNumberSortKey(long projectId);

    @Query(nativeQuery = true, value = """
            select s.id from subcontract s join subcontract_invoice_contact c on c.subcontract_id = s.id
            where s.project_id = :projectId and c.user_id = :userId""")
    Set<Long> findIdsWithInvoiceContact(long projectId, long userId);

    @Query("select s from SubcontractEntity s where :userId member of s.invoiceContacts")
    List<SubcontractEntity> findWithInvoiceContact(long userId);

    /** With their private lists and invoice contacts, in one statement. */
    @Query("""
            select distinct s from SubcontractEntity s left join fetch s.privateList left join fetch s.invoiceContacts
            where s.id in :ids""")
    List<SubcontractEntity> findAllWithPeople(Collection<Long> ids);
}

interface PrimeContractRepository extends JpaRepository<PrimeContractEntity, Long> {

    List<PrimeContractEntity> findByProjectId(long projectId);
}

interface SovLineRepository extends JpaRepository<SovLineEntity, Long> {

    List<SovLineEntity> findBySubcontractIdOrderByPosition(long subcontractId);

    List<SovLineEntity> findBySubcontractIdInOrderByPosition(Collection<Long> subcontractIds);

    List<SovLineEntity> findByPrimeContractIdOrderByPosition(long primeContractId);
}
