package io.ecskit.mapping;

import io.ecskit.domain.Flattened;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one mapping between the AWS SDK's model objects and ecskit's domain records, driven by both
 * sides' structure instead of field-by-field code: a record component maps to the SDK member of
 * the same name. {@code Option} is an optional member, vavr lists and maps are lists and maps,
 * enums and value types ({@link WireValue}) are their AWS strings, {@link JsonText} is a document,
 * records are nested shapes, and a {@link Flattened} component's members sit beside its siblings.
 *
 * <p>Reading (SDK to domain) reports every value the domain cannot hold, worded as AWS words it:
 * a missing required member, a value outside an enum, a name or ARN of the wrong form. Writing
 * (domain to SDK) cannot fail.
 */
public final class SdkMapping {

    private static final Map<Class<?>, RecordInfo> RECORDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Method> PARSERS = new ConcurrentHashMap<>();

    private SdkMapping() {
    }

    // ---- SDK → domain -----------------------------------------------------------------------

    /** The domain record of {@code type} for an SDK model object, or every problem with its JSON path. */
    public static <T> Either<Seq<Violation>, T> toDomain(SdkPojo sdk, Class<T> type) {
        java.util.List<Violation> problems = new ArrayList<>();
        Object value = record(sdk, type, "", problems);
        return problems.isEmpty() ? Either.right(type.cast(value)) : Either.left(List.ofAll(problems));
    }

    /** {@link #toDomain} for what AWS answered: a value the domain cannot hold is a bug to report, not input to refuse. */
    public static <T> T fromAws(SdkPojo sdk, Class<T> type) {
        return toDomain(sdk, type).getOrElseThrow(problems -> new UnmappableResponseException(type, problems));
    }

    private static Object record(SdkPojo sdk, Class<?> type, String path, java.util.List<Violation> problems) {
        RecordInfo info = info(type);
        Map<String, SdkField<?>> fields = fieldsOf(sdk);
        Object[] args = new Object[info.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = info.components[i];
            if (info.flattened[i]) {
                args[i] = record(sdk, component.getType(), path, problems);
                continue;
            }
            SdkField<?> field = fields.get(component.getName());
            Object raw = field == null ? null : field.getValueOrDefault(sdk);
            String at = join(path, component.getName());
            int before = problems.size();
            args[i] = value(raw, component.getGenericType(), field, at, problems);
            if (args[i] == null && problems.size() == before) {
                args[i] = missing(component.getType(), path, component.getName(), problems);
            }
        }
        return info.construct(args);
    }

    private static Object value(Object raw, Type type, SdkField<?> field, String path, java.util.List<Violation> problems) {
        Class<?> raw0 = rawClass(type);
        if (raw0 == Option.class) {
            Type inner = typeArgument(type, 0);
            if (raw == null || raw instanceof SdkAutoConstructList || raw instanceof SdkAutoConstructMap) {
                return Option.none();
            }
            Object value = value(raw, inner, field, path, problems);
            return value == null ? Option.none() : Option.some(value);
        }
        if (raw0 == List.class || raw0 == Seq.class) {
            if (raw == null) {
                return List.empty();
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            java.util.List<Object> items = new ArrayList<>();
            int i = 0;
            for (Object item : (java.util.List<?>) raw) {
                Object v = value(item, typeArgument(type, 0), member, path + "[" + i++ + "]", problems);
                if (v != null) {
                    items.add(v);
                }
            }
            return List.ofAll(items);
        }
        if (raw0 == io.vavr.collection.Map.class) {
            if (raw == null) {
                return LinkedHashMap.empty();
            }
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            io.vavr.collection.Map<String, Object> map = LinkedHashMap.empty();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
                Object v = value(e.getValue(), typeArgument(type, 1), member, path + "." + e.getKey(), problems);
                if (v != null) {
                    map = map.put(String.valueOf(e.getKey()), v);
                }
            }
            return map;
        }
        if (raw == null) {
            return null;
        }
        if (raw0.isRecord() && raw instanceof SdkPojo nested && !WireValue.class.isAssignableFrom(raw0) && raw0 != JsonText.class) {
            return record(nested, raw0, path, problems);
        }
        if (raw0 == JsonText.class) {
            return Documents.text((Document) raw);
        }
        if (raw0.isEnum()) {
            return enumValue(raw0, String.valueOf(raw), path, problems);
        }
        if (WireValue.class.isAssignableFrom(raw0)) {
            Either<Violation, ?> parsed = parse(raw0, String.valueOf(raw));
            if (parsed.isLeft()) {
                problems.add(parsed.getLeft().at(path));
                return null;
            }
            return parsed.get();
        }
        return scalar(raw, raw0, path);
    }

