package com.invoicebackups.document;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document sweep as a recurring db-scheduler task: one execution row in the database, so each due
 * sweep runs on one instance only.
 */
@Configuration
class DocumentSweepTask {

    @Bean
    RecurringTask<Void> sweepDocuments(DocumentSweep sweep, Clock clock,
                                       @Value("${invoicebackups.documents.sweep-cron}") String cron) {
        // five fields, as crontab spells them
        return Tasks.recurring("sweep-documents", new CronSchedule(cron, clock.getZone(), CronStyle.UNIX))
                .execute((instance, context) -> {
                    try {
                        sweep.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
