package io.ecskit.domain;

import java.util.Objects;

/**
 * A JSON document ECS passes through unread (a lifecycle hook's {@code hookDetails}), kept as
 * compact JSON text. The domain does not parse it; adapters write it in compact form, so two
 * equal documents have equal text.
 *
 * @param json the document as compact JSON text
 */
public record JsonText(String json) {

    /**
     * The document from its compact JSON text.
     *
     * @throws NullPointerException when {@code json} is null (the text itself is not parsed).
     */
    public JsonText {
        Objects.requireNonNull(json, "json");
    }

    @Override
    public String toString() {
        return json;
    }

    /** {@code text} as a JSON string literal (quotes, backslashes and control characters escaped). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    /** Appends {@code text} to {@code out} as a JSON string literal. */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
