package io.ecskit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any AWS SDK model object (request, response or nested shape) as AWS JSON, and back. The SDK's
 * {@code sdkFields()} are the schema, so the members, their names and types are exactly the ones
 * the AWS CLI validates against. Reading reports every problem in the AWS CLI's own words
 * (botocore's {@code ParamValidationError}): unknown members with the members there are, values of
 * the wrong type; it never drops a member it does not know.
 */
public final class SdkJson {

    /** Deeper than this is refused by name, not by a parser internal. */
    public static final int MAX_NESTING = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter CLI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    }

    /** How timestamps are written: the JSON 1.1 wire form, or the AWS CLI's output form. */
    public enum Timestamps {
        /** Seconds since the epoch with a fraction, as the JSON 1.1 protocol sends them. */
        EPOCH_SECONDS,
        /** ISO 8601 with microseconds and offset, as {@code aws ... --output json} prints them. */
        ISO_8601
    }

    private SdkJson() {
    }

    /** The JSON text as a tree, or where and why it is not JSON (a byte order mark and excessive nesting named as such). */
    public static Either<JsonProblem, JsonNode> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            return Either.left(new JsonProblem.Malformed(1, 1,
                    "the document starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM"));
        }
        if (text.isBlank()) {
            return Either.left(new JsonProblem.Malformed(1, 1, "the document is empty; expected a JSON object"));
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentLocation();
                    return Either.left(new JsonProblem.Malformed(line(at), column(at), "unexpected content after the JSON object"));
                }
                return root == null || !root.isObject()
                        ? Either.left(new JsonProblem.Malformed(1, 1, "expected a JSON object, found " + kind(root)))
                        : Either.right(root);
            } catch (StreamConstraintsException limit) {
                JsonLocation at = parser.currentLocation();
                return Either.left(new JsonProblem.Malformed(line(at), column(at), limit(limit)));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                return Either.left(new JsonProblem.Malformed(line(at), column(at), e.getOriginalMessage()));
            }
        } catch (java.io.IOException e) {
            return Either.left(new JsonProblem.Malformed(1, 1, String.valueOf(e.getMessage())));
        }
    }

    /** Which of the parser's limits a document passed, in words (Jackson's own message names its classes). */
    private static String limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Number value length")) {
            return "a number is longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " characters";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a member name is longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters";
        }
        return "the document is nested more than " + MAX_NESTING + " levels deep";
    }

    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }

    /**
     * Fills {@code builder} (an SDK model builder) from a JSON object; every problem is returned,
     * worded as the AWS CLI words it, with its JSON path. {@code path} is where the object sits
     * ("" for the whole input).
     */
    public static Seq<Violation> read(JsonNode object, SdkPojo builder, String path) {
        java.util.List<Violation> problems = new ArrayList<>();
        readObject(object, builder, path, problems);
        return List.ofAll(problems);
    }

    private static void readObject(JsonNode object, SdkPojo builder, String path, java.util.List<Violation> problems) {
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        for (SdkField<?> field : builder.sdkFields()) {
            fields.put(field.locationName(), field);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            SdkField<?> field = fields.get(member.getKey());
            if (field == null) {
                problems.add(Violation.paramValidation(join(path, member.getKey()), "Unknown parameter in "
                        + (path.isEmpty() ? "input" : path) + ": \"" + member.getKey() + "\", must be one of: "
                        + String.join(", ", fields.keySet())));
                continue;
            }
            Object value = value(member.getValue(), field, join(path, member.getKey()), problems);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private static Object value(JsonNode node, SdkField<?> field, String path, java.util.List<Violation> problems) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            if (!node.isObject()) {
                return typeError(path, node, "<class 'dict'>", problems);
            }
            SdkPojo nested = field.constructor().get();
            readObject(node, nested, path, problems);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        if (type == MarshallingType.LIST) {
            if (!node.isArray()) {
                return typeError(path, node, "<class 'list'>, <class 'tuple'>", problems);
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            java.util.List<Object> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Object item = value(node.get(i), member, path + "[" + i + "]", problems);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }
        if (type == MarshallingType.MAP) {
            if (!node.isObject()) {
                return typeError(path, node, "<class 'dict'>", problems);
            }
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Object v = value(entry.getValue(), member, path + "." + entry.getKey(), problems);
                if (v != null) {
                    entries.put(entry.getKey(), v);
                }
            }
            return entries;
        }
        if (type == MarshallingType.DOCUMENT) {
            return document(node);
        }
        return scalar(node, type, path, problems);
    }

    private static Object scalar(JsonNode node, MarshallingType<?> type, String path, java.util.List<Violation> problems) {
        if (type == MarshallingType.STRING) {
            return node.isTextual() ? node.textValue() : typeError(path, node, "<class 'str'>", problems);
        }
        if (type == MarshallingType.INTEGER) {
            return node.isIntegralNumber() && node.canConvertToInt() ? Integer.valueOf(node.intValue())
                    : typeError(path, node, "<class 'int'>", problems);
        }
        if (type == MarshallingType.LONG) {
            return node.isIntegralNumber() && node.canConvertToLong() ? Long.valueOf(node.longValue())
                    : typeError(path, node, "<class 'int'>", problems);
        }
        if (type == MarshallingType.SHORT) {
            return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() == (short) node.intValue()
                    ? Short.valueOf((short) node.intValue()) : typeError(path, node, "<class 'int'>", problems);
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT || type == MarshallingType.BIG_DECIMAL) {
            if (!node.isNumber()) {
                return typeError(path, node, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>", problems);
            }
            if (type == MarshallingType.FLOAT) {
                return node.floatValue();
            }
            return type == MarshallingType.BIG_DECIMAL ? node.decimalValue() : Double.valueOf(node.doubleValue());
        }
        if (type == MarshallingType.BOOLEAN) {
            return node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : typeError(path, node, "<class 'bool'>", problems);
        }
        if (type == MarshallingType.INSTANT) {
            Instant instant = instant(node);
            return instant != null ? instant : typeError(path, node, "<class 'datetime.datetime'>, <class 'str'>", problems);
        }
        if (type == MarshallingType.SDK_BYTES) {
            if (!node.isTextual()) {
                return typeError(path, node, "<class 'bytes'>, <class 'bytearray'>, file-like object", problems);
            }
            try {
                return SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(node.textValue()));
            } catch (IllegalArgumentException notBase64) {
                return typeError(path, node, "base64-encoded bytes", problems);
            }
        }
        throw new IllegalStateException("no JSON form for " + type + " at " + path);
    }

    /** The timestamps a request may carry: years 1 to 9999, as AWS's services take them. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    static Instant instant(JsonNode node) {
        Instant instant = null;
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            if (seconds.abs().compareTo(BigDecimal.valueOf(LAST.getEpochSecond())) <= 0
                    && seconds.compareTo(BigDecimal.valueOf(FIRST.getEpochSecond())) >= 0) {
                instant = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            }
        } else if (node.isTextual()) {
            try {
                instant = OffsetDateTime.parse(node.textValue()).toInstant();
            } catch (DateTimeParseException notIso) {
                try {
                    instant = Instant.parse(node.textValue());
                } catch (DateTimeParseException notInstant) {
                    return null;
                }
            }
        }
        return instant == null || instant.isBefore(FIRST) || instant.isAfter(LAST) ? null : instant;
    }

    /** botocore's wording: {@code Invalid type for parameter cpu, value: abc, type: <class 'str'>, valid types: <class 'int'>}. */
    private static Object typeError(String path, JsonNode node, String valid, java.util.List<Violation> problems) {
        problems.add(Violation.paramValidation(path, typeProblem(path, node, valid)));
        return null;
    }

    /** botocore's words for a value of the wrong type at {@code path}. */
    static String typeProblem(String path, JsonNode node, String valid) {
        return "Invalid type for parameter " + path + ", value: " + (node.isTextual() ? node.textValue() : node.isNull() ? "None" : node.toString())
                + ", type: " + pythonType(node) + ", valid types: " + valid;
    }

    private static String pythonType(JsonNode node) {
        if (node.isTextual()) {
            return "<class 'str'>";
        }
        if (node.isBoolean()) {
            return "<class 'bool'>";
        }
        if (node.isIntegralNumber()) {
            return "<class 'int'>";
        }
        if (node.isNumber()) {
            return "<class 'float'>";
        }
        if (node.isArray()) {
            return "<class 'list'>";
        }
        if (node.isObject()) {
            return "<class 'dict'>";
        }
        return "<class 'NoneType'>";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a " + node.getNodeType();
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** A JSON value as an SDK document. */
    public static Document document(JsonNode node) {
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), document(e.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            java.util.List<Document> list = new ArrayList<>();
            node.forEach(item -> list.add(document(item)));
            return Document.fromList(list);
        }
        if (node.isTextual()) {
            return Document.fromString(node.textValue());
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        if (node.isNumber()) {
            return Document.fromNumber(node.numberValue().toString());
        }
        return Document.fromNull();
    }

    /** An SDK document as JSON. */
    public static JsonNode node(Document document) {
        if (document.isMap()) {
            ObjectNode object = NODES.objectNode();
            document.asMap().forEach((k, v) -> object.set(k, node(v)));
            return object;
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(v -> array.add(node(v)));
            return array;
        }
        if (document.isString()) {
            return NODES.textNode(document.asString());
        }
        if (document.isBoolean()) {
            return NODES.booleanNode(document.asBoolean());
        }
        if (document.isNumber()) {
            SdkNumber number = document.asNumber();
            BigDecimal exact = number.bigDecimalValue();
            return exact.scale() <= 0 || exact.stripTrailingZeros().scale() <= 0
                    ? NODES.numberNode(exact.toBigIntegerExact())
                    : NODES.numberNode(exact);
        }
        return NODES.nullNode();
    }

    /** Parses JSON text into an SDK document ({@code hookDetails}); the text is known to be JSON. */
    public static Document document(String json) {
        try {
            return document(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A request body as a server reads it: the JSON text into {@code builder}; every problem (not
     * JSON, unknown member, wrong type) as one message each, empty when the builder holds it all.
     * An empty body is an empty object, as AWS's JSON protocol allows.
     */
    public static Seq<String> readBody(String text, SdkPojo builder) {
        if (text.isBlank()) {
            return List.empty();
        }
        Either<JsonProblem, JsonNode> tree = parse(text);
        if (tree.isLeft()) {
            return List.of(tree.getLeft().describe());
        }
        return read(tree.get(), builder, "").map(Violation::message);
    }

    /** An SDK model object as the compact JSON a JSON 1.1 service answers with (epoch-second timestamps). */
    public static String body(SdkPojo pojo) {
        return write(pojo, Timestamps.EPOCH_SECONDS).toString();
    }

    /**
     * An answer as ECS writes it: {@link #body} with every list member the answer's objects leave unset written as
     * {@code []} ({@code failures: []}, {@code tags: []}, {@code loadBalancers: []}...), as ECS sends empty lists rather
     * than leaving them out (the AWS CLI's recorded outputs show them; tools read them without checking).
     */
    public static String answer(SdkPojo pojo) {
        // streamed in one pass, straight from the SDK object (no tree): the server's answers are its hottest path
        java.io.StringWriter out = new java.io.StringWriter(1024);
        try (com.fasterxml.jackson.core.JsonGenerator g = STREAMS.createGenerator(out)) {
            writeObject(g, pojo, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The answer of shape {@code response} holding {@code members} (domain values by their record component names: records,
     * vavr lists and maps, options, enums, value types, text, numbers, instants), the same JSON {@link #answer(SdkPojo)}
     * writes for the SDK object {@link io.ecskit.mapping.SdkMapping#toSdk(Map, Class)} builds of them, written without
     * building it (the server's hottest answers).
     */
    public static String answer(Class<? extends SdkPojo> response, Map<String, ?> members) {
        return new String(answerUtf8(response, members), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@link #answer(Class, Map)} as the UTF-8 bytes a server sends (written as bytes: no text to encode afterwards). */
    public static byte[] answerUtf8(Class<? extends SdkPojo> response, Map<String, ?> members) {
        com.fasterxml.jackson.core.util.ByteArrayBuilder out = new com.fasterxml.jackson.core.util.ByteArrayBuilder(8192);
        try (com.fasterxml.jackson.core.JsonGenerator g = STREAMS.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            RecordAnswers.writeMembers(g, SHAPES.computeIfAbsent(response, t -> RecordAnswers.members(io.ecskit.mapping.SdkMapping.membersOf(t))), members);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] written = out.toByteArray();
        if (CHECK_DIRECT_ANSWERS) {
            // the same JSON (equal when parsed): this writer escapes characters beyond the BMP (\\uD83D\\uDE00), the
            // SDK path's text writes them as they are
            String bySdk = answer(io.ecskit.mapping.SdkMapping.toSdk(members, response));
            String direct = new String(written, java.nio.charset.StandardCharsets.UTF_8);
            if (!sameJson(bySdk, direct)) {
                throw new IllegalStateException("the direct answer of " + response.getSimpleName() + " differs from the SDK path's:\n"
                        + direct + "\n" + bySdk);
            }
        }
        return written;
    }

    /** A domain record written straight as the answer of SDK shape {@code shape} (what the tests compare with the SDK path). */
    static String recordAnswer(Object record, Class<? extends SdkPojo> shape) {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        try (com.fasterxml.jackson.core.JsonGenerator g = STREAMS.createGenerator(out)) {
            RecordAnswers.writeTop(g, record, SHAPES.computeIfAbsent(shape, t -> RecordAnswers.members(io.ecskit.mapping.SdkMapping.membersOf(t))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static boolean sameJson(String a, String b) {
        try {
            return MAPPER.readTree(a).equals(MAPPER.readTree(b));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** {@code -Decskit.wire.check=true}: every direct answer is also written through the SDK objects and compared. */
    private static final boolean CHECK_DIRECT_ANSWERS = Boolean.getBoolean("ecskit.wire.check");
    private static final Map<Class<? extends SdkPojo>, RecordAnswers.Member[]> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    /** An SDK value of a member, written as {@link #answer(SdkPojo)} writes it. */
    static void writeSdkValue(com.fasterxml.jackson.core.JsonGenerator g, Object value, SdkField<?> field, boolean emptyLists)
            throws java.io.IOException {
        writeValue(g, value, field, emptyLists);
    }

    /** Plain JSON text, as {@code JsonNode.toString()} writes it (the form {@link #body} answers). */
    static final com.fasterxml.jackson.core.JsonFactory STREAMS = new com.fasterxml.jackson.core.JsonFactory();

    /** {@link #write} with epoch-second timestamps, streamed; unset lists as {@code []} when {@code emptyLists}. */
    /** How a timestamp is written: JSON's epoch seconds, or another protocol's form (CBOR's tag 1). */
    @FunctionalInterface
    public interface TimestampWriter {
        void write(com.fasterxml.jackson.core.JsonGenerator g, Instant instant) throws java.io.IOException;
    }

    private static final TimestampWriter EPOCH = (g, instant) -> g.writeNumber(epochSeconds(instant));

    /**
     * An SDK object written to any Jackson generator (JSON's, CBOR's) as {@link #answer(SdkPojo)} writes it, timestamps
     * by {@code timestamps}: how the server answers in Smithy RPC v2 CBOR.
     */
    public static void write(com.fasterxml.jackson.core.JsonGenerator g, SdkPojo pojo, TimestampWriter timestamps) throws java.io.IOException {
        writeObject(g, pojo, true, timestamps);
    }

    private static void writeObject(com.fasterxml.jackson.core.JsonGenerator g, SdkPojo pojo, boolean emptyLists) throws java.io.IOException {
        writeObject(g, pojo, emptyLists, EPOCH);
    }

    private static void writeObject(com.fasterxml.jackson.core.JsonGenerator g, SdkPojo pojo, boolean emptyLists, TimestampWriter timestamps)
            throws java.io.IOException {
        g.writeStartObject();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (field.marshallingType() == MarshallingType.LIST && (value == null || value instanceof SdkAutoConstructList)) {
                if (emptyLists) {
                    g.writeFieldName(field.locationName());
                    g.writeStartArray();
                    g.writeEndArray();
                }
                continue;
            }
            if (value == null || value instanceof SdkAutoConstructMap) {
                continue;
            }
            g.writeFieldName(field.locationName());
            writeValue(g, value, field, emptyLists, timestamps);
        }
        g.writeEndObject();
    }

    private static void writeValue(com.fasterxml.jackson.core.JsonGenerator g, Object value, SdkField<?> field, boolean emptyLists)
            throws java.io.IOException {
        writeValue(g, value, field, emptyLists, EPOCH);
    }

    private static void writeValue(com.fasterxml.jackson.core.JsonGenerator g, Object value, SdkField<?> field, boolean emptyLists,
                                   TimestampWriter timestamps) throws java.io.IOException {
        if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
            g.writeNull();
            return;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            writeObject(g, (SdkPojo) value, emptyLists, timestamps);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            g.writeStartArray();
            for (Object item : (java.util.List<?>) value) {
                writeValue(g, item, member, emptyLists, timestamps);
            }
            g.writeEndArray();
        } else if (type == MarshallingType.MAP) {
            // as before: empty lists inside maps' values are left out
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(g, entry.getValue(), member, false, timestamps);
            }
            g.writeEndObject();
        } else if (value instanceof Instant instant) {
            timestamps.write(g, instant);
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else {
            // the rare rest (documents, bytes, other numbers) as the tree writes them
            JsonNode node = toNode(value, field, Timestamps.EPOCH_SECONDS);
            MAPPER.writeTree(g, node);
        }
    }

    /** Epoch seconds with the fraction AWS gives (trailing zeros dropped), e.g. {@code 1557128360.711}. */
    static String epochSeconds(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        if (nanos == 0) {
            return Long.toString(seconds);
        }
        if (seconds < 0) {
            return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros().toPlainString();
        }
        StringBuilder text = new StringBuilder(24).append(seconds).append('.');
        String fraction = Integer.toString(nanos);
        text.append("000000000", 0, 9 - fraction.length()).append(fraction);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        text.setLength(end);
        return text.toString();
    }

    /** The answer as the tree path wrote it: {@link #write} plus empty lists (kept for the test that both agree). */
    static String answerByTree(SdkPojo pojo) {
        return withEmptyLists(pojo, write(pojo, Timestamps.EPOCH_SECONDS)).toString();
    }

    private static ObjectNode withEmptyLists(SdkPojo pojo, ObjectNode object) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (field.marshallingType() == MarshallingType.LIST && (value == null || value instanceof SdkAutoConstructList)) {
                object.set(field.locationName(), NODES.arrayNode());
            } else if (value instanceof SdkPojo nested && object.get(field.locationName()) instanceof ObjectNode written) {
                withEmptyLists(nested, written);
            } else if (value instanceof java.util.List<?> items && object.get(field.locationName()) instanceof ArrayNode array) {
                for (int i = 0; i < items.size() && i < array.size(); i++) {
                    if (items.get(i) instanceof SdkPojo item && array.get(i) instanceof ObjectNode written) {
                        withEmptyLists(item, written);
                    }
                }
            }
        }
        return object;
    }

    /** An SDK document as compact JSON text. */
    public static String compact(Document document) {
        return node(document).toString();
    }

    /**
     * An SDK model object as a JSON object: members that are unset (null, or lists and maps the SDK
     * auto-constructed) are left out, as AWS leaves them out.
     */
    public static ObjectNode write(SdkPojo pojo, Timestamps timestamps) {
        ObjectNode object = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            JsonNode node = toNode(value, field, timestamps);
            if (node != null) {
                object.set(field.locationName(), node);
            }
        }
        return object;
    }

    private static JsonNode toNode(Object value, SdkField<?> field, Timestamps timestamps) {
        if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return write((SdkPojo) value, timestamps);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object item : (java.util.List<?>) value) {
                JsonNode n = toNode(item, member, timestamps);
                array.add(n == null ? NODES.nullNode() : n);
            }
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            ObjectNode object = NODES.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> {
                JsonNode n = toNode(v, member, timestamps);
                object.set(String.valueOf(k), n == null ? NODES.nullNode() : n);
            });
            return object;
        }
        if (type == MarshallingType.DOCUMENT) {
            return node((Document) value);
        }
        if (value instanceof Instant instant) {
            return timestamps == Timestamps.EPOCH_SECONDS
                    ? NODES.numberNode(BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                            .stripTrailingZeros())
                    : NODES.textNode(CLI_TIME.format(instant.atOffset(ZoneOffset.UTC)));
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArray()));
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Short s) {
            return NODES.numberNode(s);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        throw new IllegalStateException("no JSON form for " + value.getClass() + " in " + field.memberName());
    }

    /** Pretty-printed as the AWS CLI prints: four-space indent. */
    public static String pretty(JsonNode node) {
        // as the AWS CLI prints: "key": value, 4-space indent, [] and {} when empty
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new DefaultIndenter("    ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
