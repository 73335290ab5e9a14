package com.invoicebackups.company;

import com.invoicebackups.shared.RuleViolation;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code admin create --company=... --username=... --name=... --email=...}: the first company and its
 * administrator on an empty database. The password is typed at the terminal without echo, or comes from
 * INVOICEBACKUPS_ADMIN_PASSWORD or standard input; never from the arguments, which other users of the machine can read.
 */
@Command(name = "create", sortOptions = false, usageHelpWidth = 100,
        exitCodeOnInvalidInput = 1,
        description = {"Creates the first company and its administrator on an empty database.",
                "The password is typed without echo, or comes from " + FirstAdministratorCommand.PASSWORD_VARIABLE
                        + " or one line of standard input; never from the arguments.",
                "Settings (the database, say) as for the application: --name=value."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "1:wrong arguments or password", "3:refused: the database has users already"})
public final class FirstAdministratorCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "INVOICEBACKUPS_ADMIN_PASSWORD";

    private static final Map<String, String> MESSAGES = Map.of(
            "admin.error.exists", "A first administrator exists already: this database has users. Further users are"
                    + " added by an administrator in the product.",
            "admin.error.password", "The password needs at least 12 characters.",
            "admin.error.missing", "Give --company, --username, --name and --email.");

    @Option(names = "--company", required = true, paramLabel = "NAME", description = "the general contractor")
    private String company;

    @Option(names = "--username", required = true, paramLabel = "USER", description = "the administrator's sign-in name")
    private String username;

    @Option(names = "--name", required = true, paramLabel = "FULL NAME", description = "the administrator's name")
    private String name;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the administrator's address")
    private String email;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    private boolean help;

    /** The application's own settings, read by it. */
    @Unmatched
    private List<String> settings;

    private final Supplier<CompanyService> companies;
    private final Function<String, String> environment;
    private final Console terminal;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param companies the application's, opened only once the arguments are understood
     * @param terminal  the console when a person types at it, or null
     */
    public FirstAdministratorCommand(Supplier<CompanyService> companies, Function<String, String> environment,
                                     Console terminal, InputStream in, PrintStream out, PrintStream err) {
        this.companies = companies;
        this.environment = environment;
        this.terminal = terminal;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the command line, "admin create" first. */
    public static int run(String[] args, CompanyService companies, Function<String, String> environment,
                          Console terminal, InputStream in, PrintStream out, PrintStream err) {
        return new CommandLine(new FirstAdministratorCommand(() -> companies, environment, terminal, in, out, err))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(Arrays.copyOfRange(args, 2, args.length));
    }

    /**
     * Refused because users exist is said before a password is asked for. On a terminal the password is read without
     * echo; otherwise as one line of standard input.
     */
    @Override
    public Integer call() {
        CompanyService service = companies.get();
        if (service.anyUser()) {
            err.println(MESSAGES.get("admin.error.exists"));
            return 3;
        }
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null && terminal != null) {
            char[] typed = terminal.readPassword("Password for the new administrator (not shown as you type): ");
            password = typed == null ? null : new String(typed);
        } else if (password == null) {
            out.println("Password for the new administrator (one line on standard input):");
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                password = null;
            }
        }
        try {
            UserAccount admin = service.createFirstAdministrator(company, username, name, email, password);
            out.println("Created company " + company.strip() + " and its administrator "
                    + admin.username() + ". Sign in with that user name and the password.");
            return 0;
        } catch (RuleViolation refused) {
            err.println(MESSAGES.getOrDefault(refused.messageKey(), refused.getMessage()));
            return refused.messageKey().equals("admin.error.exists") ? 3 : 1;
        }
    }
}
