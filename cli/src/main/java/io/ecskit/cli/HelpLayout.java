package io.ecskit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS;

/**
 * How every command's help reads: a short synopsis (required options, parameters, then [OPTIONS]),
 * the command's own options, the global options once after them, examples, exit codes.
 */
final class HelpLayout {

    private static final String GLOBAL_HEADING = "ecskitGlobalOptionsHeading";
    private static final String GLOBAL = "ecskitGlobalOptions";

    static final Map<String, String> EXIT_CODES = exitCodes();

    private HelpLayout() {
    }

    static void apply(CommandLine root) {
        apply(root, true);
    }

    private static void apply(CommandLine command, boolean isRoot) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.optionListHeading("%nOptions:%n").parameterListHeading("%nParameters:%n")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES).commandListHeading("%nCommands:%n");
        if (usage.footer().length > 0) {
            usage.footerHeading("%nExamples:%n");
        }
        if (!isRoot) {
            Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
            sections.put(SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
            sections.put(SECTION_KEY_OPTION_LIST, help -> help.optionListExcludingGroups(options(help, false)));
            sections.put(GLOBAL_HEADING, help -> options(help, true).isEmpty() ? "" : help.createHeading("%nGlobal options:%n"));
            sections.put(GLOBAL, help -> help.optionListExcludingGroups(options(help, true)));
            List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
            int after = keys.indexOf(SECTION_KEY_OPTION_LIST) + 1;
            keys.add(after, GLOBAL_HEADING);
            keys.add(after + 1, GLOBAL);
            command.setHelpSectionKeys(keys);
        }
        command.getSubcommands().values().forEach(sub -> apply(sub, false));
    }

    private static List<OptionSpec> options(CommandLine.Help help, boolean inherited) {
        java.util.Set<String> apply = help.commandSpec().userObject() instanceof CliCommand command
                ? command.globalOptionsThatApply() : java.util.Set.of();
        return help.commandSpec().options().stream().filter(o -> !o.hidden() && o.inherited() == inherited)
                .filter(o -> !inherited || apply.isEmpty() || apply.contains(o.longestName())).toList();
    }

    /** {@code ecskit deploy --task-definition=FILE [OPTIONS]}: what must be given, then that more may be. */
    private static String synopsis(CommandLine.Help help) {
        StringBuilder line = new StringBuilder(help.commandSpec().qualifiedName());
        boolean optional = false;
        for (OptionSpec option : help.commandSpec().options()) {
            if (option.required() && !option.inherited()) {
                line.append(' ').append(option.longestName()).append('=').append(option.paramLabel());
            } else if (!option.hidden()) {
                optional = true;
            }
        }
        help.commandSpec().positionalParameters().forEach(p -> line.append(' ')
                .append(p.arity().min() > 0 ? p.paramLabel() : "[" + p.paramLabel() + "]"));
        if (optional) {
            line.append(" [OPTIONS]");
        }
        if (!help.subcommands().isEmpty()) {
            line.append(" [COMMAND]");
        }
        return line + System.lineSeparator();
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "Done (with --no-wait: the deployment started)");
        codes.put("1", "Failed: AWS, the network or ecskit itself; one line says why");
        codes.put("2", "Invalid input: every problem is listed, by ecskit or in ECS's words");
        codes.put("3", "The deployment did not succeed (failed, rolled back, superseded, timed out)");
        return codes;
    }
}
