package io.ecskit.domain;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The model's records by member name, the way the ECS API relates its shapes: UpdateService's
 * {@code loadBalancers} is CreateService's and DescribeServices' {@code loadBalancers}. One place
 * that copies, overrides and compares members by name, so no code lists them one by one.
 */
public final class Members {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Members() {
    }

    /** The names of the record's members, in declaration order. */
    public static Seq<String> names(Class<?> record) {
        return List.of(record.getRecordComponents()).map(RecordComponent::getName);
    }

    /** The member's value as the record holds it (an {@code Option}, a list, a plain value); none when the record has no such member. */
    public static Option<Object> get(Object record, String member) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(member)) {
                try {
                    return Option.of(c.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + member, e);
                }
            }
        }
        return Option.none();
    }

    /**
     * A record of {@code type} whose members come from {@code values} by name; a member it has no
     * value for is absent (none, empty, zero). A value is adapted to the member's form: a plain
     * value becomes {@code Option.of(value)} for an optional member, an {@code Option} is unwrapped
     * for a plain one.
     */
    public static <T> T build(Class<T> type, Function<String, Option<Object>> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Option<Object> value = values.apply(components[i].getName());
            args[i] = adapt(value.getOrNull(), components[i].getType());
        }
        try {
            return type.cast(constructor(type).newInstance(args));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** A record of {@code type} with every member {@code source} has under the same name. */
    public static <T> T copy(Object source, Class<T> type) {
        return build(type, name -> get(source, name));
    }

    /** {@code record} with each member named in {@code values} replaced. */
    public static <T> T with(T record, Map<String, Object> values) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        return build(type, name -> values.containsKey(name) ? Option.of(values.get(name)) : get(record, name));
    }

    /** Whether a member's value says something: a defined {@code Option}, a non-empty list or map, any plain value. */
    public static boolean isGiven(Object value) {
        if (value instanceof Option<?> option) {
            return option.isDefined();
        }
        if (value instanceof Seq<?> seq) {
            return !seq.isEmpty();
        }
        if (value instanceof io.vavr.collection.Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }

    private static Object adapt(Object value, Class<?> target) {
        if (target == Option.class) {
            if (value == null) {
                return Option.none();
            }
            return value instanceof Option<?> ? value : Option.of(value);
        }
        Object plain = value instanceof Option<?> option ? option.getOrNull() : value;
        if (plain == null) {
            return empty(target);
        }
        return plain;
    }

    private static Object empty(Class<?> type) {
        if (type == List.class || type == Seq.class) {
            return List.empty();
        }
        if (type == io.vavr.collection.Map.class) {
            return LinkedHashMap.empty();
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Constructor<?> constructor(Class<?> type) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            try {
                return t.getDeclaredConstructor(List.of(t.getRecordComponents()).map(RecordComponent::getType).toJavaArray(Class[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        });
    }
}
