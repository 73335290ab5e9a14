package com.invoicebackups;

import com.invoicebackups.backup.pdf.CompileCommand;
import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("compile")) {
            // the backup engine on its own: no web server, no database; the backup's warnings say what iText would log
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.itextpdf")).setLevel(Level.OFF);
            System.exit(CompileCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
