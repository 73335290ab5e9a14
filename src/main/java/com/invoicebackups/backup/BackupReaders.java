package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may open a backup: its requester or an administrator of the tool it was compiled from, and only while the one
 * visibility rule lets them read every subcontract whose invoices it carries. An owner backup compiled by someone on a
 * private list is therefore not shown to a Prime Contracts administrator who is not. A member to whom a backup was
 * delivered by a link that still works (the owner's people) sees that backup too.
 */
@Component
class BackupReaders {

    private final ContractService contracts;
    private final InvoiceService invoices;
    private final ProjectService projects;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;

    BackupReaders(ContractService contracts, InvoiceService invoices, ProjectService projects,
                  org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts;
        this.invoices = invoices;
        this.projects = projects;
    }

    /** The subcontracts whose invoices the compiled request carries, to judge its readers by. */
    Set<Long> carriedSubcontracts(long requesterId, long projectId, BackupRequest request) {
        return invoices.subcontractsOf(requesterId, projectId, request.invoices().stream()
                .map(BackupRequest.Invoice::identity)
                .filter(identity -> identity != null && identity.startsWith("S"))
                .map(identity -> Long.parseLong(identity.substring(1)))
                .toList());
    }

    /** Judges backups of one project for one user, looking each subcontract up once; a non-member sees none. */
    Judge judge(long userId, long projectId) {
        return new Judge(projects.findAccess(userId, projectId).map(SubcontractVisibility::new).orElse(null),
                deliveredTo(userId, projectId));
    }

    /** The project's backups delivered to this member by links that still work. */
    private Set<Long> deliveredTo(long userId, long projectId) {
        return Set.copyOf(jdbc.sql("""
                select d.backup_id from backup_delivery d join backup b on b.id = d.backup_id
                where d.recipient_user_id = ? and b.project_id = ? and d.revoked_at is null and d.expires_at > ?""")
                .params(userId, projectId, java.sql.Timestamp.from(clock.instant())).query(Long.class).list());
    }

    final class Judge {
        private final SubcontractVisibility visibility;
        private final Map<Long, Subcontract> subcontracts = new HashMap<>();
        private final Set<Long> delivered;

        private Judge(SubcontractVisibility visibility, Set<Long> delivered) {
            this.visibility = visibility;
            this.delivered = delivered;
        }

        boolean maySee(BackupEntity backup) {
            if (visibility == null) {
                return false;
            }
            if (delivered.contains(backup.getId())) {
                return true;
            }
            boolean owner = backup.getKind() == BackupKind.OWNER;
            if (backup.getRequestedBy() != visibility.userId()
                    && !visibility.access().isAdmin(owner ? Tool.PRIME_CONTRACTS : Tool.COMMITMENTS)) {
                return false;
            }
            return backup.getCarriedSubcontractIds().stream()
                    .map(id -> subcontracts.computeIfAbsent(id, contracts::subcontractById))
                    .allMatch(subcontract -> visibility.seesInvoicesOf(subcontract)
                            || owner && visibility.readsForOwnerBackups(subcontract));
        }
    }
}
