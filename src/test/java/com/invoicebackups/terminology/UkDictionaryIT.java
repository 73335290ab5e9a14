package com.invoicebackups.terminology;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.TestData;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.company.CompanyService;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A fourth dictionary is one file: UK English is written into a folder that is put on the class path, and the
 * switch, the screens, a compiled backup and its mail speak it, with no other change.
 */
@Import(UkDictionaryIT.ClassPathWithUkDictionary.class)
class UkDictionaryIT extends KaribuTest {

    static final String UK = """
            dictionary.name=UK English
            invoicing.title=Payment Applications
            invoicing.tab.owner=Client
            invoicing.compile=Compile Payment Application Backups
            grid.invoice-number=Valuation #
            owner.grid.contract=Main contract
            invoice.doc.owner.contract=Main contract
            invoice.doc.line5=5. Retention (column I)
            invoice.doc.col.i=I Retention
            backup.title=Subcontractor payment application backup
            backup.file-name=Subcontractor payment application backup - {0} - {1} - {2} - {3}.pdf
            backup.outline.invoice=Subcontractor Payment Application {0}
            backup.cover.invoices=Payment applications
            mail.backup.subject=Payment application backup compiled: {0}
            """;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    CompanyService companies;
    @Autowired
    BackupService backups;

    @Test
    void the_new_dictionary_is_in_the_switch_on_the_screens_in_the_backup_and_in_the_mail() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var invoice = data.approvedInvoice(world);
        String invoicing = "projects/" + world.project().id() + "/invoicing";

        login(world.admin().username());
        UI.getCurrent().navigate(invoicing);
        @SuppressWarnings("unchecked")
        Select<Dictionary> dictionarySwitch = _get(Select.class, spec -> spec.withClasses("dictionary-switch"));
        Dictionary uk = dictionarySwitch.getListDataView().getItems()
                .filter(dictionary -> dictionary.label().equals("UK English")).findFirst().orElseThrow();
        _setValue(dictionarySwitch, uk);
        assertThat(companies.findUser(world.admin().username()).orElseThrow().dictionary()).isEqualTo("uk");

        login(world.admin().username());
        UI.getCurrent().navigate(invoicing);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Payment Applications");
        assertThat(_find(Button.class, spec -> spec.withText("Compile Payment Application Backups"))).hasSize(1);
        assertThat(_find(Tab.class).stream().map(Tab::getLabel)).contains("Client");

        Backup queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(invoice.id()), BackupOptions.ALL);
        // other test contexts may still be mailing their own backups to this port: wait for this one's mail
        AtomicReference<Backup> lastSeen = new AtomicReference<>();
        MimeMessage mail = await().alias("the mail of this backup").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    lastSeen.set(backups.backup(world.admin().id(), queued.id()).orElseThrow());
                    String fileName = lastSeen.get().fileName();
                    return fileName == null ? null : java.util.Arrays.stream(smtp.getReceivedMessages())
                            .filter(message -> {
                                try {
                                    return message.getSubject().endsWith(fileName);
                                } catch (jakarta.mail.MessagingException e) {
                                    return false;
                                }
                            }).findFirst().orElse(null);
                }, Objects::nonNull);
        Backup done = lastSeen.get();
        assertThat(done.fileName()).startsWith("Subcontractor payment application backup - ");
        assertThat(mail.getSubject()).isEqualTo("Payment application backup compiled: " + done.fileName());

        try (PdfDocument pdf = new PdfDocument(new PdfReader(backups.download(world.admin().id(), done.id())
                .orElseThrow().content().getInputStream()))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)))
                    .contains("Subcontractor payment application backup", "Payment applications");
            PdfOutline contract = pdf.getOutlines(false).getAllChildren().getFirst();
            assertThat(contract.getAllChildren().getFirst().getTitle()).isEqualTo("Subcontractor Payment Application 1-01");
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(4))).contains("5. Retention (column I)");
        }
    }

    /** The dictionaries of the class path with one more folder on it: the one holding uk.properties. */
    @TestConfiguration
    static class ClassPathWithUkDictionary {

        @Bean
        @Primary
        Dictionaries dictionariesWithUk() {
            return new Dictionaries(new URLClassLoader(new URL[] {folderWithUk()}, Dictionaries.class.getClassLoader()));
        }

        private static URL folderWithUk() {
            try {
                Path folder = Files.createTempDirectory("dictionaries");
                Path file = folder.resolve(Dictionary.OVERLAY_FOLDER + "uk.properties");
                Files.createDirectories(file.getParent());
                Files.writeString(file, UK, StandardCharsets.UTF_8);
                // removed at exit in the reverse order of these calls: the file first, the folder last
                for (Path made : List.of(folder, file.getParent().getParent(), file.getParent(), file)) {
                    made.toFile().deleteOnExit();
                }
                return folder.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
