package com.invoicebackups.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo run only: loads the demo project, and the large data set when asked for. It runs before the
 * web server starts, so the sign-in page answers only once the demo logins exist.
 */
@Component
@Profile("demo")
class DemoStartup implements SmartInitializingSingleton {

    private final DemoDataLoader demo;
    private final LargeDataSet large;
    private final boolean loadLarge;

    DemoStartup(DemoDataLoader demo, LargeDataSet large, @Value("${invoicebackups.demo.large}") boolean loadLarge) {
        this.demo = demo;
        this.large = large;
        this.loadLarge = loadLarge;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var admin = demo.loadIfAbsent();
        if (loadLarge) {
            large.loadIfAbsent(admin.id());
        }
    }
}
