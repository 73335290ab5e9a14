package com.invoicebackups.billing;

import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.AdministrativeChange;
import com.invoicebackups.shared.AuditChanges;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's billing calendar: at most one OPEN period, date ranges never overlap, and a period that
 * any invoice points at is never deleted. Managing it needs ADMIN on Commitments.
 */
@Service
@Transactional
public class BillingPeriodService {

    static final int MAX_CYCLE = 36;

    private final BillingPeriodRepository periods;
    private final ProjectService projectService;
    private final ApplicationEventPublisher events;
    private final List<PeriodReferences> references;

    BillingPeriodService(BillingPeriodRepository periods, ProjectService projectService,
                         ApplicationEventPublisher events, List<PeriodReferences> references) {
        this.periods = periods;
        this.projectService = projectService;
        this.events = events;
        this.references = references;
    }

    @Transactional(readOnly = true)
    public List<BillingPeriod> periods(long userId, long projectId) {
        projectService.access(userId, projectId);
        return periods.findByProjectIdOrderByStartDate(projectId).stream().map(BillingPeriodEntity::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public BillingPeriod period(long periodId) {
        return periods.findById(periodId).map(BillingPeriodEntity::toRecord)
                .orElseThrow(() -> new NotFound("billing period", periodId));
    }

    /** The project's periods in date order, for other modules; callers check access themselves. */
    @Transactional(readOnly = true)
    public List<BillingPeriod> periodsOf(long projectId) {
        return periods.findByProjectIdOrderByStartDate(projectId).stream().map(BillingPeriodEntity::toRecord).toList();
    }

    /** Periods by id, read at once. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, BillingPeriod> periods(java.util.Collection<Long> periodIds) {
        return periods.findAllById(periodIds).stream().map(BillingPeriodEntity::toRecord)
                .collect(java.util.stream.Collectors.toMap(BillingPeriod::id, period -> period));
    }

    public BillingPeriod create(long userId, long projectId, LocalDate start, LocalDate end, LocalDate due,
                                PeriodStatus status) {
        requireAdmin(userId, projectId);
        List<BillingPeriod> existing = locked(projectId);
        checkDates(start, end, due);
        checkNoOverlap(existing, 0, start, end);
        if (status == PeriodStatus.OPEN) {
            checkNoOtherOpen(existing, 0);
        }
        int number = existing.stream().mapToInt(BillingPeriod::number).max().orElse(0) + 1;
        BillingPeriod created = periods.save(new BillingPeriodEntity(projectId, number, start, end, due, status)).toRecord();
        record(userId, "billing.created", created, new AuditChanges().set("dates", dates(created))
                .set("due", created.dueDate()).set("status", statusLabel(created.status())));
        return created;
    }

    /**
     * A monthly cycle: {@code count} periods, the first starting on {@code firstStart}, each ending the day
     * before the next one starts, due {@code dueDaysBeforeEnd} days before its end. All or none are created.
     */
    public List<BillingPeriod> createMonthlyCycle(long userId, long projectId, LocalDate firstStart, int count,
                                                  int dueDaysBeforeEnd) {
        if (firstStart == null) {
            throw new RuleViolation("billing.error.dates-missing");
        }
        if (count < 1 || count > MAX_CYCLE) {
            throw new RuleViolation("billing.error.cycle-count", MAX_CYCLE);
        }
        if (dueDaysBeforeEnd < 0 || dueDaysBeforeEnd > 27) {
            throw new RuleViolation("billing.error.cycle-due");
        }
        List<BillingPeriod> created = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = firstStart.plusMonths(i);
            LocalDate end = firstStart.plusMonths(i + 1L).minusDays(1);
            created.add(create(userId, projectId, start, end, end.minusDays(dueDaysBeforeEnd), PeriodStatus.CLOSED));
        }
        return created;
    }

    public BillingPeriod reschedule(long userId, long periodId, long expectedVersion, LocalDate start,
                                    LocalDate end, LocalDate due) {
        BillingPeriodEntity entity = loadForChange(userId, periodId, expectedVersion);
        checkDates(start, end, due);
        checkNoOverlap(locked(entity.getProjectId()), periodId, start, end);
        BillingPeriod before = entity.toRecord();
        if (!start.equals(before.startDate()) || !end.equals(before.endDate())) {
            events.publishEvent(new BillingPeriodRescheduled(periodId, start, end));
        }
        entity.reschedule(start, end, due);
        BillingPeriod after = periods.saveAndFlush(entity).toRecord();
        record(userId, "billing.rescheduled", after, new AuditChanges().add("dates", dates(before), dates(after))
                .add("due", before.dueDate(), after.dueDate()));
        return after;
    }

    public BillingPeriod open(long userId, long periodId, long expectedVersion) {
        BillingPeriodEntity entity = loadForChange(userId, periodId, expectedVersion);
        checkNoOtherOpen(locked(entity.getProjectId()), periodId);
        return changeStatus(userId, entity, PeriodStatus.OPEN);
    }

    public BillingPeriod close(long userId, long periodId, long expectedVersion) {
        return changeStatus(userId, loadForChange(userId, periodId, expectedVersion), PeriodStatus.CLOSED);
    }

    private BillingPeriod changeStatus(long userId, BillingPeriodEntity entity, PeriodStatus status) {
        PeriodStatus before = entity.toRecord().status();
        entity.setStatus(status);
        BillingPeriod after = periods.saveAndFlush(entity).toRecord();
        record(userId, status == PeriodStatus.OPEN ? "billing.opened" : "billing.closed", after,
                new AuditChanges().add("status", statusLabel(before), statusLabel(status)));
        return after;
    }

    private void record(long userId, String action, BillingPeriod period, AuditChanges changes) {
        String subject = projectService.projectById(period.projectId()).number() + " billing period #" + period.number();
        events.publishEvent(new AdministrativeChange(userId, action, subject, changes.toString()));
    }

    private static String dates(BillingPeriod period) {
        return period.startDate() + " to " + period.endDate();
    }

    private static String statusLabel(PeriodStatus status) {
        return status == PeriodStatus.OPEN ? "Open" : "Closed";
    }

    public void delete(long userId, long periodId) {
        BillingPeriodEntity entity = periods.findById(periodId).orElseThrow(() -> new NotFound("billing period", periodId));
        requireAdmin(userId, entity.getProjectId());
        locked(entity.getProjectId());
        // the foreign keys forbid the delete anyway; asking first gives the user a clear message
        if (references.stream().anyMatch(module -> module.referenced(periodId))) {
            throw new RuleViolation("billing.error.linked", entity.toRecord().number());
        }
        BillingPeriod deleted = entity.toRecord();
        periods.delete(entity);
        record(userId, "billing.deleted", deleted, new AuditChanges().set("dates", dates(deleted)));
    }

    private BillingPeriodEntity loadForChange(long userId, long periodId, long expectedVersion) {
        BillingPeriodEntity entity = periods.findById(periodId).orElseThrow(() -> new NotFound("billing period", periodId));
        requireAdmin(userId, entity.getProjectId());
        if (entity.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(BillingPeriodEntity.class, periodId);
        }
        return entity;
    }

    private void requireAdmin(long userId, long projectId) {
        projectService.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
    }

    private List<BillingPeriod> locked(long projectId) {
        return periods.lockByProjectId(projectId).stream().map(BillingPeriodEntity::toRecord).toList();
    }

    private static void checkDates(LocalDate start, LocalDate end, LocalDate due) {
        if (start == null || end == null || due == null) {
            throw new RuleViolation("billing.error.dates-missing");
        }
        if (end.isBefore(start)) {
            throw new RuleViolation("billing.error.end-before-start");
        }
    }

    private static void checkNoOverlap(List<BillingPeriod> existing, long ignoredId, LocalDate start, LocalDate end) {
        existing.stream()
                .filter(period -> period.id() != ignoredId && period.overlaps(start, end))
                .findFirst()
                .ifPresent(period -> {
                    throw new RuleViolation("billing.error.overlap", period);
                });
    }

    private static void checkNoOtherOpen(List<BillingPeriod> existing, long ignoredId) {
        existing.stream()
                .filter(period -> period.id() != ignoredId && period.status() == PeriodStatus.OPEN)
                .findFirst()
                .ifPresent(period -> {
                    throw new RuleViolation("billing.error.one-open", period);
                });
    }
}