    private static Object enumValue(Class<?> type, String wire, String path, java.util.List<Violation> problems) {
        for (Object constant : type.getEnumConstants()) {
            if (wireOf(constant).equals(wire)) {
                return constant;
            }
        }
        problems.add(Violation.invalidParameter(path, "1 validation error detected: " + io.ecskit.domain.EcsRule.MEMBER_CONSTRAINT.message(
                " '" + wire + "'", path, "satisfy enum value set: " + List.of(type.getEnumConstants()).map(SdkMapping::wireOf).mkString("[", ", ", "]"))));
        return null;
    }

    private static Object scalar(Object raw, Class<?> type, String path) {
        if (type == int.class || type == Integer.class) {
            return ((Number) raw).intValue();
        }
        if (type == long.class || type == Long.class) {
            return ((Number) raw).longValue();
        }
        if (type == double.class || type == Double.class) {
            return ((Number) raw).doubleValue();
        }
        if (type.isInstance(raw) || type == boolean.class && raw instanceof Boolean) {
            return raw;
        }
        throw new IllegalStateException("cannot map " + raw.getClass().getName() + " to " + type.getName() + " at " + path);
    }

    /** An absent member: primitives become ECS's zero, other required members are missing input. */
    private static Object missing(Class<?> type, String parent, String name, java.util.List<Violation> problems) {
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
        problems.add(Violation.paramValidation(join(parent, name),
                "Missing required parameter in " + (parent.isEmpty() ? "input" : parent) + ": \"" + name + "\""));
        return null;
    }

    // ---- domain → SDK -----------------------------------------------------------------------

    /** The SDK model object of {@code sdkType} holding every member of the record. */
    public static <S extends SdkPojo> S toSdk(Object domain, Class<S> sdkType) {
        return sdkType.cast(build(fill(domain, newBuilder(sdkType))));
    }

    /** Sets, on an SDK builder, every member the record (and its flattened parts) has a value for. */
    public static <B extends SdkPojo> B fill(Object domain, B builder) {
        for (SdkField<?> field : builder.sdkFields()) {
            set(builder, field, component(domain, componentName(field.memberName())).getOrNull());
        }
        return builder;
    }

    /** The SDK model object of {@code sdkType} with the members named (by their record component names) in {@code members}. */
    public static <S extends SdkPojo> S toSdk(Map<String, ?> members, Class<S> sdkType) {
        SdkPojo builder = newBuilder(sdkType);
        for (SdkField<?> field : builder.sdkFields()) {
            set(builder, field, members.get(componentName(field.memberName())));
        }
        return sdkType.cast(build(builder));
    }

    private static void set(SdkPojo builder, SdkField<?> field, Object value) {
        Object present = present(value);
        if (present != null) {
            field.set(builder, sdkValue(present, field));
        }
    }

    /**
     * A component's value as a member: null when the member is absent. An empty list or map is an absent member; only
     * {@code Option<List>} can say "empty" ({@code []} in UpdateService: remove all); options are unwrapped.
     */
    public static Object present(Object value) {
        if (value instanceof Seq<?> seq && seq.isEmpty() || value instanceof io.vavr.collection.Map<?, ?> map && map.isEmpty()) {
            return null;
        }
        return unwrap(value);
    }

    /** The value inside (nested) options, null for none. */
    public static Object unwrap(Object value) {
        Object v = value;
        while (v instanceof Option<?> option) {
            v = option.getOrNull();
        }
        return v;
    }

    /**
     * How to read, from a record of {@code type}, the component a model member maps to (through {@link Flattened} parts):
     * null when the record has none. For writers that go from records to the wire without building SDK objects.
     */
    public static java.util.function.Function<Object, Object> reader(Class<?> type, String memberName) {
        String name = componentName(memberName);
        RecordInfo info = info(type);
        Integer own = info.index.get(name);
        if (own != null) {
            int i = own;
            return record -> info.read(record, i);
        }
        for (int i = 0; i < info.components.length; i++) {
            if (info.flattened[i]) {
                java.util.function.Function<Object, Object> nested = reader(info.components[i].getType(), memberName);
                if (nested != null) {
                    int part = i;
                    return record -> {
                        Object value = info.read(record, part);
                        return value == null ? null : nested.apply(value);
                    };
                }
            }
        }
        return null;
    }

