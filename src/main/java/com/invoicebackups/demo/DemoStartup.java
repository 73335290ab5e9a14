package com.invoicebackups.demo;

import com.invoicebackups.backup.CompanySeals;
import com.invoicebackups.company.CompanyService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo run only: loads the demo project, and the large data set when asked for, and gives the general
 * contractor a self-signed seal. It runs before the
 * web server starts, so the sign-in page answers only once the demo logins exist.
 */
@Component
@Profile("demo")
class DemoStartup implements SmartInitializingSingleton {

    private final DemoDataLoader demo;
    private final LargeDataSet large;
    private final boolean loadLarge;
    private final CompanySeals seals;
    private final CompanyService companies;

    DemoStartup(DemoDataLoader demo, LargeDataSet large, @Value("${invoicebackups.demo.large}") boolean loadLarge,
                CompanySeals seals, CompanyService companies) {
        this.demo = demo;
        this.seals = seals;
        this.companies = companies;
        this.large = large;
        this.loadLarge = loadLarge;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var admin = demo.loadIfAbsent();
        seals.createSelfSignedIfAbsent(admin.companyId(), companies.company(admin.companyId()).name());
        if (loadLarge) {
            large.loadIfAbsent(admin.id());
        }
    }
}
