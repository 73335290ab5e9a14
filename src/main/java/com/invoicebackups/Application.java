package com.invoicebackups;

import ch.qos.logback.classic.Level;
import com.invoicebackups.backup.pdf.PdfBoxRebuild;
import com.invoicebackups.backup.pdf.SecondReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals(SecondReader.COMMAND)) {
            // the backup's second reader in its own process: answers on standard output, so nothing may log there
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
            PdfBoxRebuild.serve();
            return;
        }
        if (args.length > 0 && Commands.NAMES.contains(args[0])) {
            // the backup engine on its own says in the backup's warnings what iText would log
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.itextpdf")).setLevel(Level.OFF);
            System.exit(Commands.run(args, Application::commandLine, System.out, System.err));
        }
        application().run(args);
    }

    /**
     * The application for a command: no port is opened (neither the application's nor management's, whatever the
     * configuration says: arguments come first) and no job is taken.
     */
    private static ConfigurableApplicationContext commandLine(String[] args) {
        SpringApplication application = application();
        application.addPrimarySources(List.of(NoJobsTaken.class));
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(Map.<String, Object>of("logging.level.root", "WARN"));
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.addAll(List.of("--server.port=-1", "--management.server.port=-1"));
        return application.run(arguments.toArray(String[]::new));
    }

    /** The application, stopped at once with one line when production has no database to use. */
    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                String problem = ProductionDatabase.problem(prepared.getEnvironment());
                if (problem != null) {
                    System.err.println(problem);
                    System.exit(2);
                }
            }
        });
        return application;
    }
}
