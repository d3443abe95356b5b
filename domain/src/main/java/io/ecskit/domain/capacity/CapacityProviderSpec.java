package io.ecskit.domain.capacity;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A capacity provider as CreateCapacityProvider takes it (Auto Scaling group providers; ECS Managed Instances
 * providers are not modelled yet and are refused by name). Source: ECS API reference, CreateCapacityProvider.
 *
 * @param name 1..255 letters, digits, hyphens and underscores, not beginning with {@code aws}, {@code ecs} or {@code fargate} (required).
 * @param cluster The cluster of a Managed Instances provider; Auto Scaling group providers are account-wide.
 * @param autoScalingGroupProvider The Auto Scaling group and how ECS manages it (required here).
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 */
@Value.Builder
public record CapacityProviderSpec(
        String name,
        Option<String> cluster,
        Option<AutoScalingGroupProvider> autoScalingGroupProvider,
        List<Tag> tags) {

    /** A builder with every optional component absent and no tags. */
    public static CapacityProviderSpecBuilder builder() {
        return new CapacityProviderSpecBuilder();
    }
}
