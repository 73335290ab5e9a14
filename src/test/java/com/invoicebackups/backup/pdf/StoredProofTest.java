package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document is proven once, where it arrives: the verdict names the version of the proof its bytes passed, and a
 * compile that is told those bytes passed the current version does not walk them again. Other bytes are proven.
 */
class StoredProofTest {

    @TempDir
    Path folder;

    @Test
    void a_verdict_names_the_proof_a_pdf_passed_and_nothing_else_claims_one() throws IOException {
        SourceJudge judge = new SourceJudge(Duration.ofSeconds(30));
        Path pdf = Files.write(folder.resolve("waiver.pdf"), TestFiles.pdf("Waiver", 2));
        Path jpeg = Files.write(folder.resolve("receipt.jpg"), TestFiles.jpeg(300, 200));

        assertThat(judge.judge(pdf, "waiver.pdf").proofVersion()).isEqualTo(SourceJudge.PROOF_VERSION);
        assertThat(judge.judge(jpeg, "receipt.jpg").proofVersion()).isNull();
        Path bomb = Files.write(folder.resolve("bomb.pdf"), RawPdf.contentBomb("", 200));
        assertThat(judge.judge(bomb, "bomb.pdf").proofVersion()).isNull();
    }

    @Test
    void a_stored_proof_spares_the_walk_for_the_very_bytes_it_was_made_for_only() throws Exception {
        // a file the proof refuses shows whether the proof ran
        byte[] bomb = RawPdf.contentBomb("", 200);
        Path file = Files.write(folder.resolve("bomb.pdf"), bomb);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bomb));
        try (SecondReader secondReader = new SecondReader()) {
            SourceOpener opener = new SourceOpener(Duration.ofSeconds(30), Long.MAX_VALUE, secondReader);

            assertThat(opener.open(file, "bomb.pdf", null)).isInstanceOf(OpenedSource.LeftOut.class);
            assertThat(opener.open(file, "bomb.pdf", "0".repeat(64))).isInstanceOf(OpenedSource.LeftOut.class);
            OpenedSource trusted = opener.open(file, "bomb.pdf", sha256);
            assertThat(trusted).isInstanceOf(OpenedSource.Pdf.class);
            ((OpenedSource.Pdf) trusted).close();
        }
    }

}
