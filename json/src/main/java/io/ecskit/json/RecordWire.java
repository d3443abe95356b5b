package io.ecskit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.WireValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON 1.1 for a service the AWS SDK for Java has no module for (Application Auto Scaling: issue 25 item 5), with the
 * domain records written from botocore's model ({@code tools/records-from-model.py}) as the schema: a record component
 * is the model member of the same name with its first letter upper-cased ({@code roleARN} is {@code RoleARN}); a plain
 * component is a required member, {@code Option} an optional one, vavr {@code List}/{@code Map} lists and maps,
 * {@link WireValue} enums the model's enums. Reading reports problems as {@link SdkJson} does for SDK classes: a body
 * that is not JSON, an unknown member or a value of the wrong type in botocore's words (AWS's SerializationException),
 * and the members Coral's validation refuses (a required member missing, a value the enum does not list) as
 * {@code MEMBER_CONSTRAINT} lines, every one of them. Writing leaves absent options out, writes empty lists as
 * {@code []} at the answer's top level (left out in nested shapes) and instants as epoch seconds, as the service's JSON does.
 */
public final class RecordWire {

    private static final com.fasterxml.jackson.core.JsonFactory STREAMS = new com.fasterxml.jackson.core.JsonFactory();

    private RecordWire() {
    }

    /** What reading a body found wrong: a malformed request (its first problem), or Coral's constraint lines (each). */
    public record Problems(Option<String> serialization, Seq<String> constraints) {
    }

    /** {@code body} read into {@code type}; an empty body is an empty object, as AWS's JSON protocol allows. */
    public static <R extends Record> Either<Problems, R> read(String body, Class<R> type) {
        JsonNode tree;
        if (body == null || body.isBlank()) {
            tree = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        } else {
            Either<JsonProblem, JsonNode> parsed = SdkJson.parse(body);
            if (parsed.isLeft()) {
                return Either.left(new Problems(Option.of(parsed.getLeft().describe()), List.empty()));
            }
            tree = parsed.get();
        }
        if (!tree.isObject()) {
            return Either.left(new Problems(Option.of(typeError("", tree, "<class 'dict'>")), List.empty()));
        }
        java.util.List<String> serialization = new ArrayList<>();
        java.util.List<String> constraints = new ArrayList<>();
        Object value = record(tree, type, "", "", serialization, constraints);
        if (!serialization.isEmpty() || !constraints.isEmpty()) {
            return Either.left(new Problems(Option.ofOptional(serialization.stream().findFirst()), List.ofAll(constraints)));
        }
        return Either.right(type.cast(value));
    }

    /**
     * {@code object} read into {@code type}, or every problem found (a document a user wrote is refused naming all of
     * them, where a request is refused at its first malformation): unknown members, wrong types, then Coral's constraints.
     */
    public static <R extends Record> Either<Seq<String>, R> readEvery(JsonNode object, Class<R> type) {
        if (!object.isObject()) {
            return Either.left(List.of(typeError("", object, "<class 'dict'>")));
        }
        java.util.List<String> serialization = new ArrayList<>();
        java.util.List<String> constraints = new ArrayList<>();
        Object value = record(object, type, "", "", serialization, constraints);
        if (!serialization.isEmpty() || !constraints.isEmpty()) {
            return Either.left(List.ofAll(serialization).appendAll(constraints));
        }
        return Either.right(type.cast(value));
    }

