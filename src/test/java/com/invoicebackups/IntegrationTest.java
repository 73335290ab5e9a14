package com.invoicebackups;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test on the whole application against the real MariaDB server. Every class with this annotation
 * shares one context and its schema; each builds its own project through {@link TestData}, so none
 * sees another's rows. Statements are counted per thread ({@link CountedStatements}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSchemaInitializer.class)
@Import(CountedStatements.class)
public @interface IntegrationTest {
}
