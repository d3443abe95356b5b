package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The tags to apply to a resource when the resource is being created. Source: EC2 API reference (TagSpecification).
 *
 * @param resourceType The type of resource to tag on creation.
 * @param tags The tags to apply to the resource.
 */
@Value.Builder
public record TagSpecification(
        Option<ResourceType> resourceType,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static TagSpecificationBuilder builder() {
        return new TagSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public TagSpecificationBuilder toBuilder() {
        return new TagSpecificationBuilder().from(this);
    }
}
