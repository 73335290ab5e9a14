package com.invoicebackups.backup;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** The durable job: compile one backup. Kept in the database by JobRunr, so it survives restarts. */
public record CompileBackupJob(long backupId) implements JobRequest {

    /** The job's id follows from the backup's, so enqueueing a backup again never makes a second job. */
    static UUID jobId(long backupId) {
        return UUID.nameUUIDFromBytes(("compile-backup-" + backupId).getBytes(StandardCharsets.UTF_8));
    }

    static void enqueue(JobRequestScheduler jobs, long backupId) {
        jobs.enqueue(jobId(backupId), new CompileBackupJob(backupId));
    }

    @Override
    public Class<Handler> getJobRequestHandler() {
        return Handler.class;
    }

    @Component
    public static class Handler implements JobRequestHandler<CompileBackupJob> {

        private final BackupRunner runner;

        Handler(BackupRunner runner) {
            this.runner = runner;
        }

        @Override
        public void run(CompileBackupJob job) {
            runner.run(job.backupId());
        }
    }
}
