package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * CloudWatch Logs filter patterns (user guide, "Filter pattern syntax for metric filters, subscription filters, filter
 * log events, and Live Tail") as FilterLogEvents and metric filters apply them to an event's message:
 * <ul>
 *   <li>terms: every term must occur (case-sensitive); {@code "a quoted phrase"} is one term; {@code -term} must not
 *       occur; {@code ?a ?b} matches when any of them occurs; an empty pattern matches every event;</li>
 *   <li>{@code %regular expression%}: the message must contain a match;</li>
 *   <li>JSON: {@code { $.level = "ERROR" && ($.latency > 500 || $.retry IS TRUE) }} with {@code = != < > <= >=}, string
 *       values with {@code *} wildcards, {@code IS NULL}, {@code IS TRUE}, {@code IS FALSE}, {@code NOT EXISTS}; an event
 *       whose message is not a JSON object never matches.</li>
 * </ul>
 * Space-delimited patterns ({@code [ip, user, status = 4*]}) are refused by name: not supported here yet.
 */
final class FilterPattern {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Predicate<String> matcher;

    private FilterPattern(Predicate<String> matcher) {
        this.matcher = matcher;
    }

    /** Whether {@code message} matches. */
    boolean matches(String message) {
        return matcher.test(message);
    }

    /** CloudWatch Logs' limit on a filter pattern (the model: filterPattern 0..1024). */
    static final int MAX_LENGTH = 1024;
    /** How deep a JSON pattern's parentheses may nest (ecskit's bound; AWS's is not documented). */
    static final int MAX_DEPTH = 32;
    /** How many characters one event's match may read before the pattern is refused as too costly (backtracking). */
    static final int MATCH_BUDGET = 1_000_000;

    /** A regular expression or wildcard whose matching would read more than {@link #MATCH_BUDGET} characters of one event. */
    static final class TooCostly extends RuntimeException {
        TooCostly() {
            super("the filter pattern takes too long to match an event (a regular expression or wildcards that backtrack); simplify it",
                    null, false, false);
        }
    }

    /** {@code regex} found in (or matching all of) {@code text}, reading at most {@link #MATCH_BUDGET} characters. */
    static boolean budgeted(Pattern regex, String text, boolean whole) {
        CharSequence counted = new CharSequence() {
            private int reads;

            @Override
            public int length() {
                return text.length();
            }

            @Override
            public char charAt(int index) {
                if (++reads > MATCH_BUDGET) {
                    throw new TooCostly();
                }
                return text.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return text.subSequence(start, end);
            }

            @Override
            public String toString() {
                return text;
            }
        };
        java.util.regex.Matcher m = regex.matcher(counted);
        return whole ? m.matches() : m.find();
    }

    /** The pattern, or why it is not one (AWS answers InvalidParameterException). */
    static Either<String, FilterPattern> parse(String pattern) {
        String text = pattern == null ? "" : pattern.strip();
        if (text.length() > MAX_LENGTH) {
            return Either.left("Member must have length less than or equal to " + MAX_LENGTH);
        }
        if (text.isEmpty()) {
            return Either.right(new FilterPattern(m -> true));
        }
        if (text.startsWith("[")) {
            return Either.left("space-delimited filter patterns ([field, ...]) are not supported by ecskit yet");
        }
        if (text.startsWith("{")) {
            if (!text.endsWith("}")) {
                return Either.left("a JSON filter pattern must end with }");
            }
            try {
                Json parser = new Json(text.substring(1, text.length() - 1));
                Predicate<JsonNode> condition = parser.or();
                parser.end();
                return Either.right(new FilterPattern(message -> {
                    JsonNode event = json(message);
                    return event != null && event.isObject() && condition.test(event);
                }));
            } catch (IllegalArgumentException | StackOverflowError e) {
                return Either.left(e instanceof StackOverflowError ? "the pattern nests too deeply" : e.getMessage());
            }
        }
        if (text.length() > 1 && text.startsWith("%") && text.endsWith("%")) {
            try {
                Pattern regex = Pattern.compile(text.substring(1, text.length() - 1));
                return Either.right(new FilterPattern(m -> budgeted(regex, m, false)));
            } catch (PatternSyntaxException e) {
                return Either.left("invalid regular expression: " + e.getDescription());
            }
        }
        return terms(text);
    }

    private static JsonNode json(String message) {
        try {
            return JSON.readTree(message);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static Either<String, FilterPattern> terms(String text) {
        java.util.List<String> all = new ArrayList<>();
        java.util.List<String> any = new ArrayList<>();
        java.util.List<String> none = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            java.util.List<String> into = all;
            if (c == '?' || c == '-') {
                into = c == '?' ? any : none;
                i++;
            }
            if (i < text.length() && text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    return Either.left("unterminated quoted term in filter pattern");
                }
                into.add(text.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (end == i) {
                    return Either.left("a term is missing after " + c);
                }
                into.add(text.substring(i, end));
                i = end;
            }
        }
        return Either.right(new FilterPattern(m -> all.stream().allMatch(m::contains)
                && (any.isEmpty() || any.stream().anyMatch(m::contains)) && none.stream().noneMatch(m::contains)));
    }

    /** A recursive-descent reader of a JSON pattern's condition (the text between its braces). */
    private static final class Json {
        private final String text;
        private int at;
        private int depth;

        Json(String text) {
            this.text = text;
        }

        Predicate<JsonNode> or() {
            Predicate<JsonNode> left = and();
            while (take("||")) {
                left = left.or(and());
            }
            return left;
        }

        private Predicate<JsonNode> and() {
            Predicate<JsonNode> left = unary();
            while (take("&&")) {
                left = left.and(unary());
            }
            return left;
        }

        private Predicate<JsonNode> unary() {
            if (take("(")) {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("parentheses nest more than " + MAX_DEPTH + " deep");
                }
                Predicate<JsonNode> inner = or();
                expect(")");
                depth--;
                return inner;
            }
            List<Object> path = selector();
            if (takeWord("IS")) {
                if (takeWord("NULL")) {
                    return e -> resolve(e, path).isNull();
                }
                if (takeWord("TRUE")) {
                    return e -> resolve(e, path).isBoolean() && resolve(e, path).asBoolean();
                }
                if (takeWord("FALSE")) {
                    return e -> resolve(e, path).isBoolean() && !resolve(e, path).asBoolean();
                }
                throw new IllegalArgumentException("IS must be followed by NULL, TRUE or FALSE");
            }
            if (takeWord("NOT")) {
                if (!takeWord("EXISTS")) {
                    throw new IllegalArgumentException("NOT must be followed by EXISTS");
                }
                return e -> resolve(e, path).isMissingNode();
            }
            String op = operator();
            Object value = value();
            if (value instanceof String && !op.equals("=") && !op.equals("!=")) {
                throw new IllegalArgumentException("a string value can only be compared with = or !=, not " + op);
            }
            return e -> compare(resolve(e, path), op, value);
        }

        private List<Object> selector() {
            skip();
            if (!take("$")) {
                throw new IllegalArgumentException("a JSON filter pattern compares a selector starting with $ at position " + at);
            }
            java.util.List<Object> path = new ArrayList<>();
            while (at < text.length()) {
                if (text.charAt(at) == '.') {
                    at++;
                    int start = at;
                    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-@".indexOf(text.charAt(at)) >= 0)) {
                        at++;
                    }
                    if (start == at) {
                        throw new IllegalArgumentException("a member name is missing after . in the selector");
                    }
                    path.add(text.substring(start, at));
                } else if (text.charAt(at) == '[') {
                    int end = text.indexOf(']', at);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated [ in the selector");
                    }
                    String index = text.substring(at + 1, end).strip();
                    if (!index.matches("\\d{1,6}")) {
                        throw new IllegalArgumentException("an array index must be a number, not " + index);
                    }
                    path.add(Integer.parseInt(index));
                    at = end + 1;
                } else {
                    break;
                }
            }
            return List.ofAll(path);
        }

        private String operator() {
            skip();
            for (String op : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
                if (text.startsWith(op, at)) {
                    at += op.length();
                    return op;
                }
            }
            throw new IllegalArgumentException("expected one of = != < > <= >= IS NOT at position " + at);
        }

        private Object value() {
            skip();
            if (at < text.length() && text.charAt(at) == '"') {
                int end = text.indexOf('"', at + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated quoted value");
                }
                String v = text.substring(at + 1, end);
                at = end + 1;
                return v;
            }
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "()&|".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String v = text.substring(start, at);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("a value is missing at position " + start);
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException notNumber) {
                return v;
            }
        }

        private static JsonNode resolve(JsonNode event, List<Object> path) {
            JsonNode node = event;
            for (Object step : path) {
                node = step instanceof Integer i ? node.path(i) : node.path((String) step);
            }
            return node;
        }

        private static boolean compare(JsonNode node, String op, Object value) {
            if (node.isMissingNode() || node.isContainerNode()) {
                return false;
            }
            if (value instanceof Double number) {
                if (!node.isNumber() && !(node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"))) {
                    return false;
                }
                int c = Double.compare(node.asDouble(), number);
                return switch (op) {
                    case "=" -> c == 0;
                    case "!=" -> c != 0;
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
            }
            String wanted = (String) value;
            boolean equal = budgeted(io.ecskit.domain.Wildcards.pattern(wanted),
                    node.asText(), true);
            return op.equals("=") == equal;
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean take(String token) {
            skip();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private boolean takeWord(String word) {
            skip();
            if (text.regionMatches(true, at, word, 0, word.length())
                    && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())))) {
                at += word.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!take(token)) {
                throw new IllegalArgumentException("expected " + token + " at position " + at);
            }
        }

        void end() {
            skip();
            if (at != text.length()) {
                throw new IllegalArgumentException("unexpected text at position " + at + ": " + text.substring(at));
            }
        }
    }
}
