package com.invoicebackups.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no database server is configured and the embedded one is not switched off. */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        return (url == null || url.isBlank())
                && environment.getProperty("invoicebackups.embedded-db.enabled", Boolean.class, true);
    }
}
