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
}
