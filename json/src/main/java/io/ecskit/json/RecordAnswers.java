package io.ecskit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.WireValue;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.Seq;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers written straight from domain records to JSON 1.1, member by member in the SDK model's order, without building
 * the SDK model objects {@link SdkMapping} would build and {@link SdkJson#answer(SdkPojo)} would then write (issue 26
 * item 8: on DescribeServices of ten services that detour cost more than the port call). The text is the same, byte for
 * byte: the same members, names, order, empty lists ({@code []} for unset list members), timestamps (epoch seconds) and
 * wire spellings; what this writer does not know itself (documents, the rare other types) goes through the SDK's value.
 * {@code -Decskit.wire.check=true} makes every answer also take the SDK path and fail when the two differ (the server's
 * tests run so).
 */
final class RecordAnswers {

    private RecordAnswers() {
    }

    /** A nested shape's members, by the member that holds it. */
    private static final Map<SdkField<?>, List<SdkField<?>>> NESTED = new ConcurrentHashMap<>();
    /** How each member of a shape is read from a record class. */
    private static final Map<PlanKey, Function<Object, Object>[]> PLANS = new ConcurrentHashMap<>();

    private record PlanKey(Class<?> record, Object fields) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PlanKey k && k.record == record && k.fields == fields;
        }

        @Override
        public int hashCode() {
            return 31 * record.hashCode() + System.identityHashCode(fields);
        }
    }

    static void writeMembers(JsonGenerator g, List<SdkField<?>> fields, Map<String, ?> members) throws IOException {
        g.writeStartObject();
        for (SdkField<?> field : fields) {
            writeMember(g, field, members.get(SdkMapping.componentName(field.memberName())), true);
        }
        g.writeEndObject();
    }

    /** One record as the SDK shape whose members are {@code fields}, at the top of an answer (unset lists as {@code []}). */
    static void writeTop(JsonGenerator g, Object record, List<SdkField<?>> fields) throws IOException {
        writeRecord(g, record, fields, true);
    }

    @SuppressWarnings("unchecked")
    private static void writeRecord(JsonGenerator g, Object record, List<SdkField<?>> fields, boolean emptyLists) throws IOException {
        Function<Object, Object>[] readers = PLANS.computeIfAbsent(new PlanKey(record.getClass(), fields), key -> {
            Function<Object, Object>[] plan = new Function[fields.size()];
            for (int i = 0; i < plan.length; i++) {
                plan[i] = SdkMapping.reader(record.getClass(), fields.get(i).memberName());
            }
            return plan;
        });
        g.writeStartObject();
        for (int i = 0; i < readers.length; i++) {
            writeMember(g, fields.get(i), readers[i] == null ? null : readers[i].apply(record), emptyLists);
        }
        g.writeEndObject();
    }

    private static void writeMember(JsonGenerator g, SdkField<?> field, Object component, boolean emptyLists) throws IOException {
        Object value = SdkMapping.present(component);
        if (value == null) {
            if (emptyLists && field.marshallingType() == MarshallingType.LIST) {
                g.writeFieldName(field.locationName());
                g.writeStartArray();
                g.writeEndArray();
            }
            return;
        }
        g.writeFieldName(field.locationName());
        writeValue(g, value, field, emptyLists);
    }

    private static void writeValue(JsonGenerator g, Object value, SdkField<?> field, boolean emptyLists) throws IOException {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO && value instanceof Record && !(value instanceof WireValue) && !(value instanceof JsonText)) {
            writeRecord(g, value, NESTED.computeIfAbsent(field, f -> f.constructor().get().sdkFields()), emptyLists);
        } else if (type == MarshallingType.LIST && value instanceof Seq<?> items) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            g.writeStartArray();
            for (Object item : items) {
                writeItem(g, SdkMapping.unwrap(item), member, emptyLists);
            }
            g.writeEndArray();
        } else if (type == MarshallingType.MAP && value instanceof io.vavr.collection.Map<?, ?> map) {
            // as the SDK path: empty lists inside maps' values are left out
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            g.writeStartObject();
            for (io.vavr.Tuple2<?, ?> entry : map) {
                g.writeFieldName(String.valueOf(entry._1));
                writeItem(g, SdkMapping.unwrap(entry._2), member, false);
            }
            g.writeEndObject();
        } else if (value instanceof Enum<?> || value instanceof WireValue) {
            g.writeString(SdkMapping.wireOf(value));
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Instant instant) {
            g.writeNumber(SdkJson.epochSeconds(instant));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer n) {
            g.writeNumber(n);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Double n) {
            g.writeNumber(n);
        } else {
            // documents and the rare rest: the SDK's value, written as the SDK path writes it
            SdkJson.writeSdkValue(g, SdkMapping.sdkValue(value, field), field, emptyLists);
        }
    }

    private static void writeItem(JsonGenerator g, Object item, SdkField<?> member, boolean emptyLists) throws IOException {
        if (item == null) {
            g.writeNull();
        } else {
            writeValue(g, item, member, emptyLists);
        }
    }
}
