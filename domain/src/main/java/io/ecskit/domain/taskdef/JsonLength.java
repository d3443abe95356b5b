package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * The UTF-8 length of a model value written as compact JSON the way the AWS SDK sends it: members
 * named as the record components (which are the API's member names), absent options and empty
 * lists left out, enums as their wire values. ECS measures the RegisterTaskDefinition request this
 * way for its 64 KiB limit, and RunTask's {@code overrides} for their 8192 characters.
 */
public final class JsonLength {

    private JsonLength() {
    }

    /** A record class's member names (as JSON strings' lengths) and accessors, read once per class. */
    private static final ClassValue<Members> MEMBERS = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            int[] nameLengths = new int[components.length];
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                nameLengths[i] = string(components[i].getName());
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return new Members(nameLengths, accessors);
        }
    };

    private record Members(int[] nameLengths, java.lang.reflect.Method[] accessors) {
    }

    /** The length of {@code value} (a model record, an option, a list, a map, a string, a number, a boolean or an enum) as compact JSON. */
    public static int of(Object value) {
        if (value instanceof Option<?> option) {
            return option.isDefined() ? of(option.get()) : 4;
        }
        if (value instanceof Seq<?> seq) {
            int length = 2 + Math.max(0, seq.size() - 1);
            for (Object item : seq) {
                length += of(item);
            }
            return length;
        }
        if (value instanceof Map<?, ?> map) {
            int length = 2 + Math.max(0, map.size() - 1);
            for (var entry : map) {
                length += string(String.valueOf(entry._1)) + 1 + of(entry._2);
            }
            return length;
        }
        if (value instanceof Record record) {
            Members members = MEMBERS.get(record.getClass());
            int length = 2;
            int present = 0;
            for (int i = 0; i < members.accessors().length; i++) {
                Object member = read(members.accessors()[i], record);
                if (present(member)) {
                    length += members.nameLengths()[i] + 1 + of(member);
                    present++;
                }
            }
            return length + Math.max(0, present - 1);
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
        int length = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                length += 2;
            } else if (c < 0x80) {
                length += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                // a surrogate pair is 4 bytes in UTF-8: 2 for each half
                length += 2;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static Object read(java.lang.reflect.Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
