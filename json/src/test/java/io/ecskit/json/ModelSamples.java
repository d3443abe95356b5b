package io.ecskit.json;

import io.ecskit.mapping.SdkMapping;

import io.ecskit.domain.Flattened;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.service.DeploymentId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

/** SDK model objects with every member set to a value the domain accepts, built by walking both sides. */
final class ModelSamples {

    /** A valid wire form for each domain value type; a new value type without one fails the completeness test. */
    private static final Map<Class<?>, String> SAMPLES = Map.of(
            ClusterName.class, "sample-cluster",
            ServiceName.class, "sample-service",
            ClusterArn.class, "arn:aws:ecs:us-east-1:123456789012:cluster/sample-cluster",
            ServiceArn.class, "arn:aws:ecs:us-east-1:123456789012:service/sample-cluster/sample-service",
            TaskArn.class, "arn:aws:ecs:us-east-1:123456789012:task/sample-cluster/0123456789abcdef0123456789abcdef",
            TaskDefinitionArn.class, "arn:aws:ecs:us-east-1:123456789012:task-definition/sample:3",
            TaskDefinitionRef.class, "arn:aws:ecs:us-east-1:123456789012:task-definition/sample:4",
            ContainerInstanceArn.class, "arn:aws:ecs:us-east-1:123456789012:container-instance/sample-cluster/abc123",
            DeploymentId.class, "ecs-svc/1234567890123456789");

    private ModelSamples() {
    }

    static SdkPojo builder(Class<?> sdkType) {
        try {
            return (SdkPojo) sdkType.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static SdkPojo build(SdkPojo builder) {
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }

    static boolean hasSample(Class<?> type) {
        return SAMPLES.containsKey(type);
    }

    static SdkPojo everyMember(Class<?> sdkType, Class<?> domainType) {
        return build(fill(builder(sdkType), domainType));
    }

    private static SdkPojo fill(SdkPojo builder, Class<?> domainType) {
        for (SdkField<?> field : builder.sdkFields()) {
            // a member the domain leaves out on purpose (ModelCompletenessTest.LEFT_OUT) gets no sample;
            // everySdkMember_hasARecordComponent fails for any other missing one
            Option<Type> component = componentType(domainType, io.ecskit.mapping.SdkMapping.componentName(field.memberName()));
            if (component.isDefined()) {
                field.set(builder, sample(field, component.get(), field.memberName()));
            }
        }
        return builder;
    }

    private static Object sample(SdkField<?> field, Type type, String name) {
        Class<?> raw = raw(type);
        if (raw == Option.class) {
            return sample(field, arg(type, 0), name);
        }
        MarshallingType<?> kind = field.marshallingType();
        if (kind == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            return java.util.List.of(sample(member, arg(type, 0), name));
        }
        if (kind == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
            return Map.of("key-of-" + name, sample(member, arg(type, 1), name));
        }
        if (kind == MarshallingType.SDK_POJO) {
            return build(fill(field.constructor().get(), raw));
        }
        if (kind == MarshallingType.DOCUMENT) {
            return SdkJson.document("{\"" + name + "\":[1,\"two\",true,{\"n\":null}]}");
        }
        if (raw.isEnum()) {
            return SdkMapping.wireOf(raw.getEnumConstants()[raw.getEnumConstants().length - 1]);
        }
        if (WireValue.class.isAssignableFrom(raw)) {
            String sample = SAMPLES.get(raw);
            if (sample == null) {
                throw new IllegalStateException("no sample for value type " + raw.getSimpleName());
            }
            return sample;
        }
        if (kind == MarshallingType.INTEGER) {
            return 7;
        }
        if (kind == MarshallingType.LONG) {
            return 8L;
        }
        if (kind == MarshallingType.DOUBLE) {
            return 2.5;
        }
        if (kind == MarshallingType.BOOLEAN) {
            return true;
        }
        if (kind == MarshallingType.INSTANT) {
            return Instant.parse("2026-12-01T10:15:30.123Z");
        }
        if (kind == MarshallingType.STRING) {
            return "sample-" + name;
        }
        throw new IllegalStateException("no sample for " + kind + " " + name);
    }

    /** Members a sample left unset: none, or the sampler missed a kind of member. */
    static Seq<String> unsetMembers(SdkPojo pojo) {
        java.util.List<String> unset = new ArrayList<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
                unset.add(pojo.getClass().getSimpleName() + "." + field.memberName());
            } else if (value instanceof SdkPojo nested) {
                unset.addAll(unsetMembers(nested).asJava());
            } else if (value instanceof java.util.List<?> list) {
                list.stream().filter(SdkPojo.class::isInstance).forEach(item -> unset.addAll(unsetMembers((SdkPojo) item).asJava()));
            }
        }
        return List.ofAll(unset);
    }

