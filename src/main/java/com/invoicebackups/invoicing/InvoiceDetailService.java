package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invoice screen's reads and edits: one invoice in full, the next invoice of a subcontract, saving lines. */
@Service
@Transactional
public class InvoiceDetailService {

    private final InvoiceGuard guard;
    private final InvoiceService invoices;
    private final SubcontractorInvoiceRepository subcontractorInvoices;
    private final AttachmentRepository attachments;
    private final InvoiceChangeRepository changes;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;
    private final ProjectService projects;
    private final Clock clock;
    private final InvoiceConflicts conflicts;

    InvoiceDetailService(InvoiceConflicts conflicts, InvoiceGuard guard, InvoiceService invoices, SubcontractorInvoiceRepository subcontractorInvoices,
                         AttachmentRepository attachments, InvoiceChangeRepository changes, ContractService contracts,
                         CompanyService companies, BillingPeriodService periods, ProjectService projects,
                         Clock clock) {
        this.conflicts = conflicts;
        this.guard = guard;
        this.invoices = invoices;
        this.subcontractorInvoices = subcontractorInvoices;
        this.attachments = attachments;
        this.changes = changes;
        this.contracts = contracts;
        this.companies = companies;
        this.periods = periods;
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvoiceDetail detail(long userId, InvoiceRef ref) {
        return ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? subcontractorDetail(userId, ref.id()) : ownerDetail(userId, ref.id());
    }

    private InvoiceDetail subcontractorDetail(long userId, long invoiceId) {
        InvoiceGuard.Guarded<SubcontractorInvoiceEntity> guarded = guard.subcontractorInvoice(userId, invoiceId);
        SubcontractorInvoiceEntity invoice = guarded.invoice();
        Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
        Map<Long, String> names = new LinkedHashMap<>();
        List<InvoiceChange> history = history(changes.findBySubcontractorInvoiceIdOrderByChangedAtDescIdDesc(invoiceId),
                names);
        return new InvoiceDetail(InvoiceRef.subcontractor(invoiceId), invoice.getProjectId(),
                projects.projectById(invoice.getProjectId()), invoice.getNumber(),
                invoice.getStatus().name(), subcontract.number(), subcontract.title(),
                companies.company(subcontract.companyId()).name(), period(invoice.getBillingPeriodId()),
                invoice.getBillingDate(), invoice.toRecord().submittedDate(), invoice.getComment(), invoice.getReviewNote(),
                invoice.getSignatureStatus(), createdBy(names, invoice), invoice.getCreatedAt(), invoice.getVersion(),
                invoices.payApplication(userId, invoiceId),
                attachments.findBySubcontractorInvoiceIdOrderByPosition(invoiceId).stream()
                        .map(AttachmentEntity::toRecord).toList(),
                history, guarded.rights());
    }

    private InvoiceDetail ownerDetail(long userId, long invoiceId) {
        InvoiceGuard.Guarded<OwnerInvoiceEntity> guarded = guard.ownerInvoice(userId, invoiceId);
        OwnerInvoiceEntity invoice = guarded.invoice();
        PrimeContract contract = contracts.primeContractById(invoice.getPrimeContractId());
        Map<Long, String> names = new LinkedHashMap<>();
        List<InvoiceChange> history = history(changes.findByOwnerInvoiceIdOrderByChangedAtDescIdDesc(invoiceId), names);
        // the owner's latest word (a reason to revise, approval notes) and the day it was last submitted, from history
        List<InvoiceChange> statusChanges = history.stream().filter(change -> change.what() == InvoiceChange.What.STATUS)
                .toList();
        String ownerNote = statusChanges.isEmpty() ? null : statusChanges.getFirst().note();
        java.time.LocalDate submitted = statusChanges.stream()
                .filter(change -> OwnerInvoiceStatus.SUBMITTED.name().equals(change.to())).findFirst()
                .map(change -> java.time.LocalDate.ofInstant(change.changedAt(), clock.getZone())).orElse(null);
        return new InvoiceDetail(InvoiceRef.owner(invoiceId), invoice.getProjectId(),
                projects.projectById(invoice.getProjectId()), invoice.getNumber(),
                invoice.getStatus().name(), contract.number(), contract.title(),
                companies.company(contract.ownerCompanyId()).name(), period(invoice.getBillingPeriodId()),
                invoice.getBillingDate(), submitted, invoice.getComment(), ownerNote, SignatureStatus.NONE,
                createdBy(names, invoice), invoice.getCreatedAt(), invoice.getVersion(),
                invoices.ownerPayApplication(userId, invoiceId),
                attachments.findByOwnerInvoiceIdOrderByPosition(invoiceId).stream().map(AttachmentEntity::toRecord).toList(),
                history, guarded.rights());
    }

    /** The subcontracts on which this user may start an invoice: as invoice contact, or all with ADMIN on Commitments. */
    @Transactional(readOnly = true)
    public List<Subcontract> subcontractsForNewInvoices(long userId, long projectId) {
        InvoicingAccess access = guard.access(userId, projectId);
        return contracts.visibleSubcontracts(userId, projectId).stream()
                .filter(access.visibility()::seesInvoicesOf)
                .toList();
    }

    /** The subcontracts this user may invoice, each with the invoice it already has in the open period, if any. */
    @Transactional(readOnly = true)
    public NewInvoiceOptions newInvoiceOptions(long userId, long projectId) {
        List<Subcontract> subcontracts = subcontractsForNewInvoices(userId, projectId);
        BillingPeriod open = subcontracts.isEmpty() ? null : periods.periods(userId, projectId).stream()
                .filter(period -> period.status() == PeriodStatus.OPEN).findFirst().orElse(null);
        return new NewInvoiceOptions(open, subcontracts.stream()
                .map(subcontract -> open == null ? new NewInvoiceOptions.Option(subcontract, null, null)
                        : subcontractorInvoices.findFirstBySubcontractIdAndBillingPeriodId(subcontract.id(), open.id())
                        .map(taken -> new NewInvoiceOptions.Option(subcontract, InvoiceRef.subcontractor(taken.getId()),
                                taken.getNumber()))
                        .orElseGet(() -> new NewInvoiceOptions.Option(subcontract, null, null)))
                .toList());
    }

    /**
     * Starts the next invoice of a subcontract in the project's OPEN billing period, at the next position, with
     * every SOV line at zero this period (earlier invoices carry into "from previous application").
     */
    public SubcontractorInvoice createNext(long userId, long subcontractId) {
        Subcontract subcontract = contracts.subcontract(userId, subcontractId);
        InvoicingAccess access = guard.access(userId, subcontract.projectId());
        if (!access.visibility().seesInvoicesOf(subcontract)) {
            throw new AccessDeniedException("neither invoice contact nor ADMIN on Commitments");
        }
        BillingPeriod open = periods.periods(userId, subcontract.projectId()).stream()
                .filter(period -> period.status() == PeriodStatus.OPEN).findFirst()
                .orElseThrow(() -> new RuleViolation("invoice.error.no-open-period"));
        if (subcontractorInvoices.existsBySubcontractIdAndBillingPeriodId(subcontractId, open.id())) {
            throw new RuleViolation("invoice.error.period-taken", subcontract.number(), open);
        }
        int position = subcontractorInvoices.lastPosition(subcontractId) + 1;
        List<PayApplication.Entry> lines = AbstractInvoiceEntity.nextLines(contracts.subcontractSov(subcontractId),
                subcontractorInvoices.findBySubcontractIdOrderByPosition(subcontractId), subcontract.retainagePercent());
        SubcontractorInvoice created = invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(subcontractId,
                open.id(), subcontract.number() + "-" + String.format("%02d", position), InvoiceStatus.DRAFT,
                open.endDate(), open.startDate(), open.endDate(), null, null, null, lines));
        subcontractorInvoices.findById(created.id()).orElseThrow().created(userId, clock.instant());
        try {
            subcontractorInvoices.flush();
        } catch (DataIntegrityViolationException twoAtOnce) {
            // someone started the same invoice a moment earlier: the unique key keeps it to one
            throw new RuleViolation("invoice.error.period-taken", subcontract.number(), open);
        }
        return created;
    }

