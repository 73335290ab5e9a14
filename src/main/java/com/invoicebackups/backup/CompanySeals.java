package com.invoicebackups.backup;

import com.invoicebackups.shared.NeedsNoActingUser;
import com.invoicebackups.backup.pdf.PackageSeal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The companies' seals: a company's PKCS#12 keystore is the file {@code company-<id>.p12} in the configured
 * folder, opened with the configured password (kept out of the database, like every secret). A company
 * without a readable keystore simply has no seal.
 */
@Service
public class CompanySeals {

    private static final Logger LOG = LoggerFactory.getLogger(CompanySeals.class);

    private final Path folder;
    private final char[] password;
    private final Clock clock;

    CompanySeals(@Value("${invoicebackups.seal.dir}") Path folder, @Value("${invoicebackups.seal.password:}") String password,
                 Clock clock) {
        this.folder = folder;
        this.password = password.toCharArray();
        this.clock = clock;
    }

    /** The company's seal, or empty when it has none or it cannot be opened (the reason goes to the log). */
    @NeedsNoActingUser
    public Optional<PackageSeal> of(long companyId) {
        Path keystore = keystore(companyId);
        if (password.length == 0 || !Files.isRegularFile(keystore)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PackageSeal.load(keystore, password));
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("The seal of company {} cannot be used: {}", companyId, e.toString());
            return Optional.empty();
        }
    }

    /** Gives the company a self-signed seal unless it has a keystore already; for the demonstration. */
    public void createSelfSignedIfAbsent(long companyId, String companyName) {
        Path keystore = keystore(companyId);
        if (password.length == 0 || Files.exists(keystore)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            PackageSeal.createSelfSigned(keystore, password, companyName, clock.instant());
            LOG.info("Created a self-signed seal for {}", companyName);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("Could not create a seal for {}: {}", companyName, e.toString());
        }
    }

    /** The file name the company's keystore must have in the seal folder. */
    @NeedsNoActingUser
    public String keystoreName(long companyId) {
        return "company-" + companyId + ".p12";
    }

    private Path keystore(long companyId) {
        return folder.resolve(keystoreName(companyId));
    }
}
