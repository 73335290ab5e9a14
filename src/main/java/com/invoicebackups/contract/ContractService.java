package com.invoicebackups.contract;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.AdministrativeChange;
import com.invoicebackups.shared.AuditChanges;
import com.invoicebackups.shared.NaturalOrder;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import com.invoicebackups.company.UserMoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
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
    private final CompanyService companies;
    private final ApplicationEventPublisher events;
    private final List<SovLineReferences> references;

    ContractService(SubcontractRepository subcontracts, PrimeContractRepository primeContracts,
                    SovLineRepository sovLines, ProjectService projectService, CompanyService companies,
                    ApplicationEventPublisher events, List<SovLineReferences> references) {
        this.subcontracts = subcontracts;
        this.primeContracts = primeContracts;
        this.sovLines = sovLines;
        this.projectService = projectService;
        this.companies = companies;
        this.events = events;
        this.references = references;
    }

    // set-up: company administrators and the project's ADMIN on Commitments

    /** Every subcontract of the project, private ones included, for those who set the project up. */
    public List<Subcontract> subcontractsForSetUp(long actorId, long projectId) {
        projectService.requireSetUp(actorId, projectId);
        return subcontracts.findByProjectIdOrderByNumberSortKey(projectId).stream()
                .map(SubcontractEntity::toRecord).toList();
    }

    /** The project's prime contracts in natural number order, for other modules; callers check access themselves. */
    public List<PrimeContract> primeContractsOf(long projectId) {
        return primeContracts.findByProjectId(projectId).stream().map(PrimeContractEntity::toRecord)
                .sorted(Comparator.comparing(PrimeContract::number, NaturalOrder.COMPARATOR))
                .toList();
    }

    public List<PrimeContract> primeContractsForSetUp(long actorId, long projectId) {
        projectService.requireSetUp(actorId, projectId);
        return primeContractsOf(projectId);
    }

    /** Creates the subcontract when subcontractId is null, otherwise changes it; contacts and lists are audited. */
    @Transactional
    public Subcontract saveSubcontract(long actorId, long projectId, Long subcontractId, SubcontractForm form) {
        projectService.requireSetUp(actorId, projectId);
        if (blank(form.number()) || blank(form.title()) || form.status() == null) {
            throw new RuleViolation("contract.error.missing");
        }
        checkRetainage(form.retainagePercent());
        String number = form.number().strip();
        subcontracts.findByProjectIdOrderByNumberSortKey(projectId).stream()
                .filter(other -> other.toRecord().number().equalsIgnoreCase(number)
                        && !other.getId().equals(subcontractId))
                .findFirst().ifPresent(other -> {
                    throw new RuleViolation("contract.error.number-taken", number);
                });
        if (companies.company(form.companyId()) == null) {
            throw new NotFound("company", form.companyId());
        }
        form.privateList().forEach(companies::user);
        // a contact bills for the subcontractor, and sees the invoice only as a member of the project
        for (long contactId : form.invoiceContacts()) {
            var contact = companies.user(contactId);
            if (contact.companyId() != form.companyId()) {
                throw new RuleViolation("contract.error.contact-company", contact.displayName(),
                        companies.company(form.companyId()).name());
            }
            if (!projectService.isMember(contactId, projectId)) {
                throw new RuleViolation("contract.error.contact-member", contact.displayName());
            }
        }
        SubcontractForm clean = new SubcontractForm(number, form.title().strip(), form.companyId(), form.status(),
                form.retainagePercent(), form.privateContract(), Set.copyOf(form.privateList()),
                Set.copyOf(form.invoiceContacts()), form.prevailingWage());
        SubcontractEntity entity;
        Subcontract before = null;
        if (subcontractId == null) {
            entity = subcontracts.save(new SubcontractEntity(projectId, number, clean.title(), clean.companyId(),
                    clean.status(), clean.retainagePercent()));
        } else {
            entity = load(subcontractId);
            before = entity.toRecord();
            if (before.projectId() != projectId) {
                throw new NotFound("subcontract", subcontractId);
            }
        }
        entity.change(clean);
        Subcontract after = entity.toRecord();
        String subject = after.number() + " " + after.title() + " on " + projectService.projectById(projectId).title();
        if (before == null) {
            record(actorId, "subcontract.created", subject, "company " + companies.company(after.companyId()).name()
                    + ", retainage " + percent(after.retainagePercent()));
        }
        auditPeople(actorId, subject, "subcontract.invoice-contacts",
                before == null ? Set.of() : before.invoiceContacts(), after.invoiceContacts());
        auditPeople(actorId, subject, "subcontract.private-list",
                before == null ? Set.of() : before.privateList(), after.privateList());
        if (before != null && before.prevailingWage() != after.prevailingWage()) {
            record(actorId, "subcontract.changed", subject, after.prevailingWage() ? "under prevailing-wage law"
                    : "no longer under prevailing-wage law");
        }
        if (before != null && before.privateContract() != after.privateContract()) {
            record(actorId, "subcontract.private", subject, after.privateContract() ? "made private" : "made public");
        }
        if (before != null && (!before.number().equals(after.number()) || before.companyId() != after.companyId())) {
            events.publishEvent(new SubcontractChanged(after.id(), after.number(), after.companyId()));
        }
        if (before != null && !sameTerms(before, after)) {
            record(actorId, "subcontract.changed", subject, new AuditChanges()
                    .add("number", before.number(), after.number()).add("title", before.title(), after.title())
                    .add("company", companies.company(before.companyId()).name(), companies.company(after.companyId()).name())
                    .add("status", AuditChanges.words(before.status()), AuditChanges.words(after.status()))
                    .add("retainage", percent(before.retainagePercent()), percent(after.retainagePercent())).toString());
        }
        return after;
    }

    /** The prime contract with its owner company: company administrators and ADMIN on Prime Contracts. */
    @Transactional
    public PrimeContract savePrimeContract(long actorId, long projectId, Long primeContractId, String number,
                                           String title, long ownerCompanyId, BigDecimal retainagePercent) {
        requirePrimeContractSetUp(actorId, projectId);
        if (blank(number) || blank(title)) {
            throw new RuleViolation("contract.error.missing");
        }
        checkRetainage(retainagePercent);
        companies.company(ownerCompanyId);
        PrimeContractEntity entity;
        if (primeContractId == null) {
            entity = primeContracts.save(new PrimeContractEntity(projectId, number.strip(), title.strip(),
                    ownerCompanyId, retainagePercent));
        } else {
            entity = primeContracts.findById(primeContractId)
                    .filter(contract -> contract.toRecord().projectId() == projectId)
                    .orElseThrow(() -> new NotFound("prime contract", primeContractId));
        }
        entity.change(number.strip(), title.strip(), ownerCompanyId, retainagePercent);
        PrimeContract contract = entity.toRecord();
        if (primeContractId != null) {
            events.publishEvent(new PrimeContractChanged(contract.id(), contract.number(), contract.title()));
        }
        record(actorId, primeContractId == null ? "prime-contract.created" : "prime-contract.changed",
                contract.number() + " " + contract.title() + " on " + projectService.projectById(projectId).title(),
                "owner " + companies.company(ownerCompanyId).name() + ", retainage "
                        + percent(retainagePercent));
        return contract;
    }

    @Transactional
    public List<SovLine> saveSubcontractSchedule(long actorId, long subcontractId, List<ScheduleLine> lines) {
        Subcontract subcontract = load(subcontractId).toRecord();
        projectService.requireSetUp(actorId, subcontract.projectId());
        List<SovLine> saved = saveSchedule(sovLines.findBySubcontractIdOrderByPosition(subcontractId), lines,
                (position, line) -> new SovLineEntity(subcontractId, null, position, line));
        record(actorId, "schedule.saved", subcontract.number() + " " + subcontract.title(), summary(saved));
        return saved;
    }

    @Transactional
    public List<SovLine> savePrimeContractSchedule(long actorId, long primeContractId, List<ScheduleLine> lines) {
        PrimeContract contract = primeContractById(primeContractId);
        requirePrimeContractSetUp(actorId, contract.projectId());
        List<SovLine> saved = saveSchedule(sovLines.findByPrimeContractIdOrderByPosition(primeContractId), lines,
                (position, line) -> new SovLineEntity(null, primeContractId, position, line));
        record(actorId, "schedule.saved", contract.number() + " " + contract.title(), summary(saved));
        return saved;
    }

    /** Lines keep their ids where given, new ones are added, missing ones removed unless an invoice bills them. */
    private List<SovLine> saveSchedule(List<SovLineEntity> stored, List<ScheduleLine> lines,
                                       java.util.function.BiFunction<Integer, NewSovLine, SovLineEntity> create) {
        checkLines(lines);
        Map<Long, SovLineEntity> byId = stored.stream().collect(Collectors.toMap(SovLineEntity::getId,
                Function.identity()));
        Set<Long> kept = lines.stream().map(ScheduleLine::id).filter(Objects::nonNull).collect(Collectors.toSet());
        List<SovLineEntity> removed = stored.stream().filter(line -> !kept.contains(line.getId())).toList();
        List<Long> removedIds = removed.stream().map(SovLineEntity::getId).toList();
        Set<Long> billed = new HashSet<>();
        references.forEach(module -> billed.addAll(module.referenced(removedIds)));
        for (SovLineEntity line : removed) {
            if (billed.contains(line.getId())) {
                throw new RuleViolation("sov.error.billed", line.toRecord().itemNumber());
            }
            sovLines.delete(line);
        }
        sovLines.flush();
        List<SovLine> saved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ScheduleLine line = lines.get(i);
            SovLineEntity entity;
            if (line.id() == null) {
                entity = sovLines.save(create.apply(i + 1, line.line()));
            } else {
                entity = byId.get(line.id());
                if (entity == null) {
                    throw new NotFound("schedule line", line.id());
                }
                entity.change(i + 1, line.line());
            }
            saved.add(entity.toRecord());
        }
        return saved;
    }

    private static void checkLines(List<ScheduleLine> lines) {
        Set<String> items = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewSovLine line = lines.get(i).line();
            int row = i + 1;
            if (blank(line.itemNumber()) || blank(line.description()) || line.scheduledValue() == null) {
                throw new RuleViolation("sov.error.incomplete", row);
            }
            if (line.itemNumber().length() > 30 || line.description().length() > 300
                    || (line.costCode() != null && line.costCode().length() > 40)) {
                throw new RuleViolation("sov.error.too-long", row);
            }
            if (line.scheduledValue().amount().signum() < 0) {
                throw new RuleViolation("sov.error.value", row);
            }
            if (!items.add(line.itemNumber().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new RuleViolation("sov.error.duplicate", row, line.itemNumber());
            }
        }
    }

    private void requirePrimeContractSetUp(long actorId, long projectId) {
        Project project = projectService.projectById(projectId);
        if (!companies.administers(actorId, project.companyId())
                && !projectService.access(actorId, projectId).isAdmin(Tool.PRIME_CONTRACTS)) {
            throw new org.springframework.security.access.AccessDeniedException("ADMIN on Prime Contracts needed");
        }
    }

    private static void checkRetainage(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("contract.error.retainage");
        }
    }

    private static boolean sameTerms(Subcontract before, Subcontract after) {
        return before.number().equals(after.number()) && before.title().equals(after.title())
                && before.status() == after.status() && before.companyId() == after.companyId()
                && before.retainagePercent().compareTo(after.retainagePercent()) == 0;
    }

    private void auditPeople(long actorId, String subject, String action, Set<Long> before, Set<Long> after) {
        Set<Long> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<Long> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = id -> names.computeIfAbsent(id, key -> {
            UserAccount user = companies.user(key);
            return user.displayName() + " (" + user.username() + ")";
        });
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + added.stream().map(name).collect(Collectors.joining(", ")));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + removed.stream().map(name).collect(Collectors.joining(", ")));
        }
        record(actorId, action, subject, String.join("; ", parts));
    }

    private static String percent(BigDecimal value) {
        return value == null ? null : Formats.US.percent(value);
    }

    private static String summary(List<SovLine> lines) {
        BigDecimal total = lines.stream().map(line -> line.scheduledValue().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return lines.size() + " lines, total " + total.toPlainString();
    }

    private void record(long actorId, String action, String subject, String detail) {
        events.publishEvent(new AdministrativeChange(actorId, action, subject, detail));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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

    /** The one rule of who sees this project's subcontracts and their invoices, for this user. */
    public SubcontractVisibility visibility(long userId, long projectId) {
        return new SubcontractVisibility(projectService.access(userId, projectId));
    }

    /** An invoice contact belongs to the subcontract's company: one who moves to another company is one no more. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserMoved moved) {
        for (SubcontractEntity subcontract : subcontracts.findWithInvoiceContact(moved.userId())) {
            if (subcontract.getCompanyId() != moved.toCompanyId() && subcontract.removeInvoiceContact(moved.userId())) {
                Subcontract changed = subcontract.toRecord();
                record(moved.actorId(), "subcontract.contact-removed", changed.number() + " " + changed.title(),
                        companies.user(moved.userId()).displayName() + " moved to another company");
            }
        }
    }

    /** The project's subcontracts this user may see, in natural contract order. */
    public List<Subcontract> visibleSubcontracts(long userId, long projectId) {
        SubcontractVisibility visibility = visibility(userId, projectId);
        return subcontracts.findByProjectIdOrderByNumberSortKey(projectId).stream()
                .map(SubcontractEntity::toRecord)
                .filter(visibility::seesSubcontract)
                .toList();
    }

    /** The project's subcontracts on which the rule makes this user an invoice contact. */
    public Set<Long> contactSubcontracts(SubcontractVisibility visibility) {
        return visibility.mayActAsContact()
                ? Set.copyOf(subcontracts.findIdsWithInvoiceContact(visibility.access().projectId(), visibility.userId()))
                : Set.of();
    }

    /** One subcontract, refused as unknown to a user who may not see it. */
    public Subcontract subcontract(long userId, long subcontractId) {
        Subcontract subcontract = load(subcontractId).toRecord();
        if (!visibility(userId, subcontract.projectId()).seesSubcontract(subcontract)) {
            throw new NotFound("subcontract", subcontractId);
        }
        return subcontract;
    }

    /** A subcontract's schedule of values, for who may set its project up. */
    @Transactional(readOnly = true)
    public List<SovLine> subcontractSchedule(long actorId, long subcontractId) {
        projectService.requireSetUp(actorId, load(subcontractId).toRecord().projectId());
        return subcontractSov(subcontractId);
    }

    /** A prime contract's schedule of values, for who may set its project up. */
    @Transactional(readOnly = true)
    public List<SovLine> primeContractSchedule(long actorId, long primeContractId) {
        projectService.requireSetUp(actorId, primeContractById(primeContractId).projectId());
        return primeContractSov(primeContractId);
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

    /** Subcontracts by id, read at once; callers check access themselves. */
    public Map<Long, Subcontract> subcontractsById(Collection<Long> subcontractIds) {
        return subcontractIds.isEmpty() ? Map.of() : subcontracts.findAllWithPeople(subcontractIds).stream()
                .map(SubcontractEntity::toRecord).collect(Collectors.toMap(Subcontract::id, Function.identity()));
    }

    /** The schedules of values of these subcontracts by subcontract id, read at once (no permission check). */
    public Map<Long, List<SovLine>> subcontractSovs(Collection<Long> subcontractIds) {
        return subcontractIds.isEmpty() ? Map.of() : sovLines.findBySubcontractIdInOrderByPosition(subcontractIds)
                .stream().collect(Collectors.groupingBy(SovLineEntity::getSubcontractId,
                        Collectors.mapping(SovLineEntity::toRecord, Collectors.toList())));
    }

    public PrimeContract primeContractById(long primeContractId) {
        return primeContracts.findById(primeContractId).map(PrimeContractEntity::toRecord)
                .orElseThrow(() -> new NotFound("prime contract", primeContractId));
    }

    private SubcontractEntity load(long subcontractId) {
        return subcontracts.findById(subcontractId).orElseThrow(() -> new NotFound("subcontract", subcontractId));
    }
}
