package com.invoicebackups.backup.pdf;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine needs to compile one backup, already in order: invoices sorted by natural
 * contract number then position, documents in upload order.
 */
public record BackupRequest(String title, String requestedBy, ZonedDateTime requestedAt, Words words,
                            Options options, Cover cover, List<Invoice> invoices, PackageSeal seal,
                            Reconciliation reconciliation, Previous previous, Volume volume) {

    public BackupRequest(String title, String requestedBy, ZonedDateTime requestedAt, Words words,
                         Options options, Cover cover, List<Invoice> invoices) {
        this(title, requestedBy, requestedAt, words, options, cover, invoices, null, null, null, null);
    }

    /** The same backup, signed with {@code seal} when it is finished. */
    public BackupRequest sealedWith(PackageSeal seal) {
        return new BackupRequest(title, requestedBy, requestedAt, words, options, cover, invoices, seal,
                reconciliation, previous, volume);
    }

    /** The same backup with a reconciliation page after the cover. */
    public BackupRequest reconciled(Reconciliation reconciliation) {
        return new BackupRequest(title, requestedBy, requestedAt, words, options, cover, invoices, seal,
                reconciliation, previous, volume);
    }

    /** The same backup with a page of what changed since an earlier package of some of the same invoices. */
    public BackupRequest since(Previous previous) {
        return new BackupRequest(title, requestedBy, requestedAt, words, options, cover, invoices, seal,
                reconciliation, previous, volume);
    }

    /** The part of this backup that is one volume of several, holding {@code invoices} only. */
    public BackupRequest asVolume(Volume volume, List<Invoice> invoices) {
        return new BackupRequest(title, requestedBy, requestedAt, words, options, cover, invoices, seal,
                reconciliation, previous, volume);
    }

    /**
     * Volume {@code number} of {@code count}. The first carries the reconciliation of the whole package, the last
     * the changes since the last package; {@code carried} is what the volumes before this one held.
     */
    public record Volume(int number, int count, PackageSnapshot carried) {

        boolean first() {
            return number == 1;
        }

        boolean last() {
            return number == count;
        }
    }

    /** The same backup with its invoices and documents in the order its options ask for (then by contract). */
    public BackupRequest arranged() {
        if (options.ordering() == PackageOrder.Ordering.BY_CONTRACT) {
            return this;
        }
        return new BackupRequest(title, requestedBy, requestedAt, words, new Options(options.coverSheet(),
                options.invoiceDocuments(), options.attachmentTypes()), cover,
                PackageOrder.arrange(invoices, options.ordering(), options.typeOrder()), seal, reconciliation, previous,
                volume);
    }

    /** An earlier package: its file name, its date as the reader sees it and as an instant, and what it held. */
    public record Previous(String fileName, String date, java.time.Instant requestedAt, PackageSnapshot snapshot) {
    }

    /**
     * The figures of every invoice in the package, in display form, with subtotals and totals, and for an owner
     * backup the owner invoice against the sum of what it carries. A row's {@code flag} says what does not
     * reconcile; null when all is well.
     */
    public record Reconciliation(List<Row> rows, List<String> flags, List<CostCodeRow> byCostCode) {

        public Reconciliation(List<Row> rows, List<String> flags) {
            this(rows, flags, List.of());
        }

        public enum Kind { INVOICE, SUBTOTAL, TOTAL, OWNER, DIFFERENCE }

        public record Row(Kind kind, String contract, String company, String invoice, String work, String materials,
                          String retainage, String due, String flag) {
        }

        /**
         * An owner backup's line of one cost code: the owner invoice's work this period and materials stored against
         * those of the subcontractor invoices it carries; a side with no line of that code has blank figures.
         * {@code from} names the subcontractor invoices whose lines make up their figures.
         */
        public record CostCodeRow(String costCode, String line, String ownerWork, String subcontractorWork,
                                  String ownerMaterials, String subcontractorMaterials, String difference,
                                  String from) {
        }
    }

    /**
     * Per-backup choices. {@code attachmentTypes} null means every attachment. {@code ordering} and
     * {@code typeOrder} arrange the package (see {@link PackageOrder}); {@code typeOrder} names document types, the
     * invoice document as {@value PackageOrder#INVOICE_DOCUMENT}.
     */
    public record Options(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes,
                          PackageOrder.Ordering ordering, List<String> typeOrder) {

        public static final Options ALL = new Options(true, true, null);

        public Options(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes) {
            this(coverSheet, invoiceDocuments, attachmentTypes, PackageOrder.Ordering.BY_CONTRACT, List.of());
        }

        boolean includes(Source attachment) {
            return attachmentTypes == null || attachmentTypes.contains(
                    attachment.documentType() == null ? "OTHER" : attachment.documentType());
        }
    }

    /** What the cover sheet states, in display form. */
    public record Cover(String project, List<String> billingPeriods, String workThisPeriod, String retainage,
                        String currentPaymentDue) {
    }

    /**
     * One invoice: its document (the signed PDF, a rendered G702/G703, or a given file) and its attachments.
     * {@code due}: its current payment due as shown; {@code amount}: the same as a plain number and its currency code
     * ("1234.50 USD"), compared with the next package and shown there in the reader's formats; {@code identity}: what the invoice is, whatever its words (null: its contract and number);
     * {@code leftOut}: its documents the requester left out of this package.
     */
    public record Invoice(String contractNumber, String company, String label, Source document, List<Source> attachments,
                          boolean ownerInvoice, String due, String amount, String identity, List<LeftOut> leftOut) {

        public Invoice(String contractNumber, String company, String label, Source document, List<Source> attachments) {
            this(contractNumber, company, label, document, attachments, false, "", null, null, List.of());
        }

        /** The owner invoice of an owner backup: bookmarked as such, in the reader's words. */
        public static Invoice owner(String contractNumber, String company, String label, Source document,
                                    List<Source> attachments, String due, String amount, String identity,
                                    List<LeftOut> leftOut) {
            return new Invoice(contractNumber, company, label, document, attachments, true, due, amount, identity,
                    leftOut);
        }

        /** Contract and invoice number, as the reader knows the invoice. */
        public String displayName() {
            return contractNumber.equals(label) ? label : contractNumber + " " + label;
        }

        /** What identifies the invoice from one package to the next. */
        public String key() {
            return identity != null ? identity : displayName();
        }

        /** The same invoice holding these documents. */
        public Invoice holding(Source document, List<Source> attachments) {
            return new Invoice(contractNumber, company, label, document, List.copyOf(attachments), ownerInvoice, due,
                    amount, identity, leftOut);
        }
    }

    /** A document the requester left out of the package: named on the contents and the manifest, not merged. */
    public record LeftOut(String name, String identity, String sha256) {
    }

    /**
     * One file to merge. {@code documentType} is the attachment's type key; null for invoice documents.
     * {@code fingerprint}: what stands for the file's content when a later package asks whether it changed (a
     * rendered document's figures); null for the file's own SHA-256. {@code identity}: what the document is, whatever
     * its title (null: its name). {@code slot}: the place it fills in its invoice, such as its file name as uploaded;
     * another document in the same slot of a later package replaces it.
     */
    /**
     * {@code provenSha256}: the SHA-256 of the bytes the current version of the proof passed when the document
     * arrived; when the bytes read at compile time have it, the compile does not walk them again. Null: proven now.
     */
    public record Source(String name, String documentType, SourceContent content, String fingerprint, String identity,
                         String slot, String provenSha256) {

        public Source(String name, String documentType, SourceContent content, String fingerprint, String identity,
                      String slot) {
            this(name, documentType, content, fingerprint, identity, slot, null);
        }

        public Source(String name, String documentType, Path path) {
            this(name, documentType, SourceContent.of(path), null, null, name);
        }

        public Source(String name, String documentType, SourceContent content) {
            this(name, documentType, content, null, null, name);
        }

        public String key() {
            return identity != null ? identity : name;
        }

        /** The same document under another title. */
        public Source titled(String title) {
            return new Source(title, documentType, content, fingerprint, identity, slot, provenSha256);
        }

        /** The same document, known to have passed the current proof with these bytes. */
        public Source proven(String sha256) {
            return new Source(name, documentType, content, fingerprint, identity, slot, sha256);
        }
    }
}
