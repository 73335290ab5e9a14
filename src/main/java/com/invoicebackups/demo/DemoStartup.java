package com.invoicebackups.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In the demo run only: loads the demo project, and the large data set when asked for. */
@Component
@Profile("demo")
class DemoStartup implements ApplicationRunner {

    private final DemoDataLoader demo;
    private final LargeDataSet large;
    private final boolean loadLarge;

    DemoStartup(DemoDataLoader demo, LargeDataSet large, @Value("${invoicebackups.demo.large}") boolean loadLarge) {
        this.demo = demo;
        this.large = large;
        this.loadLarge = loadLarge;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = demo.loadIfAbsent();
        if (loadLarge) {
            large.loadIfAbsent(admin.id());
        }
    }
}
