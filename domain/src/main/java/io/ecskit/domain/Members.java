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

    private static final Map<Class<?>, Info> INFO = new ConcurrentHashMap<>();

    /** A record class's members, read once. */
    private static final class Info {
        final RecordComponent[] components;
        final java.lang.reflect.Method[] accessors;
        final java.lang.reflect.Type[] types;
        final Map<String, Integer> index = new java.util.HashMap<>();
        final Constructor<?> constructor;

        Info(Class<?> type) {
            components = type.getRecordComponents();
            accessors = new java.lang.reflect.Method[components.length];
            types = new java.lang.reflect.Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                // public accessors of public records: no access check is needed, and skipping it saves one per call
                accessors[i].setAccessible(true);
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
                index.put(components[i].getName(), i);
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
            typeArguments = new java.lang.reflect.Type[components.length][];
            for (int i = 0; i < components.length; i++) {
                typeArguments[i] = types[i] instanceof java.lang.reflect.ParameterizedType p ? p.getActualTypeArguments() : null;
            }
        }

        /** Each member's type arguments (null when not generic), read once: the JDK copies them on every call. */
        final java.lang.reflect.Type[][] typeArguments;

        boolean fits(int i, Object value) {
            return Members.fits(value, types[i], typeArguments[i]);
        }
    }

    private static Info info(Class<?> type) {
        Info known = INFO.get(type);
        return known != null ? known : INFO.computeIfAbsent(type, Info::new);
    }

    private Members() {
    }

    /** The names of the record's members, in declaration order. */
    public static Seq<String> names(Class<?> record) {
        return List.of(info(record).components).map(RecordComponent::getName);
    }

    /** The member's value as the record holds it (an {@code Option}, a list, a plain value); none when the record has no such member. */
    public static Option<Object> get(Object record, String member) {
        Info info = info(record.getClass());
        Integer i = info.index.get(member);
        if (i == null) {
            return Option.none();
        }
        try {
            return Option.of(info.accessors[i].invoke(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + member, e);
        }
    }

    /**
     * A record of {@code type} whose members come from {@code values} by name; a member it has no
     * value for is absent (none, empty, zero). A value is adapted to the member's form: a plain
     * value becomes {@code Option.of(value)} for an optional member, an {@code Option} is unwrapped
     * for a plain one.
     */
    public static <T> T build(Class<T> type, Function<String, Option<Object>> values) {
        Info info = info(type);
        RecordComponent[] components = info.components;
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Option<Object> value = values.apply(components[i].getName());
            args[i] = adapt(value.getOrNull(), components[i].getType());
            if (!info.fits(i, args[i])) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + components[i].getName() + " is "
                        + info.types[i].getTypeName() + ", not " + describe(args[i]));
            }
        }
        try {
            return type.cast(info.constructor.newInstance(args));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** A record of {@code type} with every member {@code source} has under the same name and of the same type. */
    public static <T> T copy(Object source, Class<T> type) {
        return from(source, type, Map.of());
    }

    /**
     * A record of {@code type}: the members named in {@code values}, and for the others what
     * {@code source} has under the same name and of the same type.
     */
    public static <T> T from(Object source, Class<T> type, Map<String, Object> values) {
        Info target = info(type);
        return build(type, name -> values.containsKey(name) ? Option.of(values.get(name)) : get(source, name)
                .filter(value -> {
                    int i = target.index.get(name);
                    return target.fits(i, adapt(value, raw(target.types[i])));
                }));
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

    /** Whether a (adapted) value can be the member: its class, and the class of an Option's or a list's content. */
    private static boolean fits(Object value, java.lang.reflect.Type target) {
        return fits(value, target, target instanceof java.lang.reflect.ParameterizedType p ? p.getActualTypeArguments() : null);
    }

    private static boolean fits(Object value, java.lang.reflect.Type target, java.lang.reflect.Type[] arguments) {
        Class<?> raw = raw(target);
        if (value == null) {
            return !raw.isPrimitive();
        }
        if (raw.isPrimitive()) {
            return value instanceof Number || value instanceof Boolean;
        }
        if (!raw.isInstance(value)) {
            return false;
        }
        if (arguments != null) {
            Class<?> element = raw(arguments[arguments.length - 1]);
            if (value instanceof Option<?> option && option.isDefined()) {
                return fits(option.get(), arguments[0]);
            }
            if (value instanceof Seq<?> seq && !seq.isEmpty()) {
                return element.isInstance(seq.head());
            }
        }
        return true;
    }

    private static Class<?> raw(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
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

}
