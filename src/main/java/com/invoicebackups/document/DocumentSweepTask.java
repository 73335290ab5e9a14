package com.invoicebackups.document;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document sweep as a recurring db-scheduler task: one execution row in the database, so each due
 * sweep runs on one instance only.
 */
@Configuration
class DocumentSweepTask {

    @Bean
    RecurringTask<Void> sweepDocuments(DocumentSweep sweep, Clock clock, DocumentSettings settings) {
        return Tasks.recurring("sweep-documents", settings.sweepSchedule(clock.getZone()))
                .execute((instance, context) -> {
                    try {
                        sweep.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
