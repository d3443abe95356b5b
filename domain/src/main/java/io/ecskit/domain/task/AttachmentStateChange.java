package io.ecskit.domain.task;

/**
 * An attachment's state change as the ECS agent reports it with SubmitAttachmentStateChanges.
 *
 * @param attachmentArn ARN of the attachment: {@code arn:aws:ecs:<region>:<account>:attachment/<id>} (required).
 * @param status Its new status as the agent words it, e.g. {@code ATTACHED} (required).
 */
public record AttachmentStateChange(String attachmentArn, String status) {
}
