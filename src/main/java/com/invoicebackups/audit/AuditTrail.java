package com.invoicebackups.audit;

import com.invoicebackups.shared.LikePattern;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.AdministrativeChange;
import com.invoicebackups.shared.SignInAttempt;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    private final Dictionaries dictionaries;

    AuditTrail(AuditRecordRepository records, CompanyService companies, Clock clock, Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
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

    /** Sign-ins of known user names, by the user; an unknown name is only logged, as there is nobody to show it to. */
    @EventListener
    @Transactional
    void on(SignInAttempt attempt) {
        companies.findUser(attempt.username()).ifPresent(user -> records.save(new AuditRecordEntity(
                LocalDateTime.now(clock), user.id(), "sign-in." + attempt.outcome().name().toLowerCase(Locale.ROOT),
                user.displayName() + " (" + user.username() + ")", attempt.detail())));
    }

    /**
     * The newest records first, those whose subject, action or detail contains the text: every record for the
     * operator, those of their own company's users for a company administrator.
     */
    public List<AuditRecord> newest(long userId, String text, int page, int pageSize) {
        return newest(userId, AuditQuery.text(text), page, pageSize);
    }

    /** As above, for every condition of the query. */
    public List<AuditRecord> newest(long userId, AuditQuery query, int page, int pageSize) {
        companies.requireCompanyAdministrator(userId);
        boolean operator = companies.isOperator(userId);
        List<Long> actors = operator ? List.of(-1L) : companies.userIds(companies.user(userId).companyId());
        String text = query.text() == null || query.text().isBlank() ? ""
                : LikePattern.containing(query.text().toLowerCase(Locale.ROOT));
        List<String> kinds = new ArrayList<>(query.kind() == null ? List.of() : query.kind().prefixes().stream()
                .map(prefix -> prefix + "%").toList());
        while (kinds.size() < 3) {
            kinds.add(kinds.isEmpty() ? "" : kinds.getFirst());
        }
        Map<Long, String> names = new HashMap<>();
        return records.newestFirst(operator, actors, query.actorId(), text,
                        query.from() == null ? null : query.from().atStartOfDay(),
                        query.to() == null ? null : query.to().plusDays(1).atStartOfDay(),
                        kinds.get(0), kinds.get(1), kinds.get(2), PageRequest.of(page, pageSize)).stream()
                .map(record -> record.toRecord(names.computeIfAbsent(record.actorId(),
                        id -> companies.user(id).displayName())))
                .toList();
    }

    /**
     * The query's records as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads it), newest first, each
     * action in the reader's words.
     */
    public void exportCsv(long userId, AuditQuery query, OutputStream out) throws IOException {
        Dictionary words = dictionaries.named(companies.user(userId).dictionary());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write("When,Who,Action,Subject,Detail\r\n");
        int page = 0;
        List<AuditRecord> found;
        do {
            found = newest(userId, query, page++, 500);
            for (AuditRecord record : found) {
                writer.write(String.join(",", csv(record.recordedAt().toString()), csv(record.actorName()),
                        csv(words.get("audit.action." + record.action())), csv(record.subject()), csv(record.detail())) + "\r\n");
            }
        } while (found.size() == 500);
        writer.flush();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would be read by a spreadsheet as a formula
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
