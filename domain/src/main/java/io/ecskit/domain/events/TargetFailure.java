package io.ecskit.domain.events;

/**
 * A target PutTargets or RemoveTargets could not take, as their FailedEntries answer it.
 *
 * @param targetId the target's id
 * @param errorCode EventBridge's code (e.g. {@code ValidationException})
 * @param errorMessage why
 */
public record TargetFailure(String targetId, String errorCode, String errorMessage) {
}
