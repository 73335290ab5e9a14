package com.invoicebackups.project;

import org.springframework.security.access.AccessDeniedException;

/** What one member may do on one project. */
public record ProjectAccess(long projectId, long userId, Permission commitments, Permission primeContracts) {

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
