package com.invoicebackups.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code invoicebackups.embedded-db.*} of the embedded database, checked only when it starts: its data
 * folder, its port (0: a free one) and the database's name, which goes into the JDBC address as it stands. A wrong one
 * stops the start with its name. Whether it starts at all ({@code enabled}) is {@link EmbeddedDatabaseCondition}'s
 * question, asked before any settings are bound.
 */
@Validated
@ConfigurationProperties("invoicebackups.embedded-db")
record EmbeddedDatabaseSettings(@NotNull Path dir, @DefaultValue("0") @Min(0) @Max(65535) int port,
                                @NotNull @Pattern(regexp = "[A-Za-z0-9_]{1,64}",
                                        message = "must be a database name of letters, digits and underscores")
                                String database) {
}
