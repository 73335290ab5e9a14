package com.invoicebackups.invoicing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type of an upload its uploader left open, from clear evidence only: a file name that says what the document is
 * ("Unconditional lien waiver March.pdf", "Certified payroll week 3.pdf"), else an insurance certificate whose text
 * states an expiry. A plain "lien waiver" says neither conditional nor unconditional, so it is no evidence. The guess
 * is shown as such until a person confirms it.
 */
final class DocumentTypeGuess {

    private static final Pattern WAIVER = Pattern.compile("\\bwaiver\\b");
    private static final Pattern SUB_TIER = Pattern.compile("\\bsub ?tier\\b");
    private static final Pattern UNCONDITIONAL = Pattern.compile("\\bunconditional\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("\\bconditional\\b");
    private static final Pattern PAYROLL = Pattern.compile("\\bcertified payroll\\b");
    private static final Pattern INSURANCE = Pattern.compile("\\b(certificate of insurance|insurance certificate|coi)\\b");
    private static final Pattern RECEIPT = Pattern.compile("\\breceipts?\\b");

    private DocumentTypeGuess() {
    }

    static Optional<DocumentType> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", " ");
        boolean waiver = WAIVER.matcher(name).find();
        if (waiver && SUB_TIER.matcher(name).find()) {
            return Optional.of(DocumentType.SUB_TIER_LIEN_WAIVER);
        }
        if (waiver && UNCONDITIONAL.matcher(name).find()) {
            return Optional.of(DocumentType.UNCONDITIONAL_LIEN_WAIVER);
        }
        if (waiver && CONDITIONAL.matcher(name).find()) {
            return Optional.of(DocumentType.LIEN_WAIVER);
        }
        if (PAYROLL.matcher(name).find()) {
            return Optional.of(DocumentType.CERTIFIED_PAYROLL);
        }
        if (INSURANCE.matcher(name).find()) {
            return Optional.of(DocumentType.INSURANCE);
        }
        return RECEIPT.matcher(name).find() ? Optional.of(DocumentType.RECEIPT) : Optional.empty();
    }
}
