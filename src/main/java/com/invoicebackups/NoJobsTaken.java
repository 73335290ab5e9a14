package com.invoicebackups;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import org.springframework.context.annotation.Bean;

/**
 * Keeps a command-line run from taking backup jobs: they stay in the database for the running instances.
 * Added only by the command line; it carries no annotation, so component scanning never picks it up.
 */
class NoJobsTaken {

    @Bean
    DbSchedulerStarter dbSchedulerStarter() {
        return () -> { };
    }
}
