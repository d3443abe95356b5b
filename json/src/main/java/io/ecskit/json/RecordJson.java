package io.ecskit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.WireValue;
import io.vavr.collection.Map;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Any domain value as JSON, for the CLI's {@code --output json}: records become objects (absent
 * options left out), vavr collections arrays or objects, enums their AWS spelling, ARNs and
 * instants their text.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(node(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * The value as a JSON tree: records with an AWS shape as that shape's JSON (the AWS CLI's member
     * names and nesting), other records member by member, absent options left out.
     */
    public static JsonNode tree(Object value) {
        return node(value);
    }

    private static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode json) {
            return json;
        }
        if (value instanceof JsonDocument document) {
            return document.node();
        }
        if (value instanceof io.vavr.control.Either<?, ?> either) {
            return either.isRight() ? node(either.get()) : node(either.getLeft());
        }
        if (value instanceof Record && EcsJson.hasShape(value)) {
            return EcsJson.node(value);
        }
        if (value instanceof Option<?> option) {
            return option.isDefined() ? node(option.get()) : NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach(entry -> object.set(String.valueOf(entry._1), node(entry._2)));
            return object;
        }
        if (value instanceof Traversable<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof java.time.Instant || value instanceof java.time.Duration) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Integer || value instanceof Long) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof WireValue wire) {
            return NODES.textNode(wire.wire());
        }
        if (value instanceof Record record && !hasCustomText(record)) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                JsonNode field = node(read(component, record));
                if (!field.isNull()) {
                    object.set(component.getName(), field);
                }
            }
            return object;
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** Value types that print themselves in AWS's format (ARNs, names) stay text. */
    private static boolean hasCustomText(Record record) {
        try {
            return record.getClass().getMethod("toString").getDeclaringClass() == record.getClass()
                    && record.getClass().getRecordComponents().length <= 4
                    && record.getClass().getPackageName().startsWith("io.ecskit.domain.arn");
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
