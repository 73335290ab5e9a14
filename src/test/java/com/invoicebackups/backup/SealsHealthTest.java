package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.backup.pdf.PackageSeal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** An instance that cannot open a keystore in its seal folder is not ready; one that can, or has none, is. */
class SealsHealthTest {

    @TempDir
    Path folder;

    @Test
    void every_keystore_in_the_folder_must_open_with_the_configured_password() throws Exception {
        assertThat(health("secret").health().getStatus()).as("no seals at all").isEqualTo(Status.UP);
        PackageSeal.createSelfSigned(folder.resolve("company-1.p12"), "secret".toCharArray(), "Keystone Builders Inc.",
                Instant.now());
        Files.writeString(folder.resolve("notes.txt"), "not a keystore, and not named as one");
        assertThat(seals("secret").unusable()).isEmpty();
        assertThat(health("secret").health().getStatus()).isEqualTo(Status.UP);

        assertThat(seals("").unusable()).singleElement().asString()
                .startsWith("company-1.p12: no password configured");
        assertThat(health("").health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health("wrong").health().getStatus()).as("a wrong password").isEqualTo(Status.DOWN);

        Files.write(folder.resolve("company-2.p12"), new byte[] {0x30, 0x03, 0x02, 0x01});
        assertThat(seals("secret").unusable()).singleElement().asString()
                .startsWith("company-2.p12: ");
        assertThat(health("secret").health().getStatus()).as("a damaged keystore").isEqualTo(Status.DOWN);
    }

    private SealsHealthIndicator health(String password) {
        return new SealsHealthIndicator(seals(password), Clock.systemUTC());
    }

    private CompanySeals seals(String password) {
        return new CompanySeals(new SealSettings(folder, password), Clock.systemUTC());
    }
}
