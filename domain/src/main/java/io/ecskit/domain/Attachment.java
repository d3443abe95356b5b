package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A resource ECS attached to a task or cluster (an elastic network interface, say).
 *
 * @param id ID of the attachment.
 * @param type Kind of attachment, e.g. ElasticNetworkInterface.
 * @param status PRECREATED, CREATED, ATTACHING, ATTACHED, DETACHING, DETACHED, DELETED or FAILED.
 * @param details Details of the attachment, e.g. subnetId, networkInterfaceId, privateIPv4Address.
 */
@Value.Builder
public record Attachment(
        Option<String> id,
        Option<String> type,
        Option<String> status,
        List<KeyValuePair> details) {

    /** A builder with every optional component absent and every list empty. */
    public static AttachmentBuilder builder() {
        return new AttachmentBuilder();
    }

    /** A builder holding this record's values. */
    public AttachmentBuilder toBuilder() {
        return new AttachmentBuilder().from(this);
    }
}
