package com.invoicebackups;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import org.springframework.context.annotation.Bean;

/**
 * Keeps an instance's job scheduler from starting: jobs are still scheduled into the database, but this
 * instance runs none. Import it where needed; it carries no annotation, so that component scanning (which
 * also sees the test classes when {@link TestInstances} starts an application) never picks it up.
 */
public class StoppedScheduler {

    @Bean
    DbSchedulerStarter dbSchedulerStarter() {
        return () -> { };
    }
}
