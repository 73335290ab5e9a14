package com.invoicebackups.backup;

import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** The durable job: compile one backup. Kept in the database by JobRunr, so it survives restarts. */
public record CompileBackupJob(long backupId) implements JobRequest {

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
