package com.invoicebackups.backup.pdf;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A company's signing key and certificate chain, read from a PKCS#12 keystore. A sealed backup carries
 * a PAdES baseline B signature over the whole file: any byte changed afterwards breaks it.
 */
public final class PackageSeal {

    /** Where the visible signature sits on the cover sheet, below the facts and clear of the page stamp. */
    static final Rectangle ON_COVER = new Rectangle(40, 110, 532, 90);
    static final String FIELD = "Seal";

    private final PrivateKey key;
    private final Certificate[] chain;
    private final String signer;

    private PackageSeal(PrivateKey key, Certificate[] chain, String signer) {
        this.key = key;
        this.chain = chain;
        this.signer = signer;
    }

    /** The first private key entry of the keystore; a wrong password or a keystore without a key is refused. */
    public static PackageSeal load(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                Certificate[] chain = store.getCertificateChain(alias);
                if (chain != null && chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
                    certificate.checkValidity();
                    return new PackageSeal(key, chain, signerName(certificate));
                }
            }
        }
        throw new GeneralSecurityException("The keystore holds no private key with a certificate: " + keystore.getFileName());
    }

    /**
     * Writes a new keystore with a key pair and a self-signed certificate for {@code organisation}, valid for ten
     * years from {@code from}: enough for a demonstration or a trial, not trusted by any reader until imported.
     */
    public static void createSelfSigned(Path keystore, char[] password, String organisation, Instant from)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, organisation + " backup seal")
                .addRDN(BCStyle.O, organisation).build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(from.toEpochMilli()),
                Date.from(from.minus(Duration.ofDays(1))), Date.from(from.plus(Duration.ofDays(3650))), name,
                pair.getPublic());
        try {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", pair.getPrivate(), password, new Certificate[] {certificate});
            Path partial = keystore.resolveSibling(keystore.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, password);
            }
            Files.move(partial, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Who signs, as the certificate names them: its organisation, else its common name. */
    public String signer() {
        return signer;
    }

    /** Signs {@code unsigned} into {@code out} in append mode, so the compiled bytes are kept as they are. */
    void sign(Path unsigned, OutputStream out, Words words, ZonedDateTime at, boolean onCover, Path temporaryFolder)
            throws IOException, GeneralSecurityException {
        GregorianCalendar date = GregorianCalendar.from(at);
        SignerProperties properties = new SignerProperties().setFieldName(FIELD).setClaimedSignDate(date)
                .setReason(words.get("backup.seal.reason")).setSignatureCreator(words.get("app.name"));
        if (onCover) {
            SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                    .setContent(words.get("backup.seal.appearance", signer, words.formats().dateTime(at)));
            appearance.setFontSize(11);
            appearance.setBorder(new SolidBorder(ColorConstants.GRAY, 0.75f));
            properties.setPageNumber(1).setPageRect(ON_COVER).setSignatureAppearance(appearance);
        }
        try (PdfReader reader = new PdfReader(unsigned.toFile())) {
            new PdfPadesSigner(reader, out)
                    .setStampingProperties(new StampingProperties().useAppendMode())
                    .setTemporaryDirectoryPath(temporaryFolder.toString())
                    .signWithBaselineBProfile(properties, chain, key);
        }
    }

    private static String signerName(X509Certificate certificate) {
        try {
            String commonName = null;
            for (Rdn part : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (part.getType().equalsIgnoreCase("O")) {
                    return part.getValue().toString();
                }
                if (part.getType().equalsIgnoreCase("CN")) {
                    commonName = part.getValue().toString();
                }
            }
            return commonName != null ? commonName : certificate.getSubjectX500Principal().getName();
        } catch (InvalidNameException e) {
            return certificate.getSubjectX500Principal().getName();
        }
    }

    @Override
    public String toString() {
        return "PackageSeal[" + signer + "]";
    }
}
