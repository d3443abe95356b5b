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
    void aCommandLineNamingOneCommand_buildsThatCommandAlone_andItIsTheSameCommand() {
        EcskitCli.KitOpener none = options -> Either.left(Failure.invalid("no kit in this test"));
        for (var entry : cli.getSubcommands().entrySet()) {
            String name = entry.getKey();
            CommandLine alone = EcskitCli.commandLine(none, "--region", "eu-west-1", "--output=json", name, "--help");
            boolean aboutTheOthers = name.equals("help") || name.equals("generate-completion");
            assertThat(alone.getSubcommands().keySet()).as(name).isEqualTo(aboutTheOthers ? cli.getSubcommands().keySet() : java.util.Set.of(name));
            assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name).isEqualTo(entry.getValue().getUsageMessage());
        }
        // no command, a misspelt one, an option's value that looks like one: every command, so help and suggestions list them all
        assertThat(EcskitCli.commandLine(none).getSubcommands()).hasSize(cli.getSubcommands().size());
        assertThat(EcskitCli.commandLine(none, "deplyo").getSubcommands()).hasSize(cli.getSubcommands().size());
        assertThat(EcskitCli.commandLine(none, "--profile", "server").getSubcommands()).hasSize(cli.getSubcommands().size());
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
