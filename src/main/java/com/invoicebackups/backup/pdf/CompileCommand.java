package com.invoicebackups.backup.pdf;

import com.invoicebackups.shared.NaturalOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code compile --input DIR --output FILE.pdf [...]}: the backup engine without web server or database. DIR holds
 * one folder per invoice (natural order of names; the name is the invoice's label); in each, 00-invoice.pdf is the
 * invoice document and every other file an attachment, in name order. With {@code --sign} the backup is sealed with
 * the keystore's key; its password is read from the environment variable {@value #PASSWORD_VARIABLE}, never from
 * the command line. With {@code --max-volume-mb} the backup is written as volumes FILE-1.pdf, FILE-2.pdf, ... each
 * below N MB (an invoice larger than that alone excepted). With {@code --profile} the package is arranged as a
 * profile file says (see {@link ProfileFile}).
 */
@Command(name = "compile", sortOptions = false, usageHelpWidth = 100,
        description = {"Compiles a backup from folders of files, without web server or database.",
                "DIR holds one folder per invoice, in natural order of their names, each name the invoice's label; in"
                        + " each, " + CompileCommand.INVOICE_FILE + " is the invoice document and every other file an"
                        + " attachment, in name order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the backup failed (nothing could be merged, or it could not be written)",
                "2:wrong arguments"})
public final class CompileCommand implements Callable<Integer> {

    static final String INVOICE_FILE = "00-invoice.pdf";
    static final String PASSWORD_VARIABLE = "BACKUP_SIGN_PASSWORD";
    private static final int MOST = 999_999;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "the folders of the invoices")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE.pdf",
            description = "the backup; written as FILE.pdf.partial and renamed when complete")
    private Path output;

    @Option(names = "--dictionary", paramLabel = "NAME", defaultValue = "gc",
            description = "the words of the backup: gc, owner or specialty (default: ${DEFAULT-VALUE})")
    private String dictionaryName;

    @Option(names = "--source-seconds", paramLabel = "N",
            description = "the work one file may cost before it is left out as too slow (default: ${DEFAULT-VALUE})")
    private int sourceSeconds = (int) SourceOpener.DEFAULT_BUDGET.toSeconds();

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "seals the backup with the keystore's first key; its password from " + PASSWORD_VARIABLE)
    private Path keystore;

    @Option(names = "--max-volume-mb", paramLabel = "N",
            description = "writes volumes FILE-1.pdf, FILE-2.pdf, ... each below N MB")
    private int maxVolumeMegabytes;

    @Option(names = "--profile", paramLabel = "FILE", description = "arranges the package as this JSON or YAML file says")
    private Path profileFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;
    private final Function<String, Words> dictionaries;
    private final List<String> documentTypes;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * {@code dictionaries}: the words of a dictionary by its name, refusing an unknown name with an
     * IllegalArgumentException; {@code documentTypes}: the names of the document types a profile may name.
     */
    public CompileCommand(Map<String, String> environment, Function<String, Words> dictionaries,
                          List<String> documentTypes, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.dictionaries = dictionaries;
        this.documentTypes = List.copyOf(documentTypes);
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the command line, "compile" first. */
    public static int run(String[] args, Function<String, Words> dictionaries, List<String> documentTypes,
                          PrintStream out, PrintStream err) {
        return run(args, System.getenv(), dictionaries, documentTypes, out, err);
    }

    static int run(String[] args, Map<String, String> environment, Function<String, Words> dictionaries,
                   List<String> documentTypes, PrintStream out, PrintStream err) {
        return new CommandLine(new CompileCommand(environment, dictionaries, documentTypes, out, err))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        if (sourceSeconds < 1 || sourceSeconds > MOST || maxVolumeMegabytes < 0 || maxVolumeMegabytes > MOST) {
            throw new ParameterException(spec.commandLine(),
                    "--source-seconds and --max-volume-mb take a whole number from 1 to " + MOST);
        }
        if (!Files.isDirectory(input)) {
            err.println("Not a folder: " + input);
            return 2;
        }
        Words words;
        try {
            words = dictionaries.apply(dictionaryName);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ProfileFile profile = ProfileFile.DEFAULT;
        if (profileFile != null) {
            try {
                profile = ProfileFile.read(profileFile, documentTypes);
            } catch (IOException | IllegalArgumentException e) {
                err.println("Profile " + profileFile.getFileName() + ": " + e.getMessage());
                return 2;
            }
        }
        PackageSeal seal = null;
        if (keystore != null) {
            String password = environment.get(PASSWORD_VARIABLE);
            if (password == null || password.isEmpty()) {
                err.println("Set " + PASSWORD_VARIABLE + " to the password of " + keystore.getFileName());
                return 2;
            }
            try {
                seal = PackageSeal.load(keystore, password.toCharArray());
            } catch (IOException | java.security.GeneralSecurityException e) {
                err.println("Cannot use the keystore " + keystore.getFileName() + ": " + e.getMessage());
                return 2;
            }
        }
        long started = System.nanoTime();
        try {
            List<BackupRequest.Invoice> invoices = invoices(input, words, profile);
            if (invoices.isEmpty()) {
                err.println("No invoice folders in " + input);
                return 1;
            }
            BackupRequest request = new BackupRequest(words.get("backup.title") + " - " + input.getFileName(),
                    System.getProperty("user.name"), ZonedDateTime.now(), words, profile.options(), null,
                    invoices).sealedWith(seal).arranged();
            BackupEngine engine = new BackupEngine(java.time.Duration.ofSeconds(sourceSeconds));
            Written written = maxVolumeMegabytes > 0
                    ? writeVolumes(engine, request, com.invoicebackups.shared.ByteSizes.ofMegabytes(maxVolumeMegabytes), output)
                    : writeOne(engine, request, output);
            BackupResult result = written.result();
            if (result.status() == BackupResult.Status.FAILED) {
                err.println("Backup failed: " + String.join(" ", result.warnings()));
                return 1;
            }
            result.warnings().forEach(warning -> out.println("warning: " + warning));
            if (seal != null) {
                out.println("sealed by " + seal.signer());
            }
            long bytes = 0;
            for (int v = 0; v < written.files().size(); v++) {
                long size = Files.size(written.files().get(v));
                bytes += size;
                if (maxVolumeMegabytes > 0) {
                    out.printf("volume %d: %s bytes=%d%n", v + 1, written.files().get(v).getFileName(), size);
                }
            }
            int files = invoices.stream().mapToInt(invoice -> invoice.attachments().size() + 1).sum();
            out.printf("invoices=%d files=%d pages=%d warnings=%d seconds=%.2f bytes=%d%n", invoices.size(), files,
                    result.pages(), result.warnings().size(), (System.nanoTime() - started) / 1e9, bytes);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("Backup failed: " + e);
            return 1;
        }
    }

    /** What was written: the result, and the files in order (one, or the volumes). */
    private record Written(BackupResult result, List<Path> files) {
    }

    /** Written to FILE.pdf.partial and renamed when complete; nothing is left when it fails. */
    private static Written writeOne(BackupEngine engine, BackupRequest request, Path output) throws IOException {
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        BackupResult result;
        try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            result = engine.compile(request, stream, BackupEngine.Progress.NONE);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (result.status() == BackupResult.Status.FAILED) {
            Files.deleteIfExists(partial);
            return new Written(result, List.of());
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
        return new Written(result, List.of(output));
    }

    /** FILE-1.pdf, FILE-2.pdf, ... beside FILE.pdf, written in a hidden folder there and moved when all are done. */
    private static Written writeVolumes(BackupEngine engine, BackupRequest request, long maxBytes, Path output)
            throws IOException {
        String name = output.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path folder = Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + base + "-volumes-");
        try {
            VolumeCompiler.Outcome outcome = new VolumeCompiler(engine).compile(request, maxBytes, folder,
                    BackupEngine.Progress.NONE);
            if (outcome.result().status() == BackupResult.Status.FAILED) {
                return new Written(outcome.result(), List.of());
            }
            List<Path> files = new ArrayList<>();
            for (int v = 0; v < outcome.volumes().size(); v++) {
                files.add(Files.move(outcome.volumes().get(v).file(), output.resolveSibling(base + "-" + (v + 1) + ".pdf"),
                        StandardCopyOption.REPLACE_EXISTING));
            }
            return new Written(outcome.result(), files);
        } finally {
            try (Stream<Path> left = Files.list(folder)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    static List<BackupRequest.Invoice> invoices(Path input, Words words) throws IOException {
        return invoices(input, words, ProfileFile.DEFAULT);
    }

    /** The invoice folders; each attachment typed by the profile's file name patterns, those it leaves out dropped. */
    static List<BackupRequest.Invoice> invoices(Path input, Words words, ProfileFile profile) throws IOException {
        List<BackupRequest.Invoice> invoices = new ArrayList<>();
        Map<Path, String> keys = new HashMap<>();
        for (Path folder : sorted(input, Files::isDirectory, Comparator.comparing(
                (Path path) -> keys.computeIfAbsent(path, key -> NaturalOrder.sortKey(key.getFileName().toString()))))) {
            String label = folder.getFileName().toString();
            BackupRequest.Source document = null;
            List<BackupRequest.Source> attachments = new ArrayList<>();
            for (Path file : sorted(folder, Files::isRegularFile, Comparator.comparing(path -> path.getFileName().toString()))) {
                String name = file.getFileName().toString();
                if (name.equals(INVOICE_FILE)) {
                    document = new BackupRequest.Source(words.get("backup.invoice-document"), null, file);
                } else if (profile.keeps(profile.typeOf(name))) {
                    attachments.add(new BackupRequest.Source(name, profile.typeOf(name), file));
                }
            }
            invoices.add(new BackupRequest.Invoice(label, "", label, document, attachments));
        }
        return invoices;
    }

    private static List<Path> sorted(Path folder, java.util.function.Predicate<Path> filter, Comparator<Path> order)
            throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).sorted(order).toList();
        }
    }
}
