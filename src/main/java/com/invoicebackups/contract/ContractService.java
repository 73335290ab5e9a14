package com.invoicebackups.contract;

import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.NotFound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prime contracts and subcontracts with their schedules of values. */
@Service
@Transactional(readOnly = true)
public class ContractService {

    private final SubcontractRepository subcontracts;
    private final PrimeContractRepository primeContracts;
    private final SovLineRepository sovLines;
    private final ProjectService projectService;

    ContractService(SubcontractRepository subcontracts, PrimeContractRepository primeContracts,
                    SovLineRepository sovLines, ProjectService projectService) {
        this.subcontracts = subcontracts;
        this.primeContracts = primeContracts;
        this.sovLines = sovLines;
        this.projectService = projectService;
    }

    @Transactional
    public Subcontract createSubcontract(long projectId, String number, String title, long companyId,
                                         SubcontractStatus status, BigDecimal retainagePercent,
                                         List<NewSovLine> lines) {
        SubcontractEntity entity = subcontracts.save(
                new SubcontractEntity(projectId, number, title, companyId, status, retainagePercent));
        IntStream.range(0, lines.size()).forEach(i ->
                sovLines.save(new SovLineEntity(entity.getId(), null, i + 1, lines.get(i))));
        return entity.toRecord();
    }

    @Transactional
    public PrimeContract createPrimeContract(long projectId, String number, String title, long ownerCompanyId,
                                             BigDecimal retainagePercent, List<NewSovLine> lines) {
        PrimeContractEntity entity = primeContracts.save(
                new PrimeContractEntity(projectId, number, title, ownerCompanyId, retainagePercent));
        IntStream.range(0, lines.size()).forEach(i ->
                sovLines.save(new SovLineEntity(null, entity.getId(), i + 1, lines.get(i))));
        return entity.toRecord();
    }

    @Transactional
    public Subcontract makePrivate(long subcontractId, Set<Long> privateList) {
        SubcontractEntity entity = load(subcontractId);
        entity.makePrivate(privateList);
        return entity.toRecord();
    }

    @Transactional
    public Subcontract addInvoiceContact(long subcontractId, long userId) {
        SubcontractEntity entity = load(subcontractId);
        entity.addInvoiceContact(userId);
        return entity.toRecord();
    }

    /** The project's subcontracts this user may see (SPEC 5), in natural contract order. */
    public List<Subcontract> visibleSubcontracts(long userId, long projectId) {
        ProjectAccess access = projectService.access(userId, projectId);
        return subcontracts.findByProjectIdOrderByNumberSortKey(projectId).stream()
                .map(SubcontractEntity::toRecord)
                .filter(subcontract -> canSee(access, subcontract))
                .toList();
    }

    /** One subcontract, refused as unknown to a user who may not see it. */
    public Subcontract subcontract(long userId, long subcontractId) {
        Subcontract subcontract = load(subcontractId).toRecord();
        if (!canSee(projectService.access(userId, subcontract.projectId()), subcontract)) {
            throw new NotFound("subcontract", subcontractId);
        }
        return subcontract;
    }

    /** Subcontracts of the project on which the user is an invoice contact. */
    public Set<Long> invoiceContactSubcontracts(long userId, long projectId) {
        return Set.copyOf(subcontracts.findIdsWithInvoiceContact(projectId, userId));
    }

    static boolean canSee(ProjectAccess access, Subcontract subcontract) {
        if (access.isAdmin(Tool.COMMITMENTS) || subcontract.isOnPrivateList(access.userId())) {
            return true;
        }
        return !subcontract.privateContract() && access.on(Tool.COMMITMENTS).atLeast(Permission.READ_ONLY);
    }

    /** The subcontract's schedule of values, for the invoicing arithmetic (no permission check). */
    public List<SovLine> subcontractSov(long subcontractId) {
        return sovLines.findBySubcontractIdOrderByPosition(subcontractId).stream().map(SovLineEntity::toRecord).toList();
    }

    public List<SovLine> primeContractSov(long primeContractId) {
        return sovLines.findByPrimeContractIdOrderByPosition(primeContractId).stream()
                .map(SovLineEntity::toRecord).toList();
    }

    /** Internal lookup for other modules; callers check access themselves. */
    public Subcontract subcontractById(long subcontractId) {
        return load(subcontractId).toRecord();
    }

    public PrimeContract primeContractById(long primeContractId) {
        return primeContracts.findById(primeContractId).map(PrimeContractEntity::toRecord)
                .orElseThrow(() -> new NotFound("prime contract", primeContractId));
    }

    public List<PrimeContract> primeContracts(long userId, long projectId) {
        projectService.access(userId, projectId).require(Tool.PRIME_CONTRACTS, Permission.READ_ONLY);
        return primeContracts.findByProjectIdOrderByNumber(projectId).stream().map(PrimeContractEntity::toRecord).toList();
    }

    private SubcontractEntity load(long subcontractId) {
        return subcontracts.findById(subcontractId).orElseThrow(() -> new NotFound("subcontract", subcontractId));
    }
}
