package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.document.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An upload holds no database connection while its file is judged and stored: twenty files at once, with a pool
 * of ten connections that makes a caller wait at most two seconds and a document store that takes three seconds a
 * file, all arrive, more than ten of them in the store at once. An upload that held its connection while storing
 * would let at most ten store at a time and leave the others waiting too long for one.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=10",
        "spring.datasource.hikari.connection-timeout=2000"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class UploadsHoldNoConnectionIT {

    static final int FILES = 20;
    /** Uploads inside the store's put at this moment. */
    static final AtomicInteger STORING = new AtomicInteger();

    @TestConfiguration
    static class SlowStore {
        @Bean
        @Primary
        DocumentStore slowDocumentStore(@Qualifier("documentStore") DocumentStore store) {
            return new com.invoicebackups.ForwardingDocumentStore(store) {
                @Override
                public String put(InputStream content) throws IOException {
                    STORING.incrementAndGet();
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        STORING.decrementAndGet();
                    }
                    return store.put(content);
                }
            };
        }
    }

    @Autowired
    AttachmentService attachments;
    @Autowired
    ApplicationContext context;

    @Test
    void twenty_files_at_once_all_arrive_through_a_pool_of_ten_that_never_runs_dry() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        long admin = world.admin().id();
        List<InvoiceRef> invoices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            invoices.add(InvoiceRef.subcontractor(data.invoice(data.subcontract(world, "SC-" + (i + 1),
                    world.subcontractor()), null, (i + 1) + "-01", InvoiceStatus.DRAFT, "10.00", null).id()));
        }
        AtomicInteger mostStoring = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (watching.get()) {
                mostStoring.accumulateAndGet(STORING.get(), Math::max);
                Thread.onSpinWait();
            }
        });
        ExecutorService uploaders = Executors.newFixedThreadPool(FILES);
        try {
            List<Future<Attachment>> uploads = new ArrayList<>();
            for (int f = 0; f < FILES; f++) {
                int file = f;
                uploads.add(uploaders.submit(() -> attachments.upload(admin, invoices.get(file % invoices.size()),
                        "Waiver " + file + ".pdf", DocumentType.LIEN_WAIVER, TestFiles.pdf("Waiver " + file, 1))));
            }
            for (Future<Attachment> upload : uploads) {
                assertThat(upload.get().id()).isPositive();
            }
        } finally {
            uploaders.shutdown();
            watching.set(false);
            watcher.join();
        }
        int stored = invoices.stream().mapToInt(invoice -> attachments.attachments(admin, invoice).size()).sum();
        assertThat(stored).isEqualTo(FILES);
        // an upload holding a connection while it stores would let at most ten be in the store at once
        assertThat(mostStoring.get()).as("uploads in the store at once").isGreaterThan(10);
    }
}
