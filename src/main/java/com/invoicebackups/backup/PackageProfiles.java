package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.StoredJson;
import com.invoicebackups.project.ProjectService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's package profile for each kind of backup: the options the next compile starts from (order, documents
 * left out, cover sheet, delivery). A compile's one-off changes do not alter it; saving them does.
 */
@Service
public class PackageProfiles {

    /** Where a project without a profile starts: every document by contract, sealed when it can be, one file. */
    public static final BackupOptions DEFAULT = BackupOptions.ALL.sealed(true);

    private final JdbcClient jdbc;
    private final ProjectService projects;

    PackageProfiles(JdbcClient jdbc, ProjectService projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /** The project's profile for this kind, or {@link #DEFAULT} when none was saved. */
    public BackupOptions profile(long userId, long projectId, BackupKind kind) {
        projects.access(userId, projectId);
        return jdbc.sql("select options from package_profile where project_id = ? and kind = ?")
                .param(projectId).param(kind.name()).query(String.class).optional()
                .map(json -> StoredJson.read(json, BackupOptions.class)).orElse(DEFAULT);
    }

    /** Saves the profile; for administrators of the tool the kind of backup is compiled from. */
    @Transactional
    public BackupOptions save(long userId, long projectId, BackupKind kind, BackupOptions options) {
        projects.access(userId, projectId).requireCompiles(kind == BackupKind.OWNER);
        jdbc.sql("delete from package_profile where project_id = ? and kind = ?").param(projectId).param(kind.name())
                .update();
        jdbc.sql("insert into package_profile (project_id, kind, options) values (?, ?, ?)").param(projectId)
                .param(kind.name()).param(StoredJson.write(options)).update();
        return options;
    }
}
