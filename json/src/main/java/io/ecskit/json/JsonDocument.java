package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON object put together member by member, for outputs that are not one AWS shape (a command's
 * summary that embeds AWS-shaped records): values go through {@link RecordJson#tree}, so a record with
 * an AWS shape nests as that shape. Printed the way the AWS CLI prints, 4-space indented.
 */
public final class JsonDocument {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private JsonDocument() {
    }

    /** An empty object. */
    public static JsonDocument object() {
        return new JsonDocument();
    }

    /** Sets member {@code name}; an absent option or {@code null} leaves it out. Returns this document. */
    public JsonDocument put(String name, Object value) {
        JsonNode tree = RecordJson.tree(value instanceof JsonDocument document ? document.node : value);
        if (!tree.isNull()) {
            node.set(name, tree);
        }
        return this;
    }

    /** The document, pretty-printed. */
    public String pretty() {
        return SdkJson.pretty(node);
    }

    /** The document on one line (a line of JSON Lines output). */
    public String compact() {
        return node.toString();
    }

    /** Any value as pretty JSON, as {@link RecordJson#tree} renders it. */
    public static String pretty(Object value) {
        return SdkJson.pretty(RecordJson.tree(value));
    }

    JsonNode node() {
        return node;
    }
}
