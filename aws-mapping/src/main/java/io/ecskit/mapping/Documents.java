package io.ecskit.mapping;

import io.ecskit.domain.JsonText;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link JsonText} to the SDK's {@link Document} and back, with the SDK's own JSON parser.
 * Documents print as compact JSON, members in their order, so equal documents have equal text.
 */
final class Documents {

    private Documents() {
    }

    static Document document(JsonText text) {
        return document(JsonNode.parser().parse(text.json()));
    }

    private static Document document(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.asObject().forEach((k, v) -> map.put(k, document(v)));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            java.util.List<Document> list = new ArrayList<>();
            node.asArray().forEach(v -> list.add(document(v)));
            return Document.fromList(list);
        }
        if (node.isString()) {
            return Document.fromString(node.asString());
        }
        if (node.isNumber()) {
            return Document.fromNumber(node.asNumber());
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.asBoolean());
        }
        return Document.fromNull();
    }

    static JsonText text(Document document) {
        StringBuilder out = new StringBuilder();
        write(document, out);
        return new JsonText(out.toString());
    }

    private static void write(Document document, StringBuilder out) {
        if (document.isMap()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Document> e : document.asMap().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (document.isList()) {
            out.append('[');
            for (int i = 0; i < document.asList().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(document.asList().get(i), out);
            }
            out.append(']');
        } else if (document.isString()) {
            string(document.asString(), out);
        } else if (document.isNumber()) {
            out.append(number(document.asNumber()));
        } else if (document.isBoolean()) {
            out.append(document.asBoolean());
        } else {
            out.append("null");
        }
    }

    private static String number(SdkNumber number) {
        BigDecimal value = number.bigDecimalValue();
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : stripped.toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        io.ecskit.domain.JsonText.quote(s, out);
    }
}
