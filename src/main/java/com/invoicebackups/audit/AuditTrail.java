package com.invoicebackups.audit;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.AdministrativeChange;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every administrative change, recorded in the transaction that makes it; read by the operator, and by company
 * administrators for what their company's users did.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final AuditRecordRepository records;
    private final CompanyService companies;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, CompanyService companies, Clock clock) {
        this.records = records;
        this.companies = companies;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AdministrativeChange change) {
        records.save(new AuditRecordEntity(LocalDateTime.now(clock), change.actorId(), change.action(),
                change.subject(), change.detail()));
    }

    /**
     * The newest records first, those whose subject, action or detail contains the text: every record for the
     * operator, those of their own company's users for a company administrator.
     */
    public List<AuditRecord> newest(long userId, String text, int page, int pageSize) {
        companies.requireCompanyAdministrator(userId);
        String pattern = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        Map<Long, String> names = new HashMap<>();
        PageRequest request = PageRequest.of(page, pageSize);
        List<AuditRecordEntity> found = companies.isOperator(userId) ? records.newestFirst(pattern, request)
                : records.newestFirstBy(companies.userIds(companies.user(userId).companyId()), pattern, request);
        return found.stream()
                .map(record -> record.toRecord(names.computeIfAbsent(record.actorId(),
                        id -> companies.user(id).displayName())))
                .toList();
    }
}
