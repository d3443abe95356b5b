package io.ecskit.cli;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What help promises, checked over the whole command tree: every option described, every command with examples. */
class HelpTextTest {

    private final CommandLine cli = EcskitCli.commandLine(options -> Either.left(Failure.invalid("no kit in this test")));

    private List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        cli.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    @Test
    void everyOptionAndParameter_hasADescription() {
        List<String> undescribed = new ArrayList<>();
        for (CommandSpec command : commands()) {
            command.options().stream().filter(o -> !o.hidden())
                    .filter(o -> o.description().length == 0 || String.join("", o.description()).isBlank())
                    .forEach(o -> undescribed.add(command.qualifiedName() + " " + o.longestName()));
            command.positionalParameters().stream().filter(p -> !p.hidden())
                    .filter(p -> p.description().length == 0 || String.join("", p.description()).isBlank())
                    .forEach(p -> undescribed.add(command.qualifiedName() + " " + p.paramLabel()));
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyCommandOfOurs_showsExamples_andADescriptionEndingInAFullStop() {
        for (CommandSpec command : commands()) {
            if (command.name().equals("help") || command.name().equals("generate-completion")) {
                continue;
            }
            assertThat(command.usageMessage().footer()).as(command.name() + " examples").isNotEmpty();
            String[] description = command.usageMessage().description();
            assertThat(description[description.length - 1]).as(command.name() + " description").endsWith(".");
        }
    }
}
