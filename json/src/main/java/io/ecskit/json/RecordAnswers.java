package io.ecskit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.WireValue;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.Seq;
import software.amazon.awssdk.core.SdkField;
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
 * the SDK model objects {@link SdkMapping} would build and {@link SdkJson#answer(software.amazon.awssdk.core.SdkPojo)}
 * would then write (issue 26 item 8: on DescribeServices of ten services that detour cost more than the port call). The
 * JSON is the same: the same members, names, order, empty lists ({@code []} for unset list members),
 * timestamps (epoch seconds) and wire spellings; what this writer does not know itself (documents, the rare other types)
 * goes through the SDK's value. The text differs in one way: written as UTF-8 bytes, characters beyond the BMP are
 * escaped ({@code \\uD83D\\uDE00}). {@code -Decskit.wire.check=true} makes every answer also take the SDK path and fail
 * when the two, parsed, differ (the build's tests run so).
 *
 * <p>What the model says of each member (its encoded name, its type, its list element or map value, a nested shape's
 * members) is looked up once and held in {@link Member}s; how a record class's components are read as a shape's members
 * is held in {@link Plan}s, so writing an answer is walking records, with no lookups by name.
 */
final class RecordAnswers {

    private RecordAnswers() {
    }

    /** Every member, by its SDK field. */
    private static final Map<SdkField<?>, Member> MEMBERS = new ConcurrentHashMap<>();
    /** How each record class is read as each shape. */
    private static final Map<PlanKey, Plan> PLANS = new ConcurrentHashMap<>();

    /** What the model says of one member, looked up once. */
    static final class Member {
        final SdkField<?> field;
        final SerializedString name;
        final Kind kind;
        final boolean list;
        /** A list's element or a map's value; a nested shape's members: filled on first use (shapes may nest themselves). */
        private volatile Member element;
        private volatile Member[] nested;
        /** The plan a nested shape was last written with (nearly always the one record class the member holds). */
        volatile Plan last;
        /** A list's records seen lately and, from their second sight on, their text ({@link #writeElement}). */
        final Seen[] seen;

        Member(SdkField<?> field) {
            this.field = field;
            this.name = new SerializedString(field.locationName());
            this.kind = Kind.of(field.marshallingType());
            this.list = kind == Kind.LIST;
            this.seen = kind == Kind.OBJECT ? new Seen[SEEN_SLOTS] : null;
        }

        Member element() {
            Member e = element;
            if (e == null) {
                e = member(list ? field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo()
                        : field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo());
                element = e;
            }
            return e;
        }

        Member[] nested() {
            Member[] n = nested;
            if (n == null) {
                n = members(field.constructor().get().sdkFields());
                nested = n;
            }
            return n;
        }
    }

    /** The marshalling types this writer writes itself; OTHER goes through the SDK's value. */
    private enum Kind {
        STRING, OBJECT, LIST, MAP, INSTANT, BOOLEAN, INTEGER, LONG, DOUBLE, OTHER;

        static Kind of(MarshallingType<?> type) {
            return type == MarshallingType.STRING ? STRING : type == MarshallingType.SDK_POJO ? OBJECT : type == MarshallingType.LIST ? LIST
                    : type == MarshallingType.MAP ? MAP : type == MarshallingType.INSTANT ? INSTANT : type == MarshallingType.BOOLEAN ? BOOLEAN
                    : type == MarshallingType.INTEGER ? INTEGER : type == MarshallingType.LONG ? LONG : type == MarshallingType.DOUBLE ? DOUBLE
                    : OTHER;
        }
    }

    private static Member member(SdkField<?> field) {
        Member known = MEMBERS.get(field);
        return known != null ? known : MEMBERS.computeIfAbsent(field, Member::new);
    }

    static Member[] members(List<SdkField<?>> fields) {
        Member[] members = new Member[fields.size()];
        for (int i = 0; i < members.length; i++) {
            members[i] = member(fields.get(i));
        }
        return members;
    }

    /** How a record class's components are read as a shape's members. */
    private static final class Plan {
        final Class<?> record;
        final Member[] members;
        final Function<Object, Object>[] readers;

        @SuppressWarnings("unchecked")
        Plan(Class<?> record, Member[] members) {
            this.record = record;
            this.members = members;
            this.readers = new Function[members.length];
            for (int i = 0; i < readers.length; i++) {
                readers[i] = SdkMapping.reader(record, members[i].field.memberName());
            }
        }
    }

    private record PlanKey(Class<?> record, Member[] members) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PlanKey k && k.record == record && k.members == members;
        }

        @Override
        public int hashCode() {
            return 31 * record.hashCode() + System.identityHashCode(members);
        }

        @Override
        public String toString() {
            return record.getSimpleName();
        }
    }

    private static Plan plan(Class<?> record, Member[] members) {
        return PLANS.computeIfAbsent(new PlanKey(record, members), key -> new Plan(record, members));
    }

    /** An answer's members, from values by their record component names. */
    static void writeMembers(JsonGenerator g, Member[] members, Map<String, ?> values) throws IOException {
        g.writeStartObject();
        for (Member member : members) {
            writeMember(g, member, values.get(SdkMapping.componentName(member.field.memberName())), true);
        }
        g.writeEndObject();
    }

    /** One record as the SDK shape whose members are {@code members}, at the top of an answer (unset lists as {@code []}). */
    static void writeTop(JsonGenerator g, Object record, Member[] members) throws IOException {
        writeRecord(g, record, plan(record.getClass(), members), true);
    }

    private static void writeRecord(JsonGenerator g, Object record, Plan plan, boolean emptyLists) throws IOException {
        g.writeStartObject();
        Member[] members = plan.members;
        Function<Object, Object>[] readers = plan.readers;
        for (int i = 0; i < members.length; i++) {
            writeMember(g, members[i], readers[i] == null ? null : readers[i].apply(record), emptyLists);
        }
        g.writeEndObject();
    }

    private static void writeMember(JsonGenerator g, Member member, Object component, boolean emptyLists) throws IOException {
        Object value = SdkMapping.present(component);
        if (value == null) {
            if (emptyLists && member.list) {
                g.writeFieldName(member.name);
                g.writeStartArray();
                g.writeEndArray();
            }
            return;
        }
        g.writeFieldName(member.name);
        writeValue(g, value, member, emptyLists);
    }

    private static void writeValue(JsonGenerator g, Object value, Member member, boolean emptyLists) throws IOException {
        // by the member's kind first: one type test per value, not a chain of them
        switch (member.kind) {
            case STRING -> {
                if (value instanceof String text) {
                    g.writeString(text);
                    return;
                }
                if (value instanceof Enum<?> || value instanceof WireValue) {
                    g.writeString(SdkMapping.wireOf(value));
                    return;
                }
            }
            case OBJECT -> {
                if (value instanceof Record && !(value instanceof WireValue) && !(value instanceof JsonText)) {
                    Plan plan = member.last;
                    if (plan == null || plan.record != value.getClass()) {
                        plan = plan(value.getClass(), member.nested());
                        member.last = plan;
                    }
                    writeRecord(g, value, plan, emptyLists);
                    return;
                }
            }
            case LIST -> {
                if (value instanceof Seq<?> items) {
                    Member element = member.element();
                    g.writeStartArray();
                    for (Object item : items) {
                        writeItem(g, SdkMapping.unwrap(item), element, emptyLists);
                    }
                    g.writeEndArray();
                    return;
                }
            }
            case MAP -> {
                if (value instanceof io.vavr.collection.Map<?, ?> map) {
                    // as the SDK path: empty lists inside maps' values are left out
                    Member element = member.element();
                    g.writeStartObject();
                    for (io.vavr.Tuple2<?, ?> entry : map) {
                        g.writeFieldName(String.valueOf(entry._1));
                        writeItem(g, SdkMapping.unwrap(entry._2), element, false);
                    }
                    g.writeEndObject();
                    return;
                }
            }
            case INSTANT -> {
                if (value instanceof Instant instant) {
                    g.writeNumber(SdkJson.epochSeconds(instant));
                    return;
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    g.writeBoolean(b);
                    return;
                }
            }
            case INTEGER -> {
                if (value instanceof Integer n) {
                    g.writeNumber(n);
                    return;
                }
            }
            case LONG -> {
                if (value instanceof Long n) {
                    g.writeNumber(n);
                    return;
                }
            }
            case DOUBLE -> {
                if (value instanceof Double n) {
                    g.writeNumber(n);
                    return;
                }
            }
            default -> {
            }
        }
        writeSdk(g, value, member, emptyLists);
    }

    /** Documents and the rare rest: the SDK's value, written as the SDK path writes it. */
    private static void writeSdk(JsonGenerator g, Object value, Member member, boolean emptyLists) throws IOException {
        SdkJson.writeSdkValue(g, SdkMapping.sdkValue(value, member.field), member.field, emptyLists);
    }

    private static void writeItem(JsonGenerator g, Object item, Member member, boolean emptyLists) throws IOException {
        if (item == null) {
            g.writeNull();
        } else if (member.seen != null && item instanceof Record && !(item instanceof WireValue) && !(item instanceof JsonText)) {
            writeElement(g, item, member, emptyLists);
        } else {
            writeValue(g, item, member, emptyLists);
        }
    }

    /** Slots of a member's {@link Member#seen} (a power of two): ten services of a DescribeServices stay apart. */
    private static final int SEEN_SLOTS = 64;

    /** A record seen as a list's element, by identity, and its text once it was seen twice. */
    private record Seen(Object record, boolean emptyLists, SerializedString text) {
    }

    /**
     * A record in a list (a service of DescribeServices, a task of DescribeTasks). Records never change, and the
     * in-memory backend answers the very record it answered before for what nothing touched since: the second time
     * the same record (the same object, not an equal one) is written, its text is kept, and from then on copied
     * instead of walked. A record made anew for each answer is only remembered, never written twice.
     */
    private static void writeElement(JsonGenerator g, Object item, Member member, boolean emptyLists) throws IOException {
        Seen[] seen = member.seen;
        int slot = System.identityHashCode(item) & (SEEN_SLOTS - 1);
        Seen known = seen[slot];
        if (known != null && known.record == item && known.emptyLists == emptyLists) {
            SerializedString text = known.text;
            if (text == null) {
                text = new SerializedString(alone(item, member, emptyLists));
                seen[slot] = new Seen(item, emptyLists, text);
            }
            g.writeRawValue(text);
            return;
        }
        seen[slot] = new Seen(item, emptyLists, null);
        writeValue(g, item, member, emptyLists);
    }

    /** One value's JSON text, written on its own as an answer writes it (UTF-8: the same escapes). */
    private static String alone(Object value, Member member, boolean emptyLists) throws IOException {
        com.fasterxml.jackson.core.util.ByteArrayBuilder out = new com.fasterxml.jackson.core.util.ByteArrayBuilder(2048);
        try (JsonGenerator g = SdkJson.STREAMS.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            writeValue(g, value, member, emptyLists);
        }
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
