package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object field by field, remembering which fields it read: whatever is left at
 * {@link #finish()} is unknown and becomes a warning. Type errors become violations with the
 * field's JSON path; reading goes on, so one pass finds them all.
 */
final class NodeReader {

    /** Where violations and warnings of one document collect. */
    static final class Problems {
        final java.util.List<Violation> violations = new ArrayList<>();
        final java.util.List<JsonWarning> warnings = new ArrayList<>();
    }

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new HashSet<>();

    NodeReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Known fields that carry nothing for the model (read-only fields of describe output). */
    void ignore(String... fields) {
        read.addAll(java.util.List.of(fields));
    }

    Option<JsonNode> field(String name) {
        read.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Option.none() : Option.of(value);
    }

    Option<String> string(String name) {
        return field(name).flatMap(v -> v.isTextual() ? Option.of(v.textValue()) : typeError(name, v, "string"));
    }

    String requiredString(String name) {
        return string(name).getOrElse("");
    }

    Option<Integer> integer(String name) {
        return field(name).flatMap(v -> v.canConvertToExactIntegral() && v.canConvertToInt()
                ? Option.of(v.intValue())
                : typeError(name, v, "integer"));
    }

    Option<Boolean> bool(String name) {
        return field(name).flatMap(v -> v.isBoolean() ? Option.of(v.booleanValue()) : typeError(name, v, "boolean"));
    }

    /** Task cpu/memory: the CLI takes a string ("1 vCPU", "1024") and ecskit also a number. */
    Option<String> sizeText(String name) {
        return field(name).flatMap(v -> v.isTextual() || v.isIntegralNumber()
                ? Option.of(v.asText())
                : typeError(name, v, "string"));
    }

    /** A value of an AWS enum; anything else is ECS's model-validation error. */
    <E> Option<E> enumValue(String name, Function<String, Option<E>> parse, Seq<String> allowed) {
        return string(name).flatMap(text -> {
            Option<E> value = parse.apply(text);
            if (value.isEmpty()) {
                enumValueError(name, text, allowed);
            }
            return value;
        });
    }

    /** ECS's model-validation wording for a value outside an enum. */
    void enumValueError(String name, String text, Seq<String> allowed) {
        problems.violations.add(Violation.invalidParameter(pathOf(name), "1 validation error detected: Value '"
                + text + "' at '" + pathOf(name) + "' failed to satisfy constraint: Member must satisfy enum value set: "
                + allowed.mkString("[", ", ", "]")));
    }

    List<String> strings(String name) {
        return array(name).zipWithIndex().flatMap(ei -> ei._1.isTextual()
                ? Option.of(ei._1.textValue())
                : typeError(name + "[" + ei._2 + "]", ei._1, "string"));
    }

    <T> List<T> objects(String name, Function<NodeReader, T> reader) {
        return array(name).zipWithIndex().flatMap(ei -> readObject(name + "[" + ei._2 + "]", ei._1, reader));
    }

    <T> Option<T> object(String name, Function<NodeReader, T> reader) {
        return field(name).flatMap(v -> readObject(name, v, reader));
    }

    Map<String, String> stringMap(String name) {
        return field(name).map(v -> {
            if (!v.isObject()) {
                typeError(name, v, "map");
                return LinkedHashMap.<String, String>empty();
            }
            Map<String, String> result = LinkedHashMap.empty();
            for (Iterator<java.util.Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                var entry = it.next();
                if (entry.getValue().isTextual()) {
                    result = result.put(entry.getKey(), entry.getValue().textValue());
                } else {
                    typeError(name + "." + entry.getKey(), entry.getValue(), "string");
                }
            }
            return result;
        }).getOrElse(LinkedHashMap.empty());
    }

    /** Warns about every field nobody read. Call once, after reading every known field. */
    void finish() {
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                problems.warnings.add(new JsonWarning(pathOf(name), "unknown field, ignored by ecskit"));
            }
        });
    }

    private List<JsonNode> array(String name) {
        return field(name).map(v -> v.isArray() ? List.ofAll(v) : NodeReader.<JsonNode>none(typeError(name, v, "list")))
                .getOrElse(List.empty());
    }

    private static <T> List<T> none(Option<T> discarded) {
        return List.empty();
    }

    private <T> Option<T> readObject(String name, JsonNode value, Function<NodeReader, T> reader) {
        if (!value.isObject()) {
            return typeError(name, value, "structure");
        }
        NodeReader nested = new NodeReader(value, pathOf(name), problems);
        T result = reader.apply(nested);
        nested.finish();
        return Option.of(result);
    }

    /** The AWS CLI's client-side parameter validation wording. */
    private <T> Option<T> typeError(String name, JsonNode value, String expected) {
        problems.violations.add(Violation.invalidParameter(pathOf(name), "Invalid type for parameter " + pathOf(name)
                + ", value: " + value + ", valid types: " + expected));
        return Option.none();
    }
}
