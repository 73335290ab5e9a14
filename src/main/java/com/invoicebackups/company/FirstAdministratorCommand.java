package com.invoicebackups.company;

import com.invoicebackups.shared.RuleViolation;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code admin create --company=... --username=... --name=... --email=...}: the first company and its
 * administrator on an empty database. The password is typed at the terminal without echo, or comes from
 * INVOICEBACKUPS_ADMIN_PASSWORD or standard input; never from the arguments, which other users of the machine can read.
 */
public final class FirstAdministratorCommand {

    static final String PASSWORD_VARIABLE = "INVOICEBACKUPS_ADMIN_PASSWORD";

    private static final Map<String, String> MESSAGES = Map.of(
            "admin.error.exists", "A first administrator exists already: this database has users. Further users are"
                    + " added by an administrator in the product.",
            "admin.error.password", "The password needs at least 12 characters.",
            "admin.error.missing", "Give --company, --username, --name and --email.");

    private FirstAdministratorCommand() {
    }

    /**
     * Exit codes: 0 created, 1 bad arguments or password, 3 refused because users exist (said before a password is
     * asked for). On a terminal the password is read without echo; otherwise as one line of {@code in}.
     *
     * @param terminal the console when a person types at it, or null
     */
    public static int run(String[] args, CompanyService companies, Function<String, String> environment,
                          Console terminal, InputStream in, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("create")) {
            err.println("Usage: admin create --company=NAME --username=USER --name=\"FULL NAME\" --email=EMAIL"
                    + " (password from " + PASSWORD_VARIABLE + " or standard input)");
            return 1;
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        if (companies.anyUser()) {
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
            UserAccount admin = companies.createFirstAdministrator(options.get("company"), options.get("username"),
                    options.get("name"), options.get("email"), password);
            out.println("Created company " + options.get("company").strip() + " and its administrator "
                    + admin.username() + ". Sign in with that user name and the password.");
            return 0;
        } catch (RuleViolation refused) {
            err.println(MESSAGES.getOrDefault(refused.messageKey(), refused.getMessage()));
            return refused.messageKey().equals("admin.error.exists") ? 3 : 1;
        }
    }
}
