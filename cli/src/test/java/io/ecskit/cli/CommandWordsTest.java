package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run-task --command}: words as a POSIX shell splits them, or a JSON array. */
class CommandWordsTest {

    @Test
    void plainWords_splitOnWhitespace() {
        assertThat(TaskCommands.words("  rails   db:migrate ").get()).containsExactly("rails", "db:migrate");
    }

    @Test
    void quotes_keepSpaces_andBackslashesEscapeOutsideSingleQuotes() {
        assertThat(TaskCommands.words("sh -c 'echo \"a b\" $HOME'").get()).containsExactly("sh", "-c", "echo \"a b\" $HOME");
        assertThat(TaskCommands.words("echo \"say \\\"hi\\\"\" a\\ b ''").get()).containsExactly("echo", "say \"hi\"", "a b", "");
    }

    @Test
    void aJsonArray_isTakenAsIs() {
        assertThat(TaskCommands.words("[\"sh\", \"-c\", \"exit 3\"]").get()).containsExactly("sh", "-c", "exit 3");
    }

    @Test
    void unclosedQuotes_emptyCommands_andArraysOfNonStrings_areRefused() {
        assertThat(TaskCommands.words("sh -c 'exit").getLeft().lines()).containsExactly("--command: the quote ' is never closed");
        assertThat(TaskCommands.words("   ").getLeft().lines()).containsExactly("--command: empty");
        assertThat(TaskCommands.words("[1, 2]").getLeft().lines().head()).startsWith("--command: expected a JSON array of strings");
    }
}
