package io.ecskit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-level JSON objects of text, numbers and booleans, one per line: what the server's state journal is written in
 * ({@code ecskit server --state-file}), so that only this module knows Jackson.
 */
public final class FlatJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FlatJson() {
    }

    /** The members, in order, as one line of JSON (strings escaped; numbers and booleans as such). */
    public static String write(Map<String, ?> members) {
        ObjectNode object = MAPPER.createObjectNode();
        members.forEach((name, value) -> {
            if (value instanceof Integer i) {
                object.put(name, i);
            } else if (value instanceof Long l) {
                object.put(name, l);
            } else if (value instanceof Boolean b) {
                object.put(name, b);
            } else if (value != null) {
                object.put(name, value.toString());
            }
        });
        return object.toString();
    }

    /** A line of JSON as its members' texts, in order; the problem when it is not a JSON object of such members. */
    public static Either<String, Map<String, String>> read(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return Either.left("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Either.left("not a JSON object");
        }
        Map<String, String> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isContainerNode()) {
                return Either.left("member " + e.getKey() + " is not text, a number or a boolean");
            }
            members.put(e.getKey(), e.getValue().asText());
        }
        return Either.right(members);
    }
}
