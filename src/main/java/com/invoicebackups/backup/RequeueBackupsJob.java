package com.invoicebackups.backup;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A recurring job (run by one instance at a time) that enqueues the compile job of every backup that has
 * been QUEUED for longer than {@code invoicebackups.backup.requeue-after} without one: the instance that
 * saved the backup died before it enqueued the job.
 */
public record RequeueBackupsJob() implements JobRequest {

    @Override
    public Class<Handler> getJobRequestHandler() {
        return Handler.class;
    }

    @Component
    public static class Handler implements JobRequestHandler<RequeueBackupsJob> {

        private static final Logger LOG = LoggerFactory.getLogger(RequeueBackupsJob.class);

        private final BackupRepository backups;
        private final JobRequestScheduler jobs;
        private final StorageProvider storage;
        private final Clock clock;
        private final Duration after;

        Handler(BackupRepository backups, JobRequestScheduler jobs, StorageProvider storage, Clock clock,
                @Value("${invoicebackups.backup.requeue-after}") Duration after) {
            this.backups = backups;
            this.jobs = jobs;
            this.storage = storage;
            this.clock = clock;
            this.after = after;
        }

        @EventListener(ApplicationReadyEvent.class)
        void schedule() {
            jobs.scheduleRecurrently("requeue-backups", after, new RequeueBackupsJob());
        }

        @Override
        public void run(RequeueBackupsJob job) {
            for (long backupId : backups.idsByStatusRequestedBefore(BackupStatus.QUEUED, clock.instant().minus(after))) {
                UUID jobId = CompileBackupJob.jobId(backupId);
                try {
                    storage.getJobById(jobId);
                } catch (JobNotFoundException missing) {
                    LOG.warn("Backup {} was queued without its compile job; enqueueing it now", backupId);
                    CompileBackupJob.enqueue(jobs, backupId);
                }
            }
        }
    }
}
