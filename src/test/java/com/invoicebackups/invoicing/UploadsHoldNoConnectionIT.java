package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.document.DocumentStore;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
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
 * file, all arrive. An upload that held its connection while storing would leave the other ten waiting too long.
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
    DataSource dataSource;
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
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        AtomicInteger mostInUseWhileStoring = new AtomicInteger();
        AtomicInteger mostStoring = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (watching.get()) {
                int storing = STORING.get();
                mostStoring.accumulateAndGet(storing, Math::max);
                if (storing >= 10) {
                    mostInUseWhileStoring.accumulateAndGet(pool.getActiveConnections(), Math::max);
                }
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
        // while at least ten uploads were in the store, next to none of the pool's connections was in use
        assertThat(mostStoring.get()).as("uploads in the store at once").isGreaterThanOrEqualTo(10);
        assertThat(mostInUseWhileStoring.get()).as("connections in use meanwhile").isLessThan(3);
    }
}
