package io.ecskit.domain.instance;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A resource of a container instance: CPU and MEMORY (INTEGER), PORTS and PORTS_UDP (STRINGSET), GPU. Source: ECS API
 * reference, Resource.
 *
 * @param name CPU, MEMORY, PORTS, PORTS_UDP or a custom name.
 * @param type DOUBLE, LONG, INTEGER or STRINGSET.
 * @param doubleValue The value of a DOUBLE resource.
 * @param longValue The value of a LONG resource.
 * @param integerValue The value of an INTEGER resource (CPU units, MiB of memory).
 * @param stringSetValue The values of a STRINGSET resource (ports).
 */
@Value.Builder
public record Resource(
        Option<String> name,
        Option<String> type,
        Option<Double> doubleValue,
        Option<Long> longValue,
        Option<Integer> integerValue,
        List<String> stringSetValue) {

    /** An INTEGER resource. */
    public static Resource integer(String name, int value) {
        return new Resource(Option.of(name), Option.of("INTEGER"), Option.none(), Option.none(), Option.of(value), List.empty());
    }

    /** A STRINGSET resource. */
    public static Resource stringSet(String name, List<String> values) {
        return new Resource(Option.of(name), Option.of("STRINGSET"), Option.none(), Option.none(), Option.none(), values);
    }
}
