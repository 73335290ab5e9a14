package com.invoicebackups.document;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A recurring job (run by one instance at a time) that removes the documents no row refers to: written by
 * an attempt that did not get recorded, or replaced (a new signed PDF, say). Only documents older than a
 * day are considered, so a document whose row is still being written is never taken.
 */
public record SweepDocumentsJob() implements JobRequest {

    static final Duration MINIMUM_AGE = Duration.ofDays(1);

    @Override
    public Class<Handler> getJobRequestHandler() {
        return Handler.class;
    }

    @Component
    public static class Handler implements JobRequestHandler<SweepDocumentsJob> {

        private static final Logger LOG = LoggerFactory.getLogger(SweepDocumentsJob.class);
        private static final int BATCH = 500;

        private final DocumentStore documents;
        private final List<DocumentReferences> references;
        private final JobRequestScheduler jobs;
        private final Clock clock;
        private final String cron;

        Handler(DocumentStore documents, List<DocumentReferences> references, JobRequestScheduler jobs, Clock clock,
                @Value("${invoicebackups.documents.sweep-cron}") String cron) {
            this.documents = documents;
            this.references = references;
            this.jobs = jobs;
            this.clock = clock;
            this.cron = cron;
        }

        @EventListener(ApplicationReadyEvent.class)
        void schedule() {
            jobs.scheduleRecurrently("sweep-documents", cron, new SweepDocumentsJob());
        }

        @Override
        public void run(SweepDocumentsJob job) throws IOException {
            try (Stream<String> keys = documents.keysWrittenBefore(clock.instant().minus(MINIMUM_AGE))) {
                Iterator<String> iterator = keys.iterator();
                List<String> batch = new ArrayList<>(BATCH);
                while (iterator.hasNext()) {
                    batch.add(iterator.next());
                    if (batch.size() == BATCH || !iterator.hasNext()) {
                        removeUnreferenced(batch);
                        batch.clear();
                    }
                }
            }
        }

        private void removeUnreferenced(List<String> keys) throws IOException {
            Set<String> unreferenced = new HashSet<>(keys);
            for (DocumentReferences module : references) {
                unreferenced.removeAll(module.referenced(keys));
            }
            for (String key : unreferenced) {
                LOG.info("Removing document {}: no row refers to it", key);
                documents.delete(key);
            }
        }
    }
}