    /** The members of an SDK model class, in the model's order. */
    public static java.util.List<SdkField<?>> membersOf(Class<? extends SdkPojo> sdkType) {
        return newBuilder(sdkType).sdkFields();
    }

    private static Option<Object> component(Object record, String name) {
        RecordInfo info = info(record.getClass());
        Integer own = info.index.get(name);
        if (own != null) {
            return Option.of(info.read(record, own));
        }
        for (int i = 0; i < info.components.length; i++) {
            if (info.flattened[i]) {
                Object part = info.read(record, i);
                Option<Object> nested = part == null ? Option.none() : component(part, name);
                if (nested.isDefined()) {
                    return nested;
                }
            }
        }
        return Option.none();
    }

    /** The SDK's value of a member for a domain value (a record becomes its SDK model object). */
    public static Object sdkValue(Object value, SdkField<?> field) {
        if (value instanceof Option<?> option) {
            return option.isEmpty() ? null : sdkValue(option.get(), field);
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST && value instanceof Seq<?> seq) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            java.util.List<Object> items = new ArrayList<>();
            seq.forEach(item -> items.add(sdkValue(item, member)));
            return items;
        }
        if (type == MarshallingType.MAP && value instanceof io.vavr.collection.Map<?, ?> map) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            Map<String, Object> entries = new java.util.LinkedHashMap<>();
            map.forEach(e -> entries.put(String.valueOf(e._1), sdkValue(e._2, member)));
            return entries;
        }
        if (type == MarshallingType.SDK_POJO) {
            return build(fill(value, field.constructor().get()));
        }
        if (type == MarshallingType.DOCUMENT) {
            return Documents.document((JsonText) value);
        }
        if (value instanceof Enum<?> || value instanceof WireValue) {
            return wireOf(value);
        }
        return value;
    }

    // ---- completeness -----------------------------------------------------------------------

    /**
     * Every SDK member, reachable from {@code sdkType}, that has no record component of the same
     * name on the domain side, as {@code Shape.member}: what the completeness test requires to be
     * empty.
     */
    public static Seq<String> unmapped(Class<? extends SdkPojo> sdkType, Class<?> domainType) {
        java.util.List<String> missing = new ArrayList<>();
        walk(newBuilder(sdkType), domainType, new java.util.HashSet<>(), missing);
        return List.ofAll(missing);
    }

    private static void walk(SdkPojo builder, Class<?> domainType, java.util.Set<String> seen, java.util.List<String> missing) {
        String shape = builder.getClass().getEnclosingClass().getSimpleName() + "->" + domainType.getSimpleName();
        if (!seen.add(shape)) {
            return;
        }
        for (SdkField<?> field : builder.sdkFields()) {
            Option<Type> component = componentType(domainType, componentName(field.memberName()));
            String name = builder.getClass().getEnclosingClass().getSimpleName() + "." + field.memberName();
            if (component.isEmpty()) {
                missing.add(name);
                continue;
            }
            SdkField<?> shapeField = field;
            Type type = component.get();
            while (true) {
                Class<?> raw = rawClass(type);
                if (raw == Option.class) {
                    type = typeArgument(type, 0);
                } else if (raw == List.class || raw == Seq.class) {
                    type = typeArgument(type, 0);
                    shapeField = shapeField.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
                } else if (raw == io.vavr.collection.Map.class) {
                    type = typeArgument(type, 1);
                    shapeField = shapeField.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
                } else {
                    break;
                }
            }
            if (shapeField.marshallingType() == MarshallingType.SDK_POJO) {
                walk(shapeField.constructor().get(), rawClass(type), seen, missing);
            }
        }
    }

    private static Option<Type> componentType(Class<?> record, String name) {
        RecordInfo info = info(record);
        Integer own = info.index.get(name);
        if (own != null) {
            return Option.of(info.components[own].getGenericType());
        }
        for (int i = 0; i < info.components.length; i++) {
            if (info.flattened[i]) {
                Option<Type> nested = componentType(info.components[i].getType(), name);
                if (nested.isDefined()) {
                    return nested;
                }
            }
        }
        return Option.none();
    }

    // ---- reflection, cached -----------------------------------------------------------------

    private static final class RecordInfo {
        final RecordComponent[] components;
        final boolean[] flattened;
        final Map<String, Integer> index = new java.util.HashMap<>();
        final Constructor<?> constructor;
        final Method[] accessors;

        RecordInfo(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            components = type.getRecordComponents();
            flattened = new boolean[components.length];
            accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                flattened[i] = components[i].isAnnotationPresent(Flattened.class);
                accessors[i] = components[i].getAccessor();
                // public accessors of public records: skipping the access check saves one per call
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
                index.put(components[i].getName(), i);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName()
                        + ": " + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Each component's accessor as a plain function (no reflective call per read), made on first use. */
        private volatile java.util.function.Function<Object, Object>[] getters;

        Object read(Object record, int i) {
            java.util.function.Function<Object, Object>[] g = getters;
            if (g == null) {
                g = getters();
                getters = g;
            }
            return g[i].apply(record);
        }

        @SuppressWarnings("unchecked")
        private java.util.function.Function<Object, Object>[] getters() {
            java.util.function.Function<Object, Object>[] made = new java.util.function.Function[accessors.length];
            for (int i = 0; i < made.length; i++) {
                made[i] = getter(accessors[i], components[i].getName());
            }
            return made;
        }

        /** The accessor as a function made by the JDK's lambda factory; a reflective call where it cannot be made. */
        @SuppressWarnings("unchecked")
        private static java.util.function.Function<Object, Object> getter(Method accessor, String name) {
            try {
                // the function is defined in this class's loader: only for records that loader sees as the same class
                if (Class.forName(accessor.getDeclaringClass().getName(), false, SdkMapping.class.getClassLoader())
                        != accessor.getDeclaringClass()) {
                    throw new IllegalStateException("another class loader's record");
                }
                java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
                java.lang.invoke.MethodHandle handle = lookup.unreflect(accessor);
                return (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(lookup, "apply",
                        java.lang.invoke.MethodType.methodType(java.util.function.Function.class),
                        java.lang.invoke.MethodType.methodType(Object.class, Object.class), handle,
                        java.lang.invoke.MethodType.methodType(accessor.getReturnType().isPrimitive()
                                ? wrapper(accessor.getReturnType()) : accessor.getReturnType(), accessor.getDeclaringClass()))
                        .getTarget().invokeExact();
            } catch (Throwable e) { // NOPMD - any reason the factory cannot make it: read reflectively instead
                return record -> {
                    try {
                        return accessor.invoke(record);
                    } catch (ReflectiveOperationException failed) {
                        throw new IllegalStateException("cannot read " + name, failed);
                    }
                };
            }
        }

        private static Class<?> wrapper(Class<?> primitive) {
            return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
        }
    }

    private static RecordInfo info(Class<?> type) {
        RecordInfo known = RECORDS.get(type);
        return known != null ? known : RECORDS.computeIfAbsent(type, RecordInfo::new);
    }

    /**
     * The record component a model member maps to: its name with a lower-case first letter (most members are camelCase
     * already; some shapes, such as ECR's and CloudWatch Logs' Tag, spell them Key and Value).
     */
    public static String componentName(String memberName) {
        return memberName.isEmpty() || Character.isLowerCase(memberName.charAt(0)) ? memberName
                : Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
    }

    private static Map<String, SdkField<?>> fieldsOf(SdkPojo pojo) {
        Map<String, SdkField<?>> fields = new java.util.HashMap<>();
        for (SdkField<?> f : pojo.sdkFields()) {
            fields.put(componentName(f.memberName()), f);
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Either<Violation, ?> parse(Class<?> type, String text) {
        Method parse = PARSERS.computeIfAbsent(type, t -> {
            try {
                Method m = t.getMethod("parse", String.class);
                if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != Either.class) {
                    throw new IllegalStateException(t.getName() + ".parse(String) must be static and answer Either");
                }
                return m;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t.getName() + " is a WireValue without static parse(String)", e);
            }
        });
        try {
            return (Either<Violation, ?>) parse.invoke(null, text);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot parse " + type.getSimpleName(), e);
        }
    }

    /** AWS's spelling of an enum constant or value type. */
    public static String wireOf(Object value) {
        return value instanceof WireValue wire ? wire.wire() : ((Enum<?>) value).name();
    }

    private static SdkPojo newBuilder(Class<?> sdkType) {
        try {
            return (SdkPojo) sdkType.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(sdkType.getName() + " is not an SDK model class", e);
        }
    }

    private static Object build(SdkPojo builder) {
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Type typeArgument(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