    /** Saves the header and columns E and F of an editable subcontractor invoice, all or nothing. */
    public InvoiceDetail save(long userId, long invoiceId, long expectedVersion, InvoiceEdit edit) {
        return save(userId, InvoiceRef.subcontractor(invoiceId), expectedVersion, edit);
    }

    /** Saves the header and columns E and F of an editable invoice of either kind, all or nothing. */
    public InvoiceDetail save(long userId, InvoiceRef ref, long expectedVersion, InvoiceEdit edit) {
        // two saves of one invoice take turns, so the later one is told who saved first instead of failing on flush
        AbstractInvoiceEntity invoice = conflicts.require(guard.lockedInvoice(userId, ref), InvoiceRights::editLines)
                .invoice();
        if (invoice.getVersion() != expectedVersion) {
            throw conflicts.stale(invoice);
        }
        String number = edit.number() == null ? "" : edit.number().strip();
        if (number.isEmpty() || number.length() > 50) {
            throw new RuleViolation("invoice.error.number");
        }
        if (edit.comment() != null && edit.comment().length() > 1000) {
            throw new RuleViolation("invoice.error.comment");
        }
        PayApplication current = invoices.recalculate(invoice, invoice.entries());
        Map<Long, PayApplication.Row> rows = current.rows().stream()
                .collect(Collectors.toMap(PayApplication.Row::sovLineId, Function.identity()));
        // an invoice sent back while later ones exist: their work on a line counts against its scheduled value too
        Map<Long, Money> laterWork = invoices.laterWork(invoice);
        Map<Long, String> problems = new LinkedHashMap<>();
        for (InvoiceEdit.LineAmounts line : edit.lines()) {
            PayApplication.Row row = rows.get(line.sovLineId());
            if (row == null) {
                throw new RuleViolation("error.stale");
            }
            String problem = PayApplication.lineProblem(row.scheduledValue(),
                    row.fromPrevious().plus(laterWork.getOrDefault(line.sovLineId(), Money.ZERO)), line.thisPeriod(),
                    line.materialsStored());
            if (problem != null) {
                problems.put(line.sovLineId(), problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new LinesRejected(problems);
        }
        List<PayApplication.Entry> lines = merged(invoice, current, edit.lines());
        PayApplication.Summary saved = invoices.recalculate(invoice, lines).summary();
        invoice.edit(number, edit.billingDate(), edit.comment() == null || edit.comment().isBlank() ? null : edit.comment().strip());
        invoice.replaceLines(lines, saved);
        changes.save(InvoiceChangeEntity.of(ref, InvoiceChangeEntity.Kind.LINES_SAVED,
                current.summary().workThisPeriod().toString(), saved.workThisPeriod().toString(), userId,
                clock.instant()));
        subcontractorInvoices.flush();
        return detail(userId, ref);
    }

    /** The figures with these amounts typed, nothing saved: the G702 as the user types. */
    @Transactional(readOnly = true)
    public PayApplication preview(long userId, long invoiceId, List<InvoiceEdit.LineAmounts> typed) {
        return preview(userId, InvoiceRef.subcontractor(invoiceId), typed);
    }

    /** As above, for an invoice of either kind. */
    @Transactional(readOnly = true)
    public PayApplication preview(long userId, InvoiceRef ref, List<InvoiceEdit.LineAmounts> typed) {
        AbstractInvoiceEntity invoice = guard.invoice(userId, ref).invoice();
        return invoices.recalculate(invoice, merged(invoice, invoices.recalculate(invoice, invoice.entries()), typed));
    }

    /** The invoice's lines with the typed amounts in place; lines not typed keep theirs, and each its retainage. */
    private List<PayApplication.Entry> merged(AbstractInvoiceEntity invoice, PayApplication current,
                                              List<InvoiceEdit.LineAmounts> typedLines) {
        java.math.BigDecimal retainage = invoice instanceof OwnerInvoiceEntity owner
                ? contracts.primeContractById(owner.getPrimeContractId()).retainagePercent()
                : contracts.subcontractById(((SubcontractorInvoiceEntity) invoice).getSubcontractId()).retainagePercent();
        Map<Long, InvoiceEdit.LineAmounts> typed = typedLines.stream()
                .collect(Collectors.toMap(InvoiceEdit.LineAmounts::sovLineId, Function.identity(), (a, b) -> b));
        Map<Long, PayApplication.Entry> entries = invoice.entries().stream()
                .collect(Collectors.toMap(PayApplication.Entry::sovLineId, Function.identity()));
        return current.rows().stream().map(row -> {
            InvoiceEdit.LineAmounts amounts = typed.get(row.sovLineId());
            PayApplication.Entry before = entries.get(row.sovLineId());
            return new PayApplication.Entry(row.sovLineId(),
                    amounts != null ? amounts.thisPeriod() : row.thisPeriod(),
                    amounts != null ? amounts.materialsStored() : row.materialsStored(),
                    before != null ? before.retainagePercent() : retainage);
        }).toList();
    }

    private BillingPeriod period(Long periodId) {
        return periodId == null ? null : periods.period(periodId);
    }

    /** The invoice's changes, newest first, each with the name of who made it ({@code names} keeps those read). */
    private List<InvoiceChange> history(List<InvoiceChangeEntity> recorded, Map<Long, String> names) {
        return recorded.stream().map(change -> change.toRecord(name(names, change.getChangedBy()))).toList();
    }

    private String createdBy(Map<Long, String> names, AbstractInvoiceEntity invoice) {
        return invoice.getCreatedBy() == null ? null : name(names, invoice.getCreatedBy());
    }

    private String name(Map<Long, String> names, long userId) {
        return names.computeIfAbsent(userId, id -> companies.user(id).displayName());
    }
}
