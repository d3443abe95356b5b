package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.WireValue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;

/**
 * A domain record as the JSON of an event's {@code detail}: the domain's component names are AWS's member names, so a
 * record is written member by member (absent options left out, lists as arrays, enums and ARNs as AWS spells them,
 * timestamps in ISO 8601 as ECS's events carry them).
 */
final class DetailJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DetailJson() {
    }

    static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof io.vavr.control.Option<?> option) {
            return option.isEmpty() ? null : of(option.get());
        }
        if (value instanceof WireValue wire) {
            return NODES.textNode(wire.wire());
        }
        if (value instanceof CharSequence text) {
            return NODES.textNode(text.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (value instanceof Instant instant) {
            return NODES.textNode(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof io.vavr.collection.Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach(t -> {
                JsonNode v = of(t._2);
                if (v != null) {
                    object.set(String.valueOf(t._1), v);
                }
            });
            return object;
        }
        if (value instanceof Iterable<?> items) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : items) {
                JsonNode v = of(item);
                if (v != null) {
                    array.add(v);
                }
            }
            return array;
        }
        if (value instanceof Record record) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    JsonNode v = of(component.getAccessor().invoke(record));
                    if (v != null) {
                        object.set(component.getName(), v);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a record's accessor is public", e);
                }
            }
            return object;
        }
        return NODES.textNode(String.valueOf(value));
    }
}
