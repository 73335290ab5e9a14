package com.invoicebackups.backup;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.SecretTokens;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a finished backup to the owner's people, and to any address such as a lender's, by personal links that
 * work without an account. A link's token is random and unguessable; only its SHA-256 is kept, so the database
 * cannot hand out working links. A link works until it expires or is revoked, and serves that backup's files and
 * nothing else. Who compiles a kind of backup sends it and sees its deliveries; every download is recorded.
 */
@Service
@EnableConfigurationProperties(DeliverySettings.class)
public class BackupDeliveries {

    /** A project member who may receive the backup: one who works for an owner of one of its prime contracts. */
    public record Recipient(long userId, String name, String email) {
    }

    /** What a working link opens: the backup's files by name, numbered from 1, and whether a ZIP of them is offered. */
    public record Delivered(String title, List<String> files, boolean zip) {
    }

    private final JdbcClient jdbc;
    private final BackupService backups;
    private final BackupRepository backupRows;
    private final ProjectService projects;
    private final ContractService contracts;
    private final CompanyService companies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration expiry;

    BackupDeliveries(JdbcClient jdbc, BackupService backups, BackupRepository backupRows, ProjectService projects,
                     ContractService contracts, CompanyService companies, ApplicationEventPublisher events, Clock clock,
                     DeliverySettings settings) {
        this.jdbc = jdbc;
        this.backups = backups;
        this.backupRows = backupRows;
        this.projects = projects;
        this.contracts = contracts;
        this.companies = companies;
        this.events = events;
        this.clock = clock;
        this.expiry = Duration.ofDays(settings.expiryDays());
    }

    @com.invoicebackups.shared.NeedsNoActingUser
    public int expiryDays() {
        return (int) expiry.toDays();
    }

    /** The kinds of backup of the project the user sends (those they compile), for a screen to offer the button. */
    @Transactional(readOnly = true)
    public Set<BackupKind> kindsSent(long userId, long projectId) {
        return projects.findAccess(userId, projectId).map(access -> {
            Set<BackupKind> kinds = java.util.EnumSet.noneOf(BackupKind.class);
            if (access.isAdmin(com.invoicebackups.project.Tool.COMMITMENTS)) {
                kinds.add(BackupKind.SUBCONTRACTOR);
            }
            if (access.makesOwnerInvoices()) {
                kinds.add(BackupKind.OWNER);
            }
            return kinds;
        }).orElse(Set.of());
    }

    /** Whether the user sends this backup: they see it, and compile backups of its kind. */
    @Transactional(readOnly = true)
    public boolean maySend(long userId, long backupId) {
        return backups.backup(userId, backupId).filter(Backup::downloadable)
                .filter(backup -> kindsSent(userId, backup.projectId()).contains(backup.kind())).isPresent();
    }

