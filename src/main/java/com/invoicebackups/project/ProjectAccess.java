package com.invoicebackups.project;

import org.springframework.security.access.AccessDeniedException;

/**
 * What one member may do on one project. {@code contractor}: the member works for the general contractor that owns
 * the project, who bills the owner; ADMIN on Prime Contracts means making the owner invoices and their backups only
 * there, and reading them on the owner's side.
 */
public record ProjectAccess(long projectId, long userId, Permission commitments, Permission primeContracts,
                            boolean contractor) {

    /** Permissions alone, where whose company the member works for does not matter. */
    public ProjectAccess(long projectId, long userId, Permission commitments, Permission primeContracts) {
        this(projectId, userId, commitments, primeContracts, false);
    }

    /** Refuses unless the member compiles this kind of backup: ADMIN on Commitments, or a maker of owner invoices. */
    public void requireCompiles(boolean ownerBackups) {
        if (ownerBackups ? !makesOwnerInvoices() : !isAdmin(Tool.COMMITMENTS)) {
            throw new AccessDeniedException(ownerBackups ? "ADMIN on PRIME_CONTRACTS at the general contractor needed"
                    : "ADMIN on COMMITMENTS needed");
        }
    }

    /** Whether the member makes the owner invoices and compiles owner backups. */
    public boolean makesOwnerInvoices() {
        return isAdmin(Tool.PRIME_CONTRACTS) && contractor;
    }

    public Permission on(Tool tool) {
        return tool == Tool.COMMITMENTS ? commitments : primeContracts;
    }

    public boolean isAdmin(Tool tool) {
        return on(tool) == Permission.ADMIN;
    }

    public void require(Tool tool, Permission needed) {
        if (!on(tool).atLeast(needed)) {
            throw new AccessDeniedException(needed + " on " + tool + " needed");
        }
    }
}
