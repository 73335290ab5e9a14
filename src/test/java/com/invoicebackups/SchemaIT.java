package com.invoicebackups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The context starting at all proves Hibernate validated the schema Liquibase built (ddl-auto=validate). */
@IntegrationTest
class SchemaIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void liquibase_builds_the_schema_from_empty_with_one_changeset_per_file() throws IOException {
        String schema = jdbc.sql("select database()").query(String.class).single();
        assertThat(schema).startsWith("t_");
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/changelog/changes/*.yaml").length;
        List<String> ids = jdbc.sql("select id from DATABASECHANGELOG order by orderexecuted").query(String.class).list();
        assertThat(ids).hasSize(files).first().isEqualTo("0001-company-companies-and-users");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name in ('company','app_user','project','project_membership','prime_contract','subcontract',"
                + "'sov_line','billing_period','subcontractor_invoice','owner_invoice','attachment','backup')")
                .query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void demo_data_is_not_loaded_outside_the_demo_profile() {
        assertThat(jdbc.sql("select count(*) from project where number = '2024-017'").query(Integer.class).single())
                .isZero();
    }
}
