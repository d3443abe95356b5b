package io.ecskit.cli;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/cli-reference.md is the CLI's help, generated from picocli's model of the commands (issue 24 item 2), so the
 * reference cannot drift from the tool: this test renders it and fails when the file says anything else.
 * {@code mvn -pl cli test -Dtest=CliReferenceTest -Decskit.docs.write=true} writes it anew.
 */
class CliReferenceTest {

    static final Path REFERENCE = Path.of("..", "docs", "cli-reference.md");

    static String render() {
        CommandLine cli = EcskitCli.commandLine(options -> Either.left(Failure.invalid("no kit: help only")));
        // a fixed width, whatever the terminal: the file is the same on every machine
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(100);
        StringBuilder md = new StringBuilder();
        md.append("# `ecskit` command reference\n\n")
                .append("[ecskit](../README.md#documentation) › [The `ecskit` command](cli.md) › reference\n\n")
                .append("Every command's `--help`, as the tool prints it. Generated from the commands themselves by `CliReferenceTest`\n")
                .append("(`mvn -pl cli test -Dtest=CliReferenceTest -Decskit.docs.write=true`), which fails the build when this page\n")
                .append("and the tool disagree.\n\n");
        md.append("## ecskit\n\n```\n").append(usage(cli)).append("```\n");
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            md.append("\n## ecskit ").append(sub.getKey()).append("\n\n```\n").append(usage(sub.getValue())).append("```\n");
        }
        return md.toString();
    }

    private static String usage(CommandLine command) {
        command.setUsageHelpAutoWidth(false);
        command.setUsageHelpWidth(100);
        String text = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        // trailing spaces are invisible in a page and differ between editors
        return text.replaceAll("[ \\t]+\\n", "\n");
    }

    @Test
    void theReference_isWhatTheToolPrints() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("ecskit.docs.write")) {
            Files.writeString(REFERENCE, rendered);
        }
        assertThat(REFERENCE).as("docs/cli-reference.md exists; write it with -Decskit.docs.write=true").exists();
        assertThat(Files.readString(REFERENCE))
                .as("docs/cli-reference.md is stale: mvn -pl cli test -Dtest=CliReferenceTest -Decskit.docs.write=true")
                .isEqualTo(rendered);
        assertThat(rendered).contains("## ecskit deploy", "## ecskit server", "--task-definition");
    }
}
