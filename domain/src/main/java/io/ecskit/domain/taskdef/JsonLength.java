package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 length of a model value written as compact JSON the way the AWS SDK sends it: members
 * named as the record components (which are the API's member names), absent options and empty
 * lists left out, enums as their wire values. ECS measures the RegisterTaskDefinition request this
 * way for its 64 KiB limit.
 */
final class JsonLength {

    private JsonLength() {
    }

    static int of(Object value) {
        if (value instanceof Option<?> option) {
            return option.map(JsonLength::of).getOrElse(4);
        }
        if (value instanceof Seq<?> seq) {
            return 2 + seq.map(JsonLength::of).sum().intValue() + Math.max(0, seq.size() - 1);
        }
        if (value instanceof Map<?, ?> map) {
            return 2 + map.toList().map(e -> string(String.valueOf(e._1)) + 1 + of(e._2)).sum().intValue()
                    + Math.max(0, map.size() - 1);
        }
        if (value instanceof Record record) {
            Seq<Integer> members = io.vavr.collection.List.of(record.getClass().getRecordComponents())
                    .map(c -> io.vavr.Tuple.of(c.getName(), read(c, record)))
                    .filter(m -> present(m._2))
                    .map(m -> string(m._1) + 1 + of(m._2));
            return 2 + members.sum().intValue() + Math.max(0, members.size() - 1);
        }
        if (value instanceof WireValue wire) {
            return string(wire.wire());
        }
        if (value instanceof String text) {
            return string(text);
        }
        return String.valueOf(value).length();
    }

    private static boolean present(Object member) {
        return !(member instanceof Option<?> o && o.isEmpty()) && !(member instanceof Seq<?> s && s.isEmpty())
                && !(member instanceof Map<?, ?> m && m.isEmpty()) && member != null;
    }

    /** A JSON string: quotes, and two bytes for each character JSON escapes. */
    private static int string(String text) {
        int escapes = 0;
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20) {
                escapes++;
            }
        }
        return 2 + text.getBytes(StandardCharsets.UTF_8).length + escapes;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
