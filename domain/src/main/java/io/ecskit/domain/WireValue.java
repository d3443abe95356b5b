package io.ecskit.domain;

import io.vavr.collection.Array;
import io.vavr.control.Option;

/** An enum constant with the exact spelling AWS uses for it on the wire. */
public interface WireValue {

    String wire();

    static <E extends Enum<E> & WireValue> Option<E> parse(Class<E> type, String wire) {
        return Array.of(type.getEnumConstants()).find(e -> e.wire().equals(wire));
    }
}
