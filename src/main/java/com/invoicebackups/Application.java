package com.invoicebackups;

import com.invoicebackups.backup.pdf.CompileCommand;
import com.invoicebackups.backup.pdf.PdfBoxRebuild;
import com.invoicebackups.backup.pdf.SecondReader;
import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("compile")) {
            // the backup engine on its own: no web server, no database; the backup's warnings say what iText would log
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.itextpdf")).setLevel(Level.OFF);
            System.exit(CompileCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(SecondReader.COMMAND)) {
            // the backup's second reader in its own process: answers on standard output, so nothing may log there
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
            PdfBoxRebuild.serve();
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
