package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.backup.InvoiceSheets;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceDocumentRendererTest {

    @TempDir
    Path folder;

    @Test
    void the_summary_and_continuation_sheet_show_the_worked_example() throws IOException {
        List<SovLine> sov = List.of(
                new SovLine(1, "1", "Labor", Money.of("100000.00"), null, false),
                new SovLine(2, "2", "Materials", Money.of("50000.00"), null, false),
                new SovLine(3, "CO-1", "Change order 1", Money.of("10000.00"), null, true));
        PayApplication application = PayApplication.calculate(sov, BigDecimal.TEN,
                Map.of(1L, Money.of("30000.00"), 2L, Money.of("10000.00")), Money.of("36000.00"),
                List.of(new PayApplication.Entry(1, Money.of("20000.00"), Money.ZERO, BigDecimal.TEN),
                        new PayApplication.Entry(2, Money.of("5000.00"), Money.of("2500.00"), BigDecimal.TEN),
                        new PayApplication.Entry(3, Money.of("1000.00"), Money.ZERO, BigDecimal.valueOf(5))));
        Path file = render(application, "gc");
        try (PdfReadBack pdf = new PdfReadBack(file)) {
            assertThat(pdf.pages()).isEqualTo(2);
            assertThat(pdf.text(1)).contains("Application and Certificate for Payment", "Riverside Medical Office Building",
                    "SC-2", "Granite Concrete Co.", "#6: Nov 1, 2026 - Nov 30, 2026", "2-06",
                    "1. Original contract sum", "$150,000.00", "$10,000.00", "$160,000.00", "$68,500.00",
                    "$6,800.00", "$61,700.00", "$36,000.00", "8. Current payment due (6 - 7)", "$25,700.00",
                    "$98,300.00");
            assertThat(pdf.text(2)).contains("Continuation Sheet", "A Item", "G Completed",
                    "Labor", "$30,000.00", "$20,000.00", "$50,000.00", "50%", "$5,000.00", "Materials", "$2,500.00",
                    "$17,500.00", "35%", "$1,750.00", "Totals", "$26,000.00", "$68,500.00", "42.81%");
            assertThat(pdf.pdf.getPage(2).getPageSize().getWidth()).isGreaterThan(pdf.pdf.getPage(2).getPageSize().getHeight());
        }
    }

    @Test
    void a_long_schedule_of_values_flows_onto_more_pages_with_the_column_headers_repeated() throws IOException {
        List<SovLine> sov = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            sov.add(new SovLine(i, String.valueOf(i), "Line " + i, Money.of("1000.00"), null, false));
        }
        PayApplication application = PayApplication.calculate(sov, BigDecimal.TEN, Map.of(), Money.ZERO, List.of());
        try (PdfReadBack pdf = new PdfReadBack(render(application, "specialty"))) {
            assertThat(pdf.pages()).isGreaterThan(2);
            for (int page = 2; page <= pdf.pages(); page++) {
                assertThat(pdf.text(page)).contains("C Scheduled", "I Retainage");
            }
            assertThat(pdf.text(1)).contains("Progress Billing #");
            assertThat(pdf.text(pdf.pages())).contains("Line 80", "Totals", "$80,000.00");
        }
    }

    private static InvoiceDocumentRenderer.InvoiceSheet sheet(PayApplication application) {
        return InvoiceSheets.of(false, "Riverside Medical Office Building (2024-017)",
                "SC-2 Cast-in-Place Concrete", "Granite Concrete Co.", "#6: Nov 1, 2026 - Nov 30, 2026", "2-06",
                "Nov 30, 2026", "USD", application);
    }

    private Path render(PayApplication application, String dictionary) throws IOException {
        Path file = folder.resolve("invoice-" + dictionary + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new InvoiceDocumentRenderer().render(sheet(application), TestWords.named(dictionary), out);
        }
        return file;
    }
}
