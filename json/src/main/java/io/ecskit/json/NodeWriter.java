package io.ecskit.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.WireValue;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.function.Function;

/** Builds one JSON object; absent options and empty lists are left out, as the AWS CLI does. */
final class NodeWriter {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    ObjectNode node() {
        return node;
    }

    NodeWriter put(String name, String value) {
        node.put(name, value);
        return this;
    }

    NodeWriter put(String name, int value) {
        node.put(name, value);
        return this;
    }

    NodeWriter put(String name, Option<?> value) {
        value.forEach(v -> {
            if (v instanceof String s) {
                node.put(name, s);
            } else if (v instanceof Integer i) {
                node.put(name, i);
            } else if (v instanceof Boolean b) {
                node.put(name, b);
            } else if (v instanceof WireValue w) {
                node.put(name, w.wire());
            } else {
                throw new IllegalArgumentException("no JSON form for " + v.getClass());
            }
        });
        return this;
    }

    NodeWriter strings(String name, Seq<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    <T> NodeWriter objects(String name, Seq<T> values, Function<T, NodeWriter> writer) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(writer.apply(v).node()));
        }
        return this;
    }

    <T> NodeWriter object(String name, Option<T> value, Function<T, NodeWriter> writer) {
        value.forEach(v -> node.set(name, writer.apply(v).node()));
        return this;
    }

    NodeWriter map(String name, Map<String, String> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(name);
            values.forEach(object::put);
        }
        return this;
    }
}