    /** The members of the backup's project who work for an owner of one of its prime contracts. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(long userId, long backupId) {
        Backup backup = sendable(userId, backupId);
        Set<Long> owners = contracts.primeContractsOf(backup.projectId()).stream().map(PrimeContract::ownerCompanyId)
                .collect(Collectors.toSet());
        return projects.memberIdsOf(backup.projectId()).stream().map(companies::user)
                .filter(user -> user.active() && owners.contains(user.companyId()))
                .map(user -> new Recipient(user.id(), user.displayName(), user.email())).toList();
    }

    /**
     * Sends the backup to the members and addresses given (addresses separated by commas, semicolons or line
     * breaks), one personal link each; an address that is not one is refused, named, before anything is sent.
     * Returns how many links were sent.
     */
    @Transactional
    public int send(long userId, long backupId, Collection<Long> memberIds, String addresses) {
        Backup backup = sendable(userId, backupId);
        Map<Long, Recipient> members = recipients(userId, backupId).stream()
                .collect(Collectors.toMap(Recipient::userId, recipient -> recipient));
        Map<String, Long> to = new LinkedHashMap<>();
        for (long memberId : memberIds) {
            Recipient member = members.get(memberId);
            if (member == null) {
                throw new RuleViolation("delivery.error.not-a-recipient");
            }
            to.putIfAbsent(member.email().toLowerCase(java.util.Locale.ROOT), member.userId());
        }
        for (String address : addresses == null ? new String[0] : addresses.split("[,;\\s]+")) {
            if (!address.isBlank()) {
                to.putIfAbsent(valid(address.strip()), null);
            }
        }
        if (to.isEmpty()) {
            throw new RuleViolation("delivery.error.no-recipient");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(expiry);
        List<DeliveryLinksIssued.Link> links = new ArrayList<>();
        to.forEach((email, recipientId) -> {
            String token = SecretTokens.newToken();
            jdbc.sql("""
                    insert into backup_delivery (backup_id, recipient_email, recipient_user_id, token_hash, sent_by,
                    sent_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(backupId, email, recipientId, SecretTokens.sha256(token), userId, Timestamp.from(now),
                            Timestamp.from(expires)).update();
            links.add(new DeliveryLinksIssued.Link(recipientId, email, "delivery/" + token));
        });
        events.publishEvent(new DeliveryLinksIssued(links, backup.fileName(),
                projects.projectById(backup.projectId()).name(), userId, expires));
        return links.size();
    }

    /** Ends a link now; the backup's history keeps it, with who revoked it and when. */
    @Transactional
    public void revoke(long userId, long deliveryId) {
        Long backupId = jdbc.sql("select backup_id from backup_delivery where id = ?").param(deliveryId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("delivery", deliveryId));
        sendable(userId, backupId);
        jdbc.sql("update backup_delivery set revoked_by = ?, revoked_at = ? where id = ? and revoked_at is null")
                .params(userId, Timestamp.from(clock.instant()), deliveryId).update();
    }

    /** Every delivery of the backup, newest first, with its downloads. */
    @Transactional(readOnly = true)
    public List<BackupDelivery> deliveries(long userId, long backupId) {
        sendable(userId, backupId);
        Map<Long, List<BackupDelivery.Download>> downloads = new LinkedHashMap<>();
        jdbc.sql("""
                select d.delivery_id, d.downloaded_at, d.address, d.file_name from backup_delivery_download d
                join backup_delivery b on b.id = d.delivery_id where b.backup_id = ? order by d.downloaded_at desc, d.id desc""")
                .param(backupId).query((rs, row) -> {
                    downloads.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new BackupDelivery.Download(
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)));
                    return null;
                }).list();
        Map<Long, String> names = new java.util.HashMap<>();
        return jdbc.sql("""
                select id, recipient_email, recipient_user_id, sent_by, sent_at, expires_at, revoked_by, revoked_at
                from backup_delivery where backup_id = ? order by sent_at desc, id desc""")
                .param(backupId).query((rs, row) -> {
                    long recipientId = rs.getLong(3);
                    String recipient = rs.wasNull() ? rs.getString(2)
                            : name(names, recipientId) + " <" + rs.getString(2) + ">";
                    long revokedBy = rs.getLong(7);
                    String revoker = rs.wasNull() ? null : name(names, revokedBy);
                    Timestamp revokedAt = rs.getTimestamp(8);
                    return new BackupDelivery(rs.getLong(1), recipient, name(names, rs.getLong(4)),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), revoker,
                            revokedAt == null ? null : revokedAt.toInstant(),
                            downloads.getOrDefault(rs.getLong(1), List.of()));
                }).list();
    }

    /** What a link opens while it works; empty for an unknown, expired or revoked token alike. */
    @Transactional(readOnly = true)
    @com.invoicebackups.shared.NeedsNoActingUser
    public Optional<Delivered> open(String token) {
        return working(token).map(link -> {
            List<String> files = backups.deliveredFiles(link.backupId());
            return new Delivered(backupRows.findById(link.backupId()).map(BackupEntity::getFileName).orElse(""), files,
                    files.size() > 1);
        }).filter(delivered -> !delivered.files().isEmpty());
    }

    /**
     * File {@code number} (from 1; 0 for the ZIP of a backup's volumes) through a working link, recorded with the
     * client's address; empty for an unknown, expired or revoked token, or a file the backup does not have.
     */
    @Transactional
    @com.invoicebackups.shared.NeedsNoActingUser
    public Optional<BackupService.Download> download(String token, int number, String address) {
        return working(token).flatMap(link -> backups.delivered(link.backupId(), number).map(download -> {
            jdbc.sql("insert into backup_delivery_download (delivery_id, downloaded_at, address, file_name)"
                    + " values (?, ?, ?, ?)").params(link.id(), Timestamp.from(clock.instant()),
                    address.length() > 64 ? address.substring(0, 64) : address, download.fileName()).update();
            return download;
        }));
    }

    private record Link(long id, long backupId) {
    }

    private Optional<Link> working(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, backup_id from backup_delivery where token_hash = ? and revoked_at is null
                and expires_at > ?""").params(SecretTokens.sha256(token), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2))).optional();
    }

    private Backup sendable(long userId, long backupId) {
        if (!maySend(userId, backupId)) {
            throw new NotFound("backup", backupId);
        }
        return backups.backup(userId, backupId).orElseThrow();
    }

    private String name(Map<Long, String> names, long userId) {
        return names.computeIfAbsent(userId, id -> companies.user(id).displayName());
    }

    /** The address as written, lower-cased; refused with the address named when it is not one. */
    static String valid(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.contains("@") || parsed.getPersonal() != null || !parsed.getAddress().equals(address)) {
                throw new AddressException(address);
            }
            return address.toLowerCase(java.util.Locale.ROOT);
        } catch (AddressException e) {
            throw new RuleViolation("delivery.error.address", address);
        }
    }
}
