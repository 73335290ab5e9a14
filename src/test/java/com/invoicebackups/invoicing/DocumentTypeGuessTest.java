package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeGuessTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "Conditional progress lien waiver 1-06.pdf, LIEN_WAIVER",
            "UNCONDITIONAL_LIEN-WAIVER_march.pdf, UNCONDITIONAL_LIEN_WAIVER",
            "Sub-tier lien waiver Acme.pdf, SUB_TIER_LIEN_WAIVER",
            "Certified payroll week 3.pdf, CERTIFIED_PAYROLL",
            "Certificate of insurance 2026.pdf, INSURANCE",
            "acme COI.pdf, INSURANCE",
            "Material receipt 1-06.jpg, RECEIPT",
            "Lien waiver.pdf, none",
            "Scan 0042.pdf, none",
            "Payroll summary.xlsx, none",
            "Conditional release.pdf, none",
            "Coinsurance terms.pdf, none"})
    void only_a_name_that_says_what_the_document_is_gives_a_type(String name, DocumentType expected) {
        assertThat(DocumentTypeGuess.byName(name).orElse(null)).isEqualTo(expected);
    }
}
