package io.ecskit.domain;

import io.vavr.collection.Array;
import io.vavr.control.Option;

/**
 * A value AWS sends and receives as one string: an enum constant with AWS's spelling, a name, an
 * ARN. Non-enum implementations also offer {@code static Either<Violation, T> parse(String)}, the
 * way adapters read them.
 */
public interface WireValue {

    /** The value as AWS writes it. */
    String wire();

    /** The constant of {@code type} AWS spells {@code wire}. */
    static <E extends Enum<E> & WireValue> Option<E> parse(Class<E> type, String wire) {
        return Array.of(type.getEnumConstants()).find(e -> e.wire().equals(wire));
    }
}
