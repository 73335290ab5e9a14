package com.invoicebackups;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Production needs a MariaDB server named in the configuration; without one the application stops
 * before anything else with one line saying how to name it.
 */
final class ProductionDatabase {

    private ProductionDatabase() {
    }

    /** Why the application cannot start in this environment, or null when it can. */
    static String problem(Environment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"))
                && !environment.acceptsProfiles(Profiles.of("demo"));
        String url = environment.getProperty("spring.datasource.url");
        if (production && (url == null || url.isBlank())) {
            return "No database configured: set SPRING_DATASOURCE_URL=jdbc:mariadb://host:3306/invoicebackups with "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (or run the demo with "
                    + "--spring.profiles.active=demo).";
        }
        return null;
    }
}
