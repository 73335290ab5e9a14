package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.SourceContent;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.stereotype.Service;

/** An invoice's own document exactly as a backup would show it, for a preview (see {@link InvoiceDocuments}). */
@Service
class InvoiceDocumentPreview {

    private final ProjectService projects;
    private final InvoiceService invoices;
    private final BackupSelection selection;
    private final OwnerSides owners;
    private final DocumentStore documents;

    InvoiceDocumentPreview(ProjectService projects, InvoiceService invoices, BackupSelection selection,
                           OwnerSides owners, DocumentStore documents) {
        this.projects = projects;
        this.invoices = invoices;
        this.selection = selection;
        this.owners = owners;
        this.documents = documents;
    }

    /** A rendered document is written into {@code workFolder}, a signed one is the stored file itself. */
    Path document(long userId, InvoiceRef ref, Dictionary words, Path workFolder) {
        if (ref.kind() == InvoiceRef.Kind.OWNER) {
            OwnerSide owner = owners.of(userId, ref.id());
            InvoiceDocuments rendered = new InvoiceDocuments(documents, words, workFolder,
                    projects.projectById(owner.invoice().projectId()));
            return rendered.render(owner, owners.period(owner), invoices.ownerPayApplication(userId, ref.id()));
        }
        long projectId = invoices.subcontractorInvoice(userId, ref.id()).projectId();
        InvoiceForBackup invoice = selection.read(userId, projectId, List.of(ref.id())).getFirst();
        InvoiceDocuments shown = new InvoiceDocuments(documents, words, workFolder, projects.projectById(projectId));
        return inFolder(shown.of(invoice), workFolder);
    }

    /** The source's file in the folder: a rendered one is there already, a stored one is copied in. */
    private static Path inFolder(BackupRequest.Source source, Path folder) {
        try (SourceContent.Local local = source.content().fetch()) {
            if (local.path().startsWith(folder)) {
                return local.path();
            }
            return Files.copy(local.path(), folder.resolve("document.pdf"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
