package com.invoicebackups;

import com.invoicebackups.backup.DictionaryWords;
import com.invoicebackups.backup.pdf.CompileCommand;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.FirstAdministratorCommand;
import com.invoicebackups.document.DocumentImportCommand;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.terminology.Dictionary;
import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: one parser for every command, each with {@code --help}. A command that needs the application
 * (its database, its document store) starts it only once its arguments have been understood, and without opening a
 * port or taking a job.
 */
@Command(name = "java -jar invoice-backups.jar", usageHelpWidth = 100,
        description = "Without a command the web application starts; settings as --name=value.",
        commandListHeading = "%nCommands (each with --help):%n", subcommands = CommandLine.HelpCommand.class)
final class Commands {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    private boolean help;

    /** What the first argument is when a command, not the application, is asked for. */
    static final Set<String> NAMES = Set.of("compile", "admin", "documents", "help", "--help", "-h");

    @Command(name = "admin", usageHelpWidth = 100, description = "Administration of an empty database.")
    static final class Admin {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
        private boolean help;
    }

    @Command(name = "documents", usageHelpWidth = 100, description = "The documents of the document store.")
    static final class Documents {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
        private boolean help;
    }

    private Commands() {
    }

    /** {@code application}: starts the application for a command, with the command line's settings. */
    static int run(String[] args, Function<String[], ConfigurableApplicationContext> application, PrintStream out,
                   PrintStream err) {
        ConfigurableApplicationContext[] started = new ConfigurableApplicationContext[1];
        Supplier<ConfigurableApplicationContext> context = () -> started[0] != null ? started[0]
                : (started[0] = application.apply(args));
        Console console = System.console();
        try {
            return new CommandLine(new Commands())
                    .addSubcommand(new CompileCommand(System.getenv(),
                            name -> new DictionaryWords(Dictionary.load(name)),
                            Arrays.stream(DocumentType.values()).map(Enum::name).toList(), out, err))
                    .addSubcommand(new CommandLine(new Admin()).addSubcommand(new FirstAdministratorCommand(
                            () -> context.get().getBean(CompanyService.class), System::getenv,
                            console != null && console.isTerminal() ? console : null, System.in, out, err)))
                    .addSubcommand(new CommandLine(new Documents()).addSubcommand(new DocumentImportCommand(
                            () -> context.get().getBean(DocumentStore.class), out, err)))
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute(args);
        } finally {
            if (started[0] != null) {
                started[0].close();
            }
        }
    }
}
