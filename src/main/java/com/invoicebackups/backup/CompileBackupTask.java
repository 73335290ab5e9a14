package com.invoicebackups.backup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable job that compiles one backup: a db-scheduler task kept in the same database as the backup
 * row ({@code scheduled_tasks}), picked by exactly one instance, run again from the start when the
 * instance that ran it dies, and run again after the wait {@link BackupRunner} gives when it puts the backup back
 * in the queue (a transient failure, a document store that cannot be reached, an instance stopping).
 */
@Configuration
@EnableConfigurationProperties(BackupSettings.class)
class CompileBackupTask {

    static final TaskDescriptor<Void> COMPILE_BACKUP = TaskDescriptor.of("compile-backup");

    private static final String INSTANCE_PREFIX = "backup-";

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final double BACK_OFF = 3;

    /**
     * The task's instance id names the backup, so a backup never gets a second task; it carries no data,
     * so a migration can write tasks in plain SQL (see changeset 0014).
     */
    static TaskInstance<Void> instance(long backupId) {
        return COMPILE_BACKUP.instance(INSTANCE_PREFIX + backupId).build();
    }

    static long backupId(TaskInstance<Void> instance) {
        return Long.parseLong(instance.getId().substring(INSTANCE_PREFIX.length()));
    }

    /**
     * Schedules the compile in the caller's transaction, so the backup row and its task are committed
     * together or not at all. A task scheduled inside a transaction is invisible to this instance's
     * poller until the commit, so the poller is woken once more after it.
     */
    static void schedule(Scheduler scheduler, long backupId) {
        if (!scheduler.scheduleIfNotExists(instance(backupId), Instant.now())) {
            throw new IllegalStateException("Backup " + backupId + " already has a compile task");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        }
    }

    @Bean
    OneTimeTask<Void> compileBackup(BackupRunner runner, BackupSettings settings) {
        int attempts = settings.attempts();
        // the runner queues a backup again with its wait, and ends the last attempt itself (FAILED, no rethrow): the
        // bound here is only a backstop for what fails outside it (the database gone as a job starts, say)
        FailureHandler<Void> retries = new FailureHandler.MaxRetriesFailureHandler<>(Math.max(0, attempts - 1),
                new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY, BACK_OFF),
                (complete, operations) -> {
                    runner.giveUp(backupId(complete.getExecution().taskInstance));
                    operations.remove();
                });
        return Tasks.oneTime(COMPILE_BACKUP)
                .onFailure((complete, operations) -> {
                    if (complete.getCause().orElse(null) instanceof BackupRunner.Requeued requeued) {
                        // handed back: due at once, for whichever instance looks next; otherwise after its wait
                        operations.reschedule(complete, Instant.now().plus(requeued.after()));
                    } else {
                        retries.onFailure(complete, operations);
                    }
                })
                .execute((instance, context) -> runner.run(backupId(instance)));
    }
}
