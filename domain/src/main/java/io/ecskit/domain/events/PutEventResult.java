package io.ecskit.domain.events;

import io.vavr.control.Option;

/**
 * One PutEvents entry's outcome: the event's id, or why it was not sent.
 *
 * @param eventId the event's id when it was sent
 * @param errorCode EventBridge's code when it was not
 * @param errorMessage why it was not
 */
public record PutEventResult(Option<String> eventId, Option<String> errorCode, Option<String> errorMessage) {
}
