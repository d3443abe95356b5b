package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Tags for the Amazon EBS volumes ECS creates.
 *
 * @param resourceType What the tags go on: volume (required).
 * @param tags Tags for the volume.
 * @param propagateTags Also copy tags from TASK_DEFINITION or SERVICE, or NONE.
 */
@Value.Builder
public record EbsTagSpecification(
        EbsResourceType resourceType,
        List<Tag> tags,
        Option<PropagateTags> propagateTags) {

    /** A builder with every optional component absent and every list empty. */
    public static EbsTagSpecificationBuilder builder() {
        return new EbsTagSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public EbsTagSpecificationBuilder toBuilder() {
        return new EbsTagSpecificationBuilder().from(this);
    }
}
