package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.GeneratedProject.Figures;
import com.invoicebackups.backup.GeneratedProject.Invoice;
import com.invoicebackups.backup.pdf.PdfReadBack;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceEdit;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a backup states agrees with the data it came from, on projects generated from seeds: each figure is computed
 * here from the generated amounts by the G702/G703 rules, each count from what was generated and selected, and the
 * backup is read back from its PDF (text, outline, links). Another seed: {@code -Dinvariants.seed=N}.
 */
@IntegrationTest
class BackupInvariantsIT {

    private static final Pattern MONEY = Pattern.compile("-?\\$[\\d,]+\\.\\d{2}");
    private static final List<String> DICTIONARIES = List.of("gc", "owner", "specialty");

    @Autowired
    BackupService backups;
    @Autowired
    AttachmentService attachments;
    @Autowired
    CompanyService companies;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    ApplicationContext context;
    @TempDir
    Path folder;

    static Stream<Long> seeds() {
        String chosen = System.getProperty("invariants.seed");
        return chosen != null ? Stream.of(Long.parseLong(chosen)) : LongStream.of(11, 23, 37, 41, 59, 73).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_figure_count_link_and_change_of_a_backup_agrees_with_its_data(long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject project = GeneratedProject.generate(context, random, 0);
        long admin = project.world.admin().id();
        List<Invoice> selection = pick(random, project.invoices);
        Selected chosen = arrange(random, selection);

        Backup first = compile(admin, project, selection, chosen.arrangement(), Locale.US);
        Dictionary gc = Dictionary.load("gc");
        try (PdfReadBack pdf = download(admin, first)) {
            checkSubcontractorBackup(project, chosen, pdf, gc);
        }

        // the same selection in another dictionary and formats, a document retitled: nothing changed
        String dictionary = DICTIONARIES.get(1 + random.nextInt(2));
        companies.chooseDictionary(admin, dictionary);
        Backup again = compile(admin, project, selection, retitled(chosen).arrangement(), Locale.GERMANY);
        Dictionary words = Dictionary.load(dictionary);
        assertThat(again.changes()).as("changes of an unchanged package").startsWith(
                words.get("backup.changes.summary.none", "\u0000", "").split("\u0000")[0]);
        try (PdfReadBack pdf = download(admin, again)) {
            assertThat(pageWith(pdf, words.get("backup.changes.none"))).as("a changes page saying nothing changed")
                    .isPositive();
        }
        companies.chooseDictionary(admin, "gc");

        // one real change at a time, of each kind that applies, is reported once and exactly
        Selected current = chosen;
        Map<Long, String> previousTitles = retitled(chosen).titles();
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        java.util.Collections.shuffle(kinds, random);
        for (int kind : kinds) {
            Change change = change(random, kind, project, current, previousTitles);
            if (change == null) {
                continue;
            }
            Backup changed = compile(admin, project, change.selected().invoices(), change.selected().arrangement(),
                    Locale.US);
            assertThat(changed.changes()).as("the change reported").endsWith(": " + gc.get("backup.changes.count."
                    + change.kind(), 1) + ".");
            try (PdfReadBack pdf = download(admin, changed)) {
                int page = pageWith(pdf, gc.get("backup.changes.section." + change.kind(), 1));
                assertThat(page).isPositive();
                assertThat(pdf.text(page)).contains(change.line());
                checkSubcontractorBackup(project, change.selected(), pdf, gc);
            }
            current = change.selected();
            previousTitles = current.titles();
        }

        if (project.owner != null) {
            Backup owner = backups.requestOwnerBackups(admin, project.world.project().id(),
                    List.of(project.owner.id()), BackupOptions.ALL, Locale.US).getFirst();
            owner = awaitFinished(admin, owner.id());
            try (PdfReadBack pdf = download(admin, owner)) {
                checkOwnerBackup(project, pdf, gc);
            }
        }
    }

    @Test
    void every_volume_downloads_and_together_the_volumes_hold_every_document_once() throws Exception {
        Random random = new Random(97);
        GeneratedProject project = GeneratedProject.generate(context, random, 55_000);
        long admin = project.world.admin().id();
        List<Invoice> selection = project.invoices;
        // scans enough for three volumes or more: no invoice is split, so each volume holds whole invoices
        for (int scan = 0; scan < 16; scan++) {
            Invoice invoice = selection.get(random.nextInt(selection.size()));
            String name = "Scan " + scan + ".pdf";
            Attachment attachment = attachments.upload(admin, InvoiceRef.subcontractor(invoice.id), name,
                    DocumentType.RECEIPT, TestFiles.noisePdf(3, 55_000, scan));
            invoice.documents.add(new GeneratedProject.Document(attachment.id(), name, 3));
        }
        Backup backup = backups.request(admin, project.world.project().id(), BackupKind.SUBCONTRACTOR,
                selection.stream().map(invoice -> invoice.id).toList(), BackupOptions.ALL.inVolumesOf(1), Locale.US);
        backup = awaitFinished(admin, backup.id());
        assertThat(backup.status()).isIn(BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED_WITH_WARNINGS);
        assertThat(backup.volumes()).as("volumes of 1 MB").isGreaterThan(1);

        Dictionary gc = Dictionary.load("gc");
        Map<String, Integer> held = new LinkedHashMap<>();
        int pages = 0;
        for (int n = 1; n <= backup.volumes(); n++) {
            BackupService.Download volume = backups.download(admin, backup.id(), n).orElseThrow();
            try (PdfReadBack pdf = read(volume, "volume-" + n)) {
                pages += pdf.pages();
                assertThat(pdf.text(1)).contains(gc.get("backup.cover.volume-of", n, backup.volumes()).split(",")[0]);
                for (Map.Entry<String, List<String>> invoice : outline(pdf).entrySet()) {
                    for (String document : invoice.getValue()) {
                        held.merge(invoice.getKey() + " / " + document, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(pages).isEqualTo(backup.pageCount());
        List<String> expected = new ArrayList<>();
        for (Invoice invoice : sorted(selection)) {
            String title = gc.get("backup.outline.invoice", invoice.number);
            expected.add(title + " / " + invoiceDocument(invoice, gc));
            invoice.documents.forEach(document -> expected.add(title + " / " + document.name()));
        }
        assertThat(held.keySet()).containsExactlyElementsOf(expected);
        assertThat(held.values()).allMatch(count -> count == 1);
    }

    // ---- what a subcontractor backup must say

    private void checkSubcontractorBackup(GeneratedProject project, Selected chosen, PdfReadBack pdf, Dictionary words) {
        List<Invoice> selection = sorted(chosen.invoices());
        Map<String, List<String>> outline = outline(pdf);
        // every source is in the outline under its invoice, in order, or listed as left out by the requester
        Map<String, List<String>> expected = new LinkedHashMap<>();
        int omitted = 0;
        int unreadable = 0;
        for (Invoice invoice : selection) {
            List<String> documents = new ArrayList<>();
            documents.add(invoiceDocument(invoice, words));
            for (GeneratedProject.Document document : invoice.documents) {
                String title = chosen.titles().getOrDefault(document.attachmentId(), document.name());
                if (chosen.leftOut().contains(document.attachmentId())) {
                    omitted++;
                    assertThat(manifestLine(pdf, document.name())).as("manifest line of " + document.name())
                            .contains(words.get("backup.fate.OMITTED"));
                } else if (!document.mergeable()) {
                    unreadable++;
                    assertThat(manifestLine(pdf, title)).as("manifest line of " + title)
                            .contains(words.get("backup.fate.LEFT_OUT"));
                    // why, in the reader's words alone: what the PDF library said goes to the log
                    assertThat(manifestReason(pdf, title)).isIn(Stream.of("damaged", "password", "unreadable")
                            .map(key -> sentence(words.get("backup.reason." + key))).toList());
                } else {
                    documents.add(title);
                }
            }
            expected.put(words.get("backup.outline.invoice", invoice.number), documents);
        }
        int leftOut = omitted + unreadable;
        assertThat(outline).containsExactlyEntriesOf(expected);
        int merged = expected.values().stream().mapToInt(List::size).sum();

        Map<String, String> cover = facts(pdf.text(1));
        assertThat(cover.get(words.get("backup.cover.invoices"))).isEqualTo(String.valueOf(selection.size()));
        assertThat(cover.get(words.get("backup.cover.documents"))).isEqualTo(String.valueOf(merged));
        assertThat(cover.get(words.get("backup.cover.left-out"))).isEqualTo(leftOut == 0 ? null : String.valueOf(leftOut));

        // the contents: one row per source, each merged one linked to the page it names and its bookmark points at
        List<Integer> linked = new ArrayList<>();
        int omittedNotes = 0;
        int unreadableNotes = 0;
        for (int page : pagesTitled(pdf, words.get("backup.contents.title"), words.get("backup.contents.continued"))) {
            for (PdfAnnotation annotation : pdf.pdf.getPage(page).getAnnotations()) {
                if (annotation instanceof PdfLinkAnnotation link) {
                    Rectangle row = link.getRectangle().toRectangle();
                    String number = regionText(pdf, page, new Rectangle(531, row.getY(), 44, row.getHeight())).strip();
                    linked.add(Integer.parseInt(number));
                }
            }
            assertThat(pdf.linkTargets(page)).containsExactlyElementsOf(linked.subList(linked.size()
                    - pdf.linkTargets(page).size(), linked.size()));
            omittedNotes += count(pdf.text(page), words.get("backup.contents.omitted"));
            unreadableNotes += count(pdf.text(page), words.get("backup.contents.left-out"));
        }
        assertThat(linked).hasSize(merged);
        assertThat(linked).containsExactlyElementsOf(documentPages(pdf));
        assertThat(omittedNotes).isEqualTo(omitted);
        assertThat(unreadableNotes).isEqualTo(unreadable);
        // every reason is a whole sentence: nothing on a page of the backup's own is cut off
        for (int page : ownPages(pdf)) {
            // the changes page shortens a SHA-256 to its first twelve digits on purpose
            assertThat(pdf.text(page).replaceAll("[0-9a-f]{12}\u2026", "")).as("page " + page)
                    .doesNotContain("\u2026");
        }
        selection.stream().map(invoice -> invoice.period.endDate()).distinct().forEach(end -> assertThat(
                pdf.text(1).replace("\n", " ")).contains(end.getMonthValue() + "/" + end.getDayOfMonth() + "/"
                + end.getYear()));

        // each invoice's figures are its own G702's; totals add the period and take balances from the latest
        List<String> reconciliation = lines(pdf, pagesTitled(pdf, words.get("backup.reconciliation.title"),
                words.get("backup.reconciliation.continued")));
        for (Invoice invoice : selection) {
            assertThat(figuresOf(reconciliation, invoice.contract.number + " ", " " + invoice.number + " "))
                    .as("reconciliation of " + invoice.label()).isEqualTo(shown(project.figures(invoice)));
        }
        Map<String, List<Invoice>> byCompany = new LinkedHashMap<>();
        selection.forEach(invoice -> byCompany.computeIfAbsent(invoice.contract.company, key -> new ArrayList<>())
                .add(invoice));
        byCompany.forEach((company, invoices) -> {
            if (invoices.size() > 1) {
                assertThat(figuresOf(reconciliation, words.get("backup.reconciliation.subtotal", company) + " ", null))
                        .as("subtotal of " + company).isEqualTo(shown(total(project, invoices)));
            }
        });
        List<String> total = shown(total(project, selection));
        assertThat(figuresOf(reconciliation, words.get("backup.reconciliation.total") + " ", null)).isEqualTo(total);
        assertThat(cover.get(words.get("backup.cover.work"))).isEqualTo(total.get(0));
        assertThat(cover.get(words.get("backup.cover.retainage"))).isEqualTo(total.get(2));
        assertThat(cover.get(words.get("backup.cover.due"))).isEqualTo(total.get(3));
    }

    private void checkOwnerBackup(GeneratedProject project, PdfReadBack pdf, Dictionary words) {
        List<Invoice> carried = sorted(project.carried());
        Map<String, String> cover = facts(pdf.text(1));
        assertThat(cover.get(words.get("backup.cover.invoices"))).isEqualTo(String.valueOf(1 + carried.size()));
        int documents = 1 + carried.stream().mapToInt(invoice -> 1 + (int) invoice.documents.stream()
                .filter(GeneratedProject.Document::mergeable).count()).sum() + project.ownerDocuments.size();
        assertThat(cover.get(words.get("backup.cover.documents"))).isEqualTo(String.valueOf(documents));
        assertThat(documentPages(pdf)).hasSize(documents);

        List<String> reconciliation = lines(pdf, pagesTitled(pdf, words.get("backup.reconciliation.title"),
                words.get("backup.reconciliation.continued")));
        Figures owner = project.ownerFigures();
        assertThat(figuresOf(reconciliation, words.get("backup.reconciliation.owner", "OA-01") + " ", null))
                .isEqualTo(shown(owner));
        assertThat(cover.get(words.get("backup.cover.due"))).isEqualTo(money(owner.due()));
        checkByCostCode(project, carried, reconciliation, words);
        if (carried.isEmpty()) {
            return;
        }
        Figures total = total(project, carried);
        assertThat(figuresOf(reconciliation, words.get("backup.reconciliation.subcontractors") + " ", null))
                .isEqualTo(shown(total));
        assertThat(figuresOf(reconciliation, words.get("backup.reconciliation.difference") + " ", null))
                .isEqualTo(shown(new Figures(owner.work().minus(total.work()), owner.materials().minus(total.materials()),
                        owner.retainage().minus(total.retainage()), owner.due().minus(total.due()), null)));
    }

    /**
     * The owner invoice against the carried invoices by cost code, summed here from the generated lines: a row per
     * code either side bills on, the figures of a side without lines of that code left blank.
     */
    private static void checkByCostCode(GeneratedProject project, List<Invoice> carried, List<String> reconciliation,
                                        Dictionary words) {
        Map<String, Money[]> owner = new LinkedHashMap<>();
        Map<String, Money[]> subcontractors = new LinkedHashMap<>();
        Map<String, String> shownCode = new LinkedHashMap<>();
        Map<String, String> label = new LinkedHashMap<>();
        project.ownerLines.forEach((line, amounts) -> {
            String code = project.costCodes.get(line);
            add(owner, code, amounts);
            shownCode.putIfAbsent(codeKey(code), code);
            label.putIfAbsent(codeKey(code), project.primeLabels.get(line));
        });
        for (Invoice invoice : carried) {
            invoice.lines.forEach((line, amounts) -> {
                if (!amounts.work().isZero() || !amounts.stored().isZero()) {
                    String code = project.costCodes.get(line);
                    add(subcontractors, code, amounts);
                    shownCode.putIfAbsent(codeKey(code), code);
                }
            });
        }
        for (String key : shownCode.keySet()) {
            Money[] ours = owner.get(key);
            Money[] theirs = subcontractors.get(key);
            // the row without a cost code has no line either: its first figure follows the label without a gap
            String start = key.isEmpty() ? words.get("backup.reconciliation.no-cost-code") : shownCode.get(key) + " ";
            // a label too long for its column wraps onto the lines below: only the owner's short labels are matched
            String holding = key.isEmpty() || ours == null ? null : label.get(key);
            if (theirs == null && ours[0].plus(ours[1]).isZero()) {
                assertThat(reconciliation).noneMatch(line -> line.startsWith(start));
                continue;
            }
            List<String> expected = new ArrayList<>();
            if (ours != null) {
                expected.add(money(ours[0]));
            }
            if (theirs != null) {
                expected.add(money(theirs[0]));
            }
            if (ours != null) {
                expected.add(money(ours[1]));
            }
            if (theirs != null) {
                expected.add(money(theirs[1]));
            }
            Money billed = ours == null ? Money.ZERO : ours[0].plus(ours[1]);
            expected.add(money(billed.minus(theirs == null ? Money.ZERO : theirs[0].plus(theirs[1]))));
            assertThat(figuresOf(reconciliation, start, holding)).as("cost code " + start).isEqualTo(expected);
        }
        assertThat(reconciliation).as("nothing cut off").noneMatch(line -> line.contains("\u2026"));
    }

    private static void add(Map<String, Money[]> sums, String code, GeneratedProject.Amounts amounts) {
        Money[] sum = sums.computeIfAbsent(codeKey(code), key -> new Money[] {Money.ZERO, Money.ZERO});
        sum[0] = sum[0].plus(amounts.work());
        sum[1] = sum[1].plus(amounts.stored());
    }

    private static String codeKey(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }

    /** Period figures added up; balances to date from each contract's latest invoice, added across contracts. */
    private static Figures total(GeneratedProject project, List<Invoice> invoices) {
        Money work = Money.ZERO;
        Money due = Money.ZERO;
        Map<String, Invoice> latest = new LinkedHashMap<>();
        for (Invoice invoice : invoices) {
            Figures figures = project.figures(invoice);
            work = work.plus(figures.work());
            due = due.plus(figures.due());
            latest.merge(invoice.contract.number, invoice, (a, b) -> a.position > b.position ? a : b);
        }
        Money materials = Money.ZERO;
        Money retainage = Money.ZERO;
        for (Invoice invoice : latest.values()) {
            materials = materials.plus(project.figures(invoice).materials());
            retainage = retainage.plus(project.figures(invoice).retainage());
        }
        return new Figures(work, materials, retainage, due, null);
    }

    // ---- the selection, the package editor's choices, and one change

    record Selected(List<Invoice> invoices, java.util.Set<Long> leftOut, Map<Long, String> titles) {

        Arrangement arrangement() {
            List<Arrangement.Entry> entries = new ArrayList<>();
            for (Invoice invoice : sorted(invoices)) {
                List<Arrangement.Document> documents = new ArrayList<>();
                documents.add(new Arrangement.Document(Arrangement.INVOICE_DOCUMENT, true, null));
                invoice.documents.forEach(document -> documents.add(new Arrangement.Document(
                        Arrangement.attachmentKey(document.attachmentId()), !leftOut.contains(document.attachmentId()),
                        titles.get(document.attachmentId()))));
                entries.add(new Arrangement.Entry(Arrangement.subcontractorKey(invoice.id), true, documents));
            }
            return new Arrangement(entries);
        }
    }

    record Change(String kind, Selected selected, String line) {
    }

    private static List<Invoice> pick(Random random, List<Invoice> invoices) {
        List<Invoice> picked = invoices.stream().filter(invoice -> random.nextInt(3) > 0).toList();
        return picked.isEmpty() ? List.of(invoices.get(random.nextInt(invoices.size()))) : picked;
    }

    /** Sometimes a document left out in the package editor, sometimes one retitled. */
    private static Selected arrange(Random random, List<Invoice> selection) {
        java.util.Set<Long> leftOut = new java.util.HashSet<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Invoice invoice : selection) {
            for (GeneratedProject.Document document : invoice.documents) {
                int choice = random.nextInt(6);
                if (choice == 0) {
                    leftOut.add(document.attachmentId());
                } else if (choice == 1) {
                    titles.put(document.attachmentId(), "Retitled " + document.name());
                }
            }
        }
        return new Selected(selection, leftOut, titles);
    }

    private static Selected retitled(Selected chosen) {
        Map<Long, String> titles = new LinkedHashMap<>();
        chosen.invoices().forEach(invoice -> invoice.documents.forEach(document ->
                titles.put(document.attachmentId(), "Another title for " + document.name())));
        return new Selected(chosen.invoices(), chosen.leftOut(), titles);
    }

    /**
     * One change of the given kind, made to the project or to the selection; null when it does not apply.
     * {@code previousTitles}: the titles the package before this change gave the documents.
     */
    private Change change(Random random, int kind, GeneratedProject project, Selected chosen,
                          Map<Long, String> previousTitles) {
        List<Invoice> selection = chosen.invoices();
        List<Invoice> others = project.invoices.stream().filter(invoice -> !selection.contains(invoice)).toList();
        // an invoice still open to edits, the latest of its contract, so that no other invoice's figures move
        List<Invoice> editable = selection.stream().filter(invoice -> !invoice.signed
                && (invoice.status == InvoiceStatus.DRAFT) && invoice == invoice.contract.invoices.getLast()).toList();
        if (kind == 4 && !editable.isEmpty()) {
            Invoice edited = editable.get(random.nextInt(editable.size()));
            Figures before = project.figures(edited);
            Map.Entry<Long, GeneratedProject.Amounts> line = edited.lines.entrySet().iterator().next();
            GeneratedProject.Amounts amounts = line.getValue();
            Money more = amounts.work().plus(Money.of("100.00"));
            InvoiceDetail detail = details.detail(project.world.admin().id(), InvoiceRef.subcontractor(edited.id));
            details.save(project.world.admin().id(), edited.id, detail.version(), new InvoiceEdit(detail.number(),
                    detail.billingDate(), detail.comment(), List.of(new InvoiceEdit.LineAmounts(line.getKey(), more,
                    amounts.stored()))));
            edited.lines.put(line.getKey(), new GeneratedProject.Amounts(more, amounts.stored(), amounts.retainage()));
            return new Change("amounts-changed", chosen, gc().get("backup.changes.amount", edited.label(),
                    money(before.due()), money(project.figures(edited).due())));
        }
        List<GeneratedProject.Document> replaceable = editable.stream().flatMap(invoice -> invoice.documents.stream())
                .filter(document -> document.mergeable() && !chosen.leftOut().contains(document.attachmentId()))
                .toList();
        if (kind == 5 && !replaceable.isEmpty()) {
            GeneratedProject.Document old = replaceable.get(random.nextInt(replaceable.size()));
            Invoice owner = selection.stream().filter(invoice -> invoice.documents.contains(old)).findFirst()
                    .orElseThrow();
            attachments.remove(project.world.admin().id(), old.attachmentId());
            Attachment attachment = attachments.upload(project.world.admin().id(), InvoiceRef.subcontractor(owner.id),
                    old.name(), DocumentType.OTHER, TestFiles.pdf("Corrected " + old.name(), 1));
            owner.documents.set(owner.documents.indexOf(old), new GeneratedProject.Document(attachment.id(), old.name(),
                    1));
            return new Change("documents-replaced", chosen, owner.label() + ": " + old.name() + " replaced");
        }
        if (kind == 0 && !others.isEmpty()) {
            Invoice added = others.get(random.nextInt(others.size()));
            List<Invoice> more = new ArrayList<>(selection);
            more.add(added);
            return new Change("invoices-added", new Selected(more, chosen.leftOut(), chosen.titles()),
                    added.label());
        }
        if (kind == 1 && selection.size() > 1) {
            Invoice removed = selection.get(random.nextInt(selection.size()));
            List<Invoice> fewer = selection.stream().filter(invoice -> invoice != removed).toList();
            return new Change("invoices-removed", new Selected(fewer, chosen.leftOut(), chosen.titles()),
                    removed.label());
        }
        List<GeneratedProject.Document> kept = selection.stream().flatMap(invoice -> invoice.documents.stream())
                .filter(document -> !chosen.leftOut().contains(document.attachmentId())).toList();
        if (kind == 2 && !kept.isEmpty()) {
            GeneratedProject.Document dropped = kept.get(random.nextInt(kept.size()));
            Invoice owner = selection.stream().filter(invoice -> invoice.documents.contains(dropped)).findFirst()
                    .orElseThrow();
            java.util.Set<Long> leftOut = new java.util.HashSet<>(chosen.leftOut());
            leftOut.add(dropped.attachmentId());
            return new Change("documents-removed", new Selected(selection, leftOut, chosen.titles()),
                    owner.label() + ": " + previousTitles.getOrDefault(dropped.attachmentId(), dropped.name()));
        }
        if (kind == 3) {
            Invoice invoice = selection.get(random.nextInt(selection.size()));
            String name = "Added " + invoice.number + ".pdf";
            Attachment attachment = attachments.upload(project.world.admin().id(),
                    InvoiceRef.subcontractor(invoice.id), name, DocumentType.OTHER, TestFiles.pdf(name, 1));
            invoice.documents.add(new GeneratedProject.Document(attachment.id(), name, 1));
            return new Change("documents-added", chosen, invoice.label() + ": " + name);
        }
        return null;
    }

    // ---- compiling and reading back

    private Backup compile(long admin, GeneratedProject project, List<Invoice> selection, Arrangement arrangement,
                           Locale formats) {
        Backup queued = backups.request(admin, project.world.project().id(), BackupKind.SUBCONTRACTOR,
                selection.stream().map(invoice -> invoice.id).toList(), BackupOptions.ALL, formats, arrangement);
        Backup done = awaitFinished(admin, queued.id());
        assertThat(done.status()).as(String.join(" ", done.warnings()))
                .isIn(BackupStatus.SUCCEEDED, BackupStatus.SUCCEEDED_WITH_WARNINGS);
        return done;
    }

    private Backup awaitFinished(long userId, long backupId) {
        return await().alias("backup " + backupId + " finished").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> backups.backup(userId, backupId).orElseThrow(), Backup::finished);
    }

    private PdfReadBack download(long userId, Backup backup) throws Exception {
        return read(backups.download(userId, backup.id()).orElseThrow(), "backup-" + backup.id());
    }

    private PdfReadBack read(BackupService.Download download, String name) throws Exception {
        Path file = folder.resolve(name + ".pdf");
        try (InputStream in = download.content().getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new PdfReadBack(file);
    }

    /** Invoice bookmark title to its documents' bookmark titles, across contracts, in order. */
    private static Map<String, List<String>> outline(PdfReadBack pdf) {
        Map<String, List<String>> invoices = new LinkedHashMap<>();
        for (PdfOutline contract : pdf.bookmarks()) {
            for (PdfOutline invoice : contract.getAllChildren()) {
                invoice.getAllChildren().forEach(document ->
                        invoices.computeIfAbsent(invoice.getTitle(), key -> new ArrayList<>()).add(document.getTitle()));
            }
        }
        return invoices;
    }

    /** The page each document's bookmark points at, in order. */
    private static List<Integer> documentPages(PdfReadBack pdf) {
        List<Integer> pages = new ArrayList<>();
        pdf.bookmarks().forEach(contract -> contract.getAllChildren().forEach(invoice -> invoice.getAllChildren()
                .forEach(document -> pages.add(pdf.bookmarkPage(document)))));
        return pages;
    }

    private static Dictionary gc() {
        return Dictionary.load("gc");
    }

    private static String invoiceDocument(Invoice invoice, Dictionary words) {
        return words.get(invoice.signed ? "backup.signed-invoice-document" : "backup.invoice-document");
    }

    private static List<Invoice> sorted(List<Invoice> invoices) {
        return invoices.stream().sorted(Comparator.<Invoice>comparingInt(invoice ->
                Integer.parseInt(invoice.contract.number.substring(3))).thenComparingInt(invoice -> invoice.position))
                .toList();
    }

    /** The cover's facts: each label with the value beside it. */
    private static Map<String, String> facts(String cover) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : cover.split("\n")) {
            Matcher value = Pattern.compile("^(.*?)\\s+(-?\\$[\\d,]+\\.\\d{2}|\\d+)$").matcher(line.strip());
            if (value.matches()) {
                facts.put(value.group(1), value.group(2));
            }
        }
        return facts;
    }

    private static List<Integer> pagesTitled(PdfReadBack pdf, String... titles) {
        List<Integer> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.pages(); page++) {
            String first = pdf.text(page).split("\n")[0].strip();
            if (List.of(titles).contains(first)) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** The pages before the first document and after the last: the backup's own. */
    private static List<Integer> ownPages(PdfReadBack pdf) {
        List<Integer> documents = documentPages(pdf);
        List<Integer> own = new ArrayList<>();
        int first = documents.isEmpty() ? pdf.pages() + 1 : documents.getFirst();
        int back = firstPageAfterDocuments(pdf);
        for (int page = 1; page <= pdf.pages(); page++) {
            if (page < first || page >= back) {
                own.add(page);
            }
        }
        return own;
    }

    /** The first page of the changes or the manifest: a page titled so after the documents. */
    private static int firstPageAfterDocuments(PdfReadBack pdf) {
        Dictionary gc = Dictionary.load("gc");
        for (int page = pdf.pages(); page > 0; page--) {
            String first = pdf.text(page).split("\n")[0].strip();
            if (!first.equals(gc.get("backup.manifest.title")) && !first.equals(gc.get("backup.manifest.continued"))
                    && !first.startsWith("Changes since")) {
                return page + 1;
            }
        }
        return 1;
    }

    private static int pageWith(PdfReadBack pdf, String text) {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (pdf.text(page).contains(text)) {
                return page;
            }
        }
        return -1;
    }

    private static String manifestLine(PdfReadBack pdf, String file) {
        for (int page = pdf.pages(); page > 0; page--) {
            for (String line : pdf.text(page).split("\n")) {
                if (line.contains(file)) {
                    return line;
                }
            }
        }
        return "";
    }

    /** The reason under a file's line and its SHA-256 line. */
    private static String manifestReason(PdfReadBack pdf, String file) {
        for (int page = pdf.pages(); page > 0; page--) {
            List<String> lines = List.of(pdf.text(page).split("\n"));
            for (int i = 0; i + 2 < lines.size(); i++) {
                if (lines.get(i).contains(file) && lines.get(i + 1).startsWith("SHA-256")) {
                    return lines.get(i + 2).strip();
                }
            }
        }
        return "";
    }

    private static String sentence(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }

    private static List<String> lines(PdfReadBack pdf, List<Integer> pages) {
        return pages.stream().flatMap(page -> Stream.of(pdf.text(page).split("\n"))).toList();
    }

    /** The four amounts of the row that starts with {@code start} (and holds {@code holding}). */
    private static List<String> figuresOf(List<String> lines, String start, String holding) {
        List<List<String>> found = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(start) && (holding == null || line.contains(holding))) {
                List<String> amounts = new ArrayList<>();
                Matcher money = MONEY.matcher(line);
                while (money.find()) {
                    amounts.add(money.group());
                }
                found.add(amounts);
            }
        }
        assertThat(found).as("rows starting " + start + (holding == null ? "" : " with " + holding)).hasSize(1);
        return found.getFirst();
    }

    private static List<String> shown(Figures figures) {
        return List.of(money(figures.work()), money(figures.materials()), money(figures.retainage()),
                money(figures.due()));
    }

    private static String money(Money amount) {
        BigDecimal value = amount.amount();
        String digits = String.format(Locale.US, "%,.2f", value.abs());
        return (value.signum() < 0 ? "-$" : "$") + digits;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String regionText(PdfReadBack pdf, int page, Rectangle region) {
        FilteredEventListener listener = new FilteredEventListener();
        LocationTextExtractionStrategy strategy = listener.attachEventListener(new LocationTextExtractionStrategy(),
                new TextRegionEventFilter(region));
        new PdfCanvasProcessor(listener).processPageContent(pdf.pdf.getPage(page));
        return strategy.getResultantText();
    }
}
