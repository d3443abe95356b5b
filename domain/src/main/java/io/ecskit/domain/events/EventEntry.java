package io.ecskit.domain.events;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * An event PutEvents sends to the default bus. Source: EventBridge API reference, PutEventsRequestEntry.
 *
 * @param time when it happened (the clock's now by default)
 * @param source its source, e.g. {@code com.example.orders} ({@code aws.} sources are AWS's)
 * @param resources the ARNs it concerns
 * @param detailType its type, e.g. {@code Order Placed}
 * @param detail a JSON object
 */
public record EventEntry(Option<java.time.Instant> time, String source, List<String> resources, String detailType, String detail) {

    /** An event now, concerning no resource. */
    public static EventEntry of(String source, String detailType, String detail) {
        return new EventEntry(Option.none(), source, List.empty(), detailType, detail);
    }
}
