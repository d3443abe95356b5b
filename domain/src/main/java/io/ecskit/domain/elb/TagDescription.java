package io.ecskit.domain.elb;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The tags associated with a resource. Source: Elastic Load Balancing v2 API reference (TagDescription).
 *
 * @param resourceArn The Amazon Resource Name (ARN) of the resource.
 * @param tags Information about the tags.
 */
@Value.Builder
public record TagDescription(
        Option<String> resourceArn,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static TagDescriptionBuilder builder() {
        return new TagDescriptionBuilder();
    }

    /** A builder holding this record's values. */
    public TagDescriptionBuilder toBuilder() {
        return new TagDescriptionBuilder().from(this);
    }
}
