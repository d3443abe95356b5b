package io.ecskit.cli;

import io.ecskit.json.JsonDocument;

/**
 * What a command answers when it ran: the text people read, the JSON document {@code --output json}
 * prints, and the exit code (0, or 3 for a deployment that did not succeed: its outcome is still printed).
 *
 * @param json the value printed with {@code --output json}: a model record (AWS's shape), a {@link JsonDocument}, a list
 * @param text what {@code --output text} prints; empty prints nothing
 * @param exitCode the process's exit code
 */
record Printed(Object json, String text, int exitCode) {

    static Printed of(Object json, String text) {
        return new Printed(json, text, EcskitCli.OK);
    }

    /** Nothing more to print: what the command had to say it printed as it went (JSON Lines, say). */
    static Printed nothing() {
        return new Printed(null, "", EcskitCli.OK);
    }

    String render(boolean asJson) {
        return !asJson ? text : json == null ? "" : JsonDocument.pretty(json);
    }
}
