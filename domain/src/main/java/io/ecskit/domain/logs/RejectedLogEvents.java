package io.ecskit.domain.logs;

import io.vavr.control.Option;

/**
 * What PutLogEvents did not store, as CloudWatch Logs answers it in {@code rejectedLogEventsInfo}: indexes into the
 * (chronologically ordered) batch.
 *
 * @param tooNewLogEventStartIndex the first event more than 2 hours in the future; it and all after it were rejected
 * @param tooOldLogEventEndIndex the last event older than 14 days; it and all before it were rejected
 * @param expiredLogEventEndIndex the last event older than the group's retention; it and all before it were rejected
 */
public record RejectedLogEvents(Option<Integer> tooNewLogEventStartIndex, Option<Integer> tooOldLogEventEndIndex,
                                Option<Integer> expiredLogEventEndIndex) {

    /** Every event stored. */
    public static final RejectedLogEvents NONE = new RejectedLogEvents(Option.none(), Option.none(), Option.none());

    /** Whether any event was rejected. */
    public boolean any() {
        return tooNewLogEventStartIndex.isDefined() || tooOldLogEventEndIndex.isDefined() || expiredLogEventEndIndex.isDefined();
    }
}
