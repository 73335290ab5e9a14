package com.invoicebackups.contract;

import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.Tool;
import java.util.List;

/**
 * The one rule of who sees a project's subcontracts and their invoices, as a check on a subcontract and as the
 * same check in SQL, so that screens, grids, preflights, downloads, backups and mails cannot disagree.
 * <ul>
 *   <li>ADMIN on Commitments sees every subcontract and every invoice.</li>
 *   <li>Anyone else sees nothing without at least READ_ONLY on Commitments, not even as an invoice contact or on a
 *       private list. With it, they see public subcontracts, and private ones whose private list or invoice contacts
 *       name them; of invoices, only those of subcontracts they are an invoice contact of.</li>
 *   <li>ADMIN on Prime Contracts at the general contractor that owns the project also reads the APPROVED invoices
 *       that owner backups carry: those of public subcontracts, and of private ones this rule lets them see. The
 *       owner's side reads them only in the backups delivered to it.</li>
 * </ul>
 */
public record SubcontractVisibility(ProjectAccess access) {

    /** A condition in SQL with its positional parameters. */
    public record Condition(String sql, List<Object> parameters) {
        static final Condition ALL = new Condition("1 = 1", List.of());
        static final Condition NOTHING = new Condition("1 = 0", List.of());
    }

    public long userId() {
        return access.userId();
    }

    public boolean seesEverything() {
        return access.isAdmin(Tool.COMMITMENTS);
    }

    /** Without READ_ONLY on Commitments an invoice contact is no contact at all. */
    public boolean mayActAsContact() {
        return access.on(Tool.COMMITMENTS).atLeast(Permission.READ_ONLY);
    }

    private boolean named(Subcontract subcontract) {
        return subcontract.privateList().contains(userId()) || subcontract.invoiceContacts().contains(userId());
    }

    public boolean seesSubcontract(Subcontract subcontract) {
        return seesEverything() || mayActAsContact() && (!subcontract.privateContract() || named(subcontract));
    }

    /** Whether the user works on the subcontract's invoices: lists, opens and downloads them. */
    public boolean seesInvoicesOf(Subcontract subcontract) {
        return seesEverything() || mayActAsContact() && subcontract.invoiceContacts().contains(userId());
    }

    /** Whether the user is an invoice contact of the subcontract who may act as one. */
    public boolean isContact(Subcontract subcontract) {
        return mayActAsContact() && subcontract.invoiceContacts().contains(userId());
    }

    /** Whether an owner backup this user compiles carries the subcontract's APPROVED invoices, or its preflight names them. */
    public boolean readsForOwnerBackups(Subcontract subcontract) {
        return access.makesOwnerInvoices() && (!subcontract.privateContract() || seesSubcontract(subcontract));
    }

    /** {@link #seesInvoicesOf} on the subcontract id in {@code column}. */
    public Condition invoicesOf(String column) {
        if (seesEverything()) {
            return Condition.ALL;
        }
        if (!mayActAsContact()) {
            return Condition.NOTHING;
        }
        return new Condition(column + " in (select subcontract_id from subcontract_invoice_contact where user_id = ?)",
                List.of(userId()));
    }

    /** {@link #readsForOwnerBackups} on the subcontract id in {@code column}. */
    public Condition readForOwnerBackups(String column) {
        if (!access.makesOwnerInvoices()) {
            return Condition.NOTHING;
        }
        if (seesEverything()) {
            return Condition.ALL;
        }
        if (!mayActAsContact()) {
            return new Condition(column + " in (select id from subcontract where project_id = ? and not private_contract)",
                    List.of(access.projectId()));
        }
        return new Condition(column + " in (select id from subcontract where project_id = ? and (not private_contract"
                + " or id in (select subcontract_id from subcontract_private_user where user_id = ?)"
                + " or id in (select subcontract_id from subcontract_invoice_contact where user_id = ?)))",
                List.of(access.projectId(), userId(), userId()));
    }
}
