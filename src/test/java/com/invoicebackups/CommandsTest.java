package com.invoicebackups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One parser for every command: each says how it is used, and none starts the application before its arguments hold. */
class CommandsTest {

    private record Run(int exit, String out, String err, boolean started) {
    }

    @Test
    void help_lists_every_command_and_each_command_has_its_own() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: java -jar invoice-backups.jar", "compile", "admin", "documents");

        Run compile = run("compile", "--help");
        assertThat(compile.exit()).isZero();
        assertThat(compile.out()).contains("--input=DIR", "--output=FILE.pdf", "--max-volume-mb=N", "Exit codes:");

        Run create = run("admin", "create", "--help");
        assertThat(create.exit()).isZero();
        assertThat(create.out()).contains("--company=NAME", "--username=USER", "INVOICEBACKUPS_ADMIN_PASSWORD");
        assertThat(run("documents", "import", "--help").out()).contains("--from=FOLDER");
        assertThat(run("help", "compile").out()).contains("--input=DIR");
        assertThat(create.started() || compile.started() || help.started()).as("no application for help").isFalse();
    }

    @Test
    void wrong_arguments_are_refused_before_the_application_starts() {
        Run missing = run("admin", "create", "--company=Keystone", "--username=dana", "--spring.datasource.url=x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("Missing required options: '--name=FULL NAME', '--email=EMAIL'");
        assertThat(missing.started()).isFalse();

        Run noSubcommand = run("documents");
        assertThat(noSubcommand.exit()).isNotZero();
        assertThat(noSubcommand.err()).contains("Missing required subcommand", "import");

        Run badNumber = run("compile", "--input", ".", "--output", "x.pdf", "--max-volume-mb", "many");
        assertThat(badNumber.exit()).isEqualTo(2);
        assertThat(badNumber.err()).contains("Invalid value for option '--max-volume-mb'");

        Run tooMany = run("compile", "--input=.", "--output=x.pdf", "--source-seconds=0");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--source-seconds and --max-volume-mb take a whole number from 1 to");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean[] started = {false};
        int exit = Commands.run(args, arguments -> {
            started[0] = true;
            throw new IllegalStateException("the application was started");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), started[0]);
    }
}
