package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.FirstAdministratorCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code admin create} as an operator runs it on an empty database, the password typed on standard input. */
final class AdminCreate {

    private AdminCreate() {
    }

    static void run(CompanyService companies, String company, String username, String name, String email,
                    String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = FirstAdministratorCommand.run(new String[] {"admin", "create", "--company=" + company,
                        "--username=" + username, "--name=" + name, "--email=" + email}, companies, variable -> null,
                null, new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }
}