    /** SDK enum values with no domain constant of the same spelling, as {@code Shape.member: value}. */
    static Seq<String> enumGaps(Class<?> sdkType, Class<?> domainType) {
        java.util.List<String> gaps = new ArrayList<>();
        enumGaps(sdkType, domainType, new java.util.HashSet<>(), gaps);
        return List.ofAll(gaps);
    }

    private static void enumGaps(Class<?> sdkType, Class<?> domainType, java.util.Set<Class<?>> seen, java.util.List<String> gaps) {
        if (!seen.add(sdkType)) {
            return;
        }
        for (SdkField<?> field : builder(sdkType).sdkFields()) {
            Option<Type> found = componentType(domainType, io.ecskit.mapping.SdkMapping.componentName(field.memberName()));
            if (found.isEmpty()) {
                continue;
            }
            Type component = found.get();
            Type sdkGetter = getter(sdkType, field.memberName()).getGenericReturnType();
            Class<?> sdkElement = element(sdkGetter);
            Class<?> domainElement = element(component);
            if (sdkElement.isEnum()) {
                Set<String> known = HashSet.of(domainElement.getEnumConstants()).map(SdkMapping::wireOf);
                for (Object value : sdkElement.getEnumConstants()) {
                    if (!((Enum<?>) value).name().equals("UNKNOWN_TO_SDK_VERSION") && !known.contains(value.toString())) {
                        gaps.add(sdkType.getSimpleName() + "." + field.memberName() + ": " + value);
                    }
                }
            } else if (SdkPojo.class.isAssignableFrom(sdkElement)) {
                enumGaps(sdkElement, domainElement, seen, gaps);
            }
        }
    }

    /** Every value type (non-enum WireValue) reachable from the record. */
    static Seq<Class<?>> valueTypes(Class<?> domainType) {
        java.util.Set<Class<?>> found = new java.util.LinkedHashSet<>();
        valueTypes(domainType, new java.util.HashSet<>(), found);
        return List.ofAll(found);
    }

    private static void valueTypes(Class<?> type, java.util.Set<Class<?>> seen, java.util.Set<Class<?>> found) {
        if (!seen.add(type) || !type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> element = element(c.getGenericType());
            if (WireValue.class.isAssignableFrom(element) && !element.isEnum()) {
                found.add(element);
            } else if (element.isRecord() && element != JsonText.class) {
                valueTypes(element, seen, found);
            }
        }
    }

    private static Method getter(Class<?> sdkType, String member) {
        for (Method m : sdkType.getMethods()) {
            if (m.getName().equalsIgnoreCase(member) && m.getParameterCount() == 0) {
                return m;
            }
        }
        throw new IllegalStateException("no getter " + member);
    }

    private static Option<Type> componentType(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return Option.of(c.getGenericType());
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.isAnnotationPresent(Flattened.class)) {
                Option<Type> nested = componentType(c.getType(), name);
                if (nested.isDefined()) {
                    return nested;
                }
            }
        }
        return Option.none();
    }

    private static Class<?> element(Type type) {
        Class<?> raw = raw(type);
        if (raw == Option.class || raw == List.class || raw == java.util.List.class) {
            return element(arg(type, 0));
        }
        if (raw == io.vavr.collection.Map.class || raw == java.util.Map.class) {
            return element(arg(type, 1));
        }
        return raw;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type arg(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }
}
