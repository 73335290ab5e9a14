package com.invoicebackups.backup;

import com.invoicebackups.shared.NeedsNoActingUser;
import com.invoicebackups.backup.pdf.PackageSeal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The companies' seals: a company's PKCS#12 keystore is the file {@code company-<id>.p12} in the configured
 * folder, opened with the configured password (kept out of the database, like every secret). A company
 * without a readable keystore simply has no seal.
 */
@Service
@EnableConfigurationProperties(SealSettings.class)
public class CompanySeals {

    private static final Logger LOG = LoggerFactory.getLogger(CompanySeals.class);

    private static final Pattern KEYSTORE = Pattern.compile("company-\\d+\\.p12");

    private final Path folder;
    private final char[] password;
    private final Clock clock;

    CompanySeals(SealSettings settings, Clock clock) {
        this.folder = settings.dir();
        this.password = settings.password().toCharArray();
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

    /**
     * The keystores in the seal folder that cannot be used here, each with why: no password configured, a wrong
     * password, a damaged file, no key in it. Empty when every configured seal can seal.
     */
    @NeedsNoActingUser
    public List<String> unusable() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path keystore : files.filter(file -> KEYSTORE.matcher(file.getFileName().toString()).matches())
                    .sorted().toList()) {
                if (password.length == 0) {
                    problems.add(keystore.getFileName() + ": no password configured (invoicebackups.seal.password)");
                    continue;
                }
                try {
                    PackageSeal.load(keystore, password);
                } catch (java.security.cert.CertificateExpiredException
                         | java.security.cert.CertificateNotYetValidException outOfDate) {
                    // the same on every instance: taking them all out of service would not help, the compile says it
                    LOG.warn("The seal {} is out of date: {}", keystore.getFileName(), outOfDate.getMessage());
                } catch (IOException | GeneralSecurityException | RuntimeException e) {
                    problems.add(keystore.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
        }
        return problems;
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
