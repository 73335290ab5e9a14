package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.InvoiceDocumentRenderer;
import com.invoicebackups.backup.pdf.SourceContent;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Project;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Invoices' own documents as a backup shows them: the signed PDF when the signature is COMPLETED, otherwise the
 * G702/G703 rendered into the work folder in the given words, for the project's title and currency.
 */
final class InvoiceDocuments {

    private final DocumentStore documents;
    private final Dictionary words;
    private final DictionaryWords engineWords;
    private final Path workFolder;
    private final Project project;
    private final InvoiceDocumentRenderer renderer = new InvoiceDocumentRenderer();
    private final Map<Path, String> fingerprints = new ConcurrentHashMap<>();
    private final Map<Long, Path> renderedAhead = new ConcurrentHashMap<>();

    InvoiceDocuments(DocumentStore documents, Dictionary words, Path workFolder, Project project) {
        this.documents = documents;
        this.words = words;
        this.engineWords = new DictionaryWords(words);
        this.workFolder = workFolder;
        this.project = project;
    }

    /**
     * The signed PDF when the signature is COMPLETED (trusted as proven when the current proof passed it as it
     * was recorded), otherwise the rendered G702/G703.
     */
    BackupRequest.Source of(InvoiceForBackup invoice) {
        InvoiceForBackup.SignedDocument signed = invoice.signedDocument();
        if (signed != null) {
            BackupRequest.Source source = new BackupRequest.Source(words.get("backup.signed-invoice-document"),
                    null, new StoredSource(documents, signed.key()), null, Arrangement.INVOICE_DOCUMENT,
                    Arrangement.INVOICE_DOCUMENT);
            return Integer.valueOf(SourceJudge.PROOF_VERSION).equals(signed.proofVersion())
                    ? source.proven(signed.sha256()) : source;
        }
        Path ahead = renderedAhead.get(invoice.invoice().id());
        return rendered(words.get("backup.invoice-document"), ahead != null ? ahead : render(invoice));
    }

    /**
     * Renders the G702/G703 of these invoices (those without a signed document) side by side, on as many
     * threads as there are cores: rendering is most of what a compile of many invoices costs before its first
     * page is written. Progress is told on this thread after each document, and may stop the rest by throwing.
     */
    void renderAhead(List<InvoiceForBackup> selection, BackupEngine.Progress progress) {
        List<InvoiceForBackup> unsigned = selection.stream().filter(invoice -> invoice.signedDocument() == null)
                .toList();
        ExecutorService renderers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(unsigned.size(), Runtime.getRuntime().availableProcessors())));
        try {
            CompletionService<Void> rendered = new ExecutorCompletionService<>(renderers);
            unsigned.forEach(invoice -> rendered.submit(() -> {
                renderedAhead.put(invoice.invoice().id(), render(invoice));
                return null;
            }));
            for (int done = 1; done <= unsigned.size(); done++) {
                rendered.take().get();
                progress.invoice(0, 1, words.get("backup.progress.rendering", done, unsigned.size()));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering", e);
        } finally {
            renderers.shutdownNow();
            try {
                // a document being written when rendering stopped is done before its folder goes
                renderers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path render(InvoiceForBackup invoice) {
        SubcontractorInvoice record = invoice.invoice();
        return render(record.id(), false, invoice.subcontract().number() + " " + invoice.subcontract().title(),
                invoice.company(), invoice.period(), record.number(), record.billingDate(), invoice.application());
    }

    /** The owner invoice's G702/G703 in its billing period (null for none), written into the work folder. */
    Path render(OwnerSide owner, BillingPeriod period, PayApplication application) {
        return render(owner.invoice().id(), true, owner.prime().number() + " " + owner.prime().title(), owner.company(),
                period, owner.invoice().number(), owner.invoice().billingDate(), application);
    }

    /** The G702/G703 of one invoice, written into the work folder. */
    private Path render(long id, boolean ownerInvoice, String contract, String company, BillingPeriod period,
                String number, LocalDate billingDate, PayApplication application) {
        Path file = workFolder.resolve((ownerInvoice ? "owner" : "sub") + "-invoice-" + id + ".pdf");
        InvoiceDocumentRenderer.InvoiceSheet sheet = InvoiceSheets.of(ownerInvoice, project.title(), contract, company,
                period == null ? "" : period.in(words.formats()), number, words.formats().date(billingDate),
                project.currency(), application);
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.render(sheet, engineWords, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // what the document shows, whatever the words and formats it is shown in
        fingerprints.put(file, fingerprint(ownerInvoice, id, contract, company, period == null ? null : period.id(),
                number, billingDate, project.currency(), application));
        return file;
    }

    /** A rendered document, known to a later package by what it shows rather than by its bytes. */
    BackupRequest.Source rendered(String name, Path file) {
        return new BackupRequest.Source(name, null, SourceContent.of(file), fingerprints.get(file),
                Arrangement.INVOICE_DOCUMENT, Arrangement.INVOICE_DOCUMENT);
    }

    private static String fingerprint(Object... facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object fact : facts) {
                sha.update(String.valueOf(fact).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
