package com.invoicebackups.demo;

import com.invoicebackups.backup.CompanySeals;
import com.invoicebackups.company.CompanyService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo run only: loads the demo project, and the large data set when asked for, gives the general
 * contractor a self-signed seal, and at the first load sends an earlier owner backup to the owner. It runs before the
 * web server starts, so the sign-in page answers only once the demo logins exist.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoSettings.class)
class DemoStartup implements SmartInitializingSingleton {

    private final DemoDataLoader demo;
    private final LargeDataSet large;
    private final boolean loadLarge;
    private final CompanySeals seals;
    private final CompanyService companies;
    private final DemoDelivery delivery;
    private final boolean deliverPackage;

    DemoStartup(DemoDataLoader demo, LargeDataSet large, CompanySeals seals, CompanyService companies,
                DemoDelivery delivery, DemoSettings settings) {
        this.demo = demo;
        this.delivery = delivery;
        this.deliverPackage = settings.deliveredPackage();
        this.seals = seals;
        this.companies = companies;
        this.large = large;
        this.loadLarge = settings.large();
    }

    @Override
    public void afterSingletonsInstantiated() {
        var loaded = demo.loadIfAbsent();
        var admin = loaded.map(DemoDataLoader.Loaded::admin).orElseGet(() -> companies.findUser("admin").orElseThrow());
        seals.createSelfSignedIfAbsent(admin.companyId(), companies.company(admin.companyId()).name());
        loaded.filter(first -> deliverPackage).ifPresent(first -> delivery.compileAndSend(admin.id(),
                first.projectId(), first.approvedOwnerInvoiceId(), first.ownerUserId()));
        if (loadLarge) {
            large.loadIfAbsent(admin.id());
        }
    }
}