    private static Object record(JsonNode object, Class<?> type, String path, String coralPath, java.util.List<String> serialization,
                                 java.util.List<String> constraints) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byWire = new java.util.LinkedHashMap<>();
        for (RecordComponent c : components) {
            byWire.put(wireName(c.getName()), c);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!byWire.containsKey(name)) {
                serialization.add("Unknown parameter in " + (path.isEmpty() ? "input" : path) + ": \"" + name + "\", must be one of: "
                        + String.join(", ", byWire.keySet()));
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String wire = wireName(c.getName());
            JsonNode node = object.get(wire);
            boolean absent = node == null || node.isNull();
            String memberPath = path.isEmpty() ? wire : path + "." + wire;
            String memberCoral = coralPath.isEmpty() ? c.getName() : coralPath + "." + c.getName();
            if (c.getType() == Option.class) {
                values[i] = absent ? Option.none() : Option.of(value(node, argument(c.getGenericType(), 0), memberPath, memberCoral, serialization, constraints));
            } else if (c.getType() == List.class) {
                values[i] = absent ? List.empty() : value(node, c.getGenericType(), memberPath, memberCoral, serialization, constraints);
            } else if (c.getType() == io.vavr.collection.Map.class) {
                values[i] = absent ? io.vavr.collection.LinkedHashMap.empty() : value(node, c.getGenericType(), memberPath, memberCoral, serialization, constraints);
            } else if (absent) {
                constraints.add(EcsRule.MEMBER_CONSTRAINT.message(" null", memberCoral, "not be null"));
                values[i] = primitiveDefault(c.getType());
            } else {
                values[i] = value(node, c.getGenericType(), memberPath, memberCoral, serialization, constraints);
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a model record is built from its components: " + type.getName(), e);
        }
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private static Type argument(Type generic, int index) {
        return ((ParameterizedType) generic).getActualTypeArguments()[index];
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Object value(JsonNode node, Type type, String path, String coralPath, java.util.List<String> serialization,
                                java.util.List<String> constraints) {
        Class<?> raw = raw(type);
        if (raw == List.class) {
            if (!node.isArray()) {
                return fail(serialization, typeError(path, node, "<class 'list'>, <class 'tuple'>"));
            }
            java.util.List<Object> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Object item = value(node.get(i), argument(type, 0), path + "[" + i + "]", coralPath + "." + (i + 1) + ".member",
                        serialization, constraints);
                if (item != null) {
                    items.add(item);
                }
            }
            return List.ofAll(items);
        }
        if (raw == io.vavr.collection.Map.class) {
            if (!node.isObject()) {
                return fail(serialization, typeError(path, node, "<class 'dict'>"));
            }
            io.vavr.collection.Map<String, Object> entries = io.vavr.collection.LinkedHashMap.empty();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Object v = value(entry.getValue(), argument(type, 1), path + "." + entry.getKey(), coralPath + "." + entry.getKey(),
                        serialization, constraints);
                if (v != null) {
                    entries = entries.put(entry.getKey(), v);
                }
            }
            return entries;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return fail(serialization, typeError(path, node, "<class 'dict'>"));
            }
            return record(node, raw, path, coralPath, serialization, constraints);
        }
        if (raw.isEnum() && WireValue.class.isAssignableFrom(raw)) {
            if (!node.isTextual()) {
                return fail(serialization, typeError(path, node, "<class 'str'>"));
            }
            for (Object constant : raw.getEnumConstants()) {
                if (((WireValue) constant).wire().equals(node.textValue())) {
                    return constant;
                }
            }
            java.util.List<String> listed = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                listed.add(((WireValue) constant).wire());
            }
            constraints.add(EcsRule.MEMBER_CONSTRAINT.message(" '" + node.textValue() + "'", coralPath,
                    "satisfy enum value set: [" + String.join(", ", listed) + "]"));
            return raw.getEnumConstants()[0];
        }
        if (raw == String.class) {
            return node.isTextual() ? node.textValue() : fail(serialization, typeError(path, node, "<class 'str'>"));
        }
        if (raw == Integer.class || raw == int.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? Integer.valueOf(node.intValue())
                    : fail(serialization, typeError(path, node, "<class 'int'>"));
        }
        if (raw == Long.class || raw == long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? Long.valueOf(node.longValue())
                    : fail(serialization, typeError(path, node, "<class 'int'>"));
        }
        if (raw == Double.class || raw == double.class) {
            return node.isNumber() && Double.isFinite(node.doubleValue()) ? Double.valueOf(node.doubleValue())
                    : fail(serialization, typeError(path, node, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"));
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : fail(serialization, typeError(path, node, "<class 'bool'>"));
        }
        if (raw == Instant.class) {
            Instant instant = SdkJson.instant(node);
            return instant != null ? instant : fail(serialization, typeError(path, node, "<class 'datetime.datetime'>, <class 'str'>"));
        }
        throw new IllegalStateException("no JSON form for " + type + " at " + path);
    }

    private static Object fail(java.util.List<String> problems, String problem) {
        problems.add(problem);
        return null;
    }

    private static String typeError(String path, JsonNode node, String valid) {
        return SdkJson.typeProblem(path.isEmpty() ? "input" : path, node, valid);
    }

    /** Whether a JSON body holds {@code member} with a value (not null); a body that is not JSON holds none. */
    public static boolean has(String body, String member) {
        if (body == null || body.isBlank()) {
            return false;
        }
        Either<JsonProblem, JsonNode> tree = SdkJson.parse(body);
        return tree.isRight() && tree.get().get(member) != null && !tree.get().get(member).isNull();
    }

    /** A component's member name on the wire: its first letter upper-cased. */
    public static String wireName(String component) {
        return Character.toUpperCase(component.charAt(0)) + component.substring(1);
    }

    /** A record as the service's JSON answer (compact), member names upper-camel, absent options left out. */
    public static String write(Record value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = STREAMS.createGenerator(out)) {
            writeValue(g, value, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private static void writeValue(JsonGenerator g, Object value, boolean top) throws IOException {
        if (value instanceof Record record) {
            g.writeStartObject();
            for (RecordComponent c : COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
                Object v;
                try {
                    v = c.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("a record's accessor answers", e);
                }
                if (v instanceof Option<?> option) {
                    if (option.isEmpty()) {
                        continue;
                    }
                    v = option.get();
                }
                // the answer's own lists are written empty ([]); a nested record's empty list is left out, as the service does
                if (v == null || !top && v instanceof io.vavr.collection.Traversable<?> items && items.isEmpty()) {
                    continue;
                }
                g.writeFieldName(wireName(c.getName()));
                writeValue(g, v, false);
            }
            g.writeEndObject();
        } else if (value instanceof io.vavr.collection.Map<?, ?> map) {
            g.writeStartObject();
            for (var entry : map) {
                g.writeFieldName(String.valueOf(entry._1));
                writeValue(g, entry._2, false);
            }
            g.writeEndObject();
        } else if (value instanceof io.vavr.collection.Traversable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                writeValue(g, item, false);
            }
            g.writeEndArray();
        } else if (value instanceof WireValue w) {
            g.writeString(w.wire());
        } else if (value instanceof Instant instant) {
            g.writeNumber(new java.math.BigDecimal(instant.getEpochSecond()).add(java.math.BigDecimal.valueOf(instant.getNano(), 9))
                    .stripTrailingZeros().toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(String.valueOf(value));
        }
    }
}
