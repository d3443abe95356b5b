package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.control.Either;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * EventBridge's event patterns: their grammar (a pattern is a JSON object whose leaves are arrays of values or of
 * matchers) and how an event matches one. A field matches when any of its values matches any matcher of the pattern's
 * array: a string, number, {@code true}, {@code false} or {@code null} exactly; {@code {"prefix"}}, {@code {"suffix"}}
 * (each also as {@code {"equals-ignore-case"}}), {@code {"anything-but"}} (a value, a list, a prefix or a suffix),
 * {@code {"numeric": [op, n, ...]}}, {@code {"exists": true|false}}, {@code {"equals-ignore-case"}}, {@code {"wildcard"}}
 * ({@code *} any run); {@code $or} takes alternatives of a level. A field the event lacks matches only
 * {@code {"exists": false}}. Source: EventBridge user guide, "Event patterns" and "Content filtering".
 */
final class EventPatterns {

    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** AWS's limits: a pattern of at most 4,096 characters; ecskit also bounds its nesting. */
    private static final int MAX_DEPTH = 20;

    private EventPatterns() {
    }

    /** The pattern parsed, or why it is not one (the Reason of EventBridge's InvalidEventPatternException). */
    static Either<String, JsonNode> parse(String pattern) {
        JsonNode root;
        try {
            root = JSON.readTree(pattern);
        } catch (IOException notJson) {
            return Either.left("Filter is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return Either.left("Filter is not an object");
        }
        String problem = check(root, 0);
        return problem == null ? Either.right(root) : Either.left(problem);
    }

    private static String check(JsonNode object, int depth) {
        if (depth > MAX_DEPTH) {
            return "Filter is nested too deeply";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("$or")) {
                if (!value.isArray() || value.size() < 2) {
                    return "$or must be an array of at least two objects";
                }
                for (JsonNode alternative : value) {
                    String problem = alternative.isObject() ? check(alternative, depth + 1) : "$or must be an array of objects";
                    if (problem != null) {
                        return problem;
                    }
                }
            } else if (value.isObject()) {
                String problem = check(value, depth + 1);
                if (problem != null) {
                    return problem;
                }
            } else if (!value.isArray()) {
                return "Match value must be String, number, true, false, or null";
            } else {
                for (JsonNode matcher : value) {
                    String problem = matcher.isObject() ? checkMatcher(matcher) : matcher.isArray()
                            ? "Match value must be String, number, true, false, or null" : null;
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        }
        return null;
    }

    private static String checkMatcher(JsonNode matcher) {
        if (matcher.size() != 1) {
            return "Only one key allowed in match expression";
        }
        Map.Entry<String, JsonNode> only = matcher.fields().next();
        JsonNode v = only.getValue();
        return switch (only.getKey()) {
            case "prefix", "suffix" -> v.isTextual() || v.isObject() && v.size() == 1 && v.path("equals-ignore-case").isTextual() ? null
                    : only.getKey() + " match pattern must be a string";
            case "equals-ignore-case", "wildcard" -> v.isTextual() ? null : only.getKey() + " match pattern must be a string";
            case "exists" -> v.isBoolean() ? null : "exists match pattern must be either true or false.";
            case "anything-but" -> v.isValueNode() || v.isArray() || v.isObject() && v.size() == 1
                    && (v.path("prefix").isTextual() || v.path("suffix").isTextual() || v.has("equals-ignore-case")) ? null
                    : "Value of anything-but must be an array or single string/number value.";
            case "numeric" -> checkNumeric(v);
            case "cidr" -> v.isTextual() ? null : "cidr match pattern must be a string";
            default -> "Unrecognized match type " + only.getKey();
        };
    }

    private static String checkNumeric(JsonNode v) {
        if (!v.isArray() || v.isEmpty() || v.size() % 2 != 0 || v.size() > 4) {
            return "Value of numeric must be an array.";
        }
        for (int i = 0; i < v.size(); i += 2) {
            if (!java.util.List.of("=", "<", "<=", ">", ">=").contains(v.get(i).asText()) || !v.get(i + 1).isNumber()) {
                return "Unrecognized numeric range operator: " + v.get(i).asText();
            }
        }
        return null;
    }

    /** Whether {@code event} (an event's JSON tree) matches {@code pattern} (as {@link #parse} answered it). */
    static boolean matches(JsonNode pattern, JsonNode event) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode expected = field.getValue();
            if (field.getKey().equals("$or")) {
                boolean any = false;
                for (JsonNode alternative : expected) {
                    any |= matches(alternative, event);
                }
                if (!any) {
                    return false;
                }
                continue;
            }
            JsonNode actual = event == null ? null : event.get(field.getKey());
            if (expected.isObject()) {
                // a missing object is matched by its fields' {"exists": false}; an array of objects when any element matches
                boolean any = false;
                if (actual != null && actual.isArray()) {
                    for (JsonNode element : actual) {
                        any |= element.isObject() && matches(expected, element);
                    }
                } else {
                    any = matches(expected, actual != null && actual.isObject() ? actual : null);
                }
                if (!any) {
                    return false;
                }
            } else if (!matchesAny(expected, actual)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAny(JsonNode matchers, JsonNode actual) {
        for (JsonNode matcher : matchers) {
            if (matcher.isObject() && matcher.has("exists")) {
                // exists is about leaves: a value (null counts), or an array holding one; an object is not a leaf
                boolean present = actual != null && !actual.isObject() && !(actual.isArray() && actual.isEmpty());
                if (present == matcher.get("exists").asBoolean()) {
                    return true;
                }
                continue;
            }
            if (actual == null) {
                continue;
            }
            if (matcher.isObject() && matcher.has("anything-but")) {
                if (anythingBut(matcher.get("anything-but"), actual)) {
                    return true;
                }
                continue;
            }
            if (actual.isArray()) {
                for (JsonNode value : actual) {
                    if (one(matcher, value)) {
                        return true;
                    }
                }
            } else if (one(matcher, actual)) {
                return true;
            }
        }
        return false;
    }

    /** anything-but: a value of the field that is none of those excluded (each element of an array on its own). */
    private static boolean anythingBut(JsonNode excluded, JsonNode actual) {
        Iterable<JsonNode> values = actual.isArray() ? actual : java.util.List.of(actual);
        for (JsonNode value : values) {
            if (notExcluded(excluded, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notExcluded(JsonNode excluded, JsonNode value) {
        if (excluded.isObject()) {
            String text = value.asText();
            return !(excluded.has("prefix") && text.startsWith(excluded.get("prefix").asText())
                    || excluded.has("suffix") && text.endsWith(excluded.get("suffix").asText())
                    || excluded.has("equals-ignore-case") && ignoreCase(excluded.get("equals-ignore-case"), text));
        }
        if (excluded.isArray()) {
            for (JsonNode e : excluded) {
                if (same(e, value)) {
                    return false;
                }
            }
            return true;
        }
        return !same(excluded, value);
    }

    private static boolean ignoreCase(JsonNode expected, String text) {
        if (expected.isArray()) {
            for (JsonNode e : expected) {
                if (e.asText().equalsIgnoreCase(text)) {
                    return true;
                }
            }
            return false;
        }
        return expected.asText().equalsIgnoreCase(text);
    }

    private static boolean one(JsonNode matcher, JsonNode value) {
        if (!matcher.isObject()) {
            return same(matcher, value);
        }
        Map.Entry<String, JsonNode> only = matcher.fields().next();
        JsonNode v = only.getValue();
        if (!value.isValueNode()) {
            return false;
        }
        String text = value.asText();
        return switch (only.getKey()) {
            case "prefix" -> v.isTextual() ? value.isTextual() && text.startsWith(v.asText())
                    : value.isTextual() && text.toLowerCase(Locale.ROOT).startsWith(v.get("equals-ignore-case").asText().toLowerCase(Locale.ROOT));
            case "suffix" -> v.isTextual() ? value.isTextual() && text.endsWith(v.asText())
                    : value.isTextual() && text.toLowerCase(Locale.ROOT).endsWith(v.get("equals-ignore-case").asText().toLowerCase(Locale.ROOT));
            case "equals-ignore-case" -> value.isTextual() && text.equalsIgnoreCase(v.asText());
            case "wildcard" -> value.isTextual() && IamPolicies.glob(v.asText(), text, false);
            case "numeric" -> value.isNumber() && numeric(v, value.decimalValue());
            case "cidr" -> value.isTextual() && cidr(v.asText(), text);
            default -> false;
        };
    }

    private static boolean numeric(JsonNode ranges, BigDecimal n) {
        for (int i = 0; i < ranges.size(); i += 2) {
            int c = n.compareTo(ranges.get(i + 1).decimalValue());
            boolean ok = switch (ranges.get(i).asText()) {
                case "=" -> c == 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean cidr(String block, String address) {
        try {
            io.ecskit.domain.network.Cidr range = io.ecskit.domain.network.Cidr.parse(block).get();
            return io.ecskit.domain.network.Cidr.parse(address + "/32").exists(range::contains);
        } catch (RuntimeException notACidr) {
            return false;
        }
    }

    /** Exact matching: strings as strings, numbers by value, booleans and null as themselves. */
    private static boolean same(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return expected.equals(value);
    }
}
