package io.ecskit.domain.capacity;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A capacity provider as DescribeCapacityProviders answers it: FARGATE and FARGATE_SPOT (built in) or an Auto Scaling
 * group provider. Source: ECS API reference, CapacityProvider. (Its {@code managedInstancesProvider} member is not
 * modelled yet: ecskit creates no Managed Instances providers.)
 *
 * @param capacityProviderArn {@code arn:aws:ecs:REGION:ACCOUNT:capacity-provider/NAME}.
 * @param name The provider's name.
 * @param cluster The cluster of a Managed Instances provider.
 * @param status ACTIVE, or INACTIVE once deleted.
 * @param autoScalingGroupProvider The Auto Scaling group behind an EC2 provider.
 * @param updateStatus The state of the last create, update or delete (e.g. UPDATE_COMPLETE, DELETE_COMPLETE).
 * @param updateStatusReason Why the last update failed, when it did.
 * @param tags Tags on the resource, when asked for with include TAGS.
 * @param type EC2_AUTOSCALING, MANAGED_INSTANCES, FARGATE or FARGATE_SPOT.
 */
@Value.Builder
public record CapacityProvider(
        String capacityProviderArn,
        String name,
        Option<String> cluster,
        CapacityProviderStatus status,
        Option<AutoScalingGroupProvider> autoScalingGroupProvider,
        Option<CapacityProviderUpdateStatus> updateStatus,
        Option<String> updateStatusReason,
        List<Tag> tags,
        Option<CapacityProviderType> type) {

    /** A builder with every optional component absent and no tags. */
    public static CapacityProviderBuilder builder() {
        return new CapacityProviderBuilder();
    }

    /** A builder holding this record's values. */
    public CapacityProviderBuilder toBuilder() {
        return new CapacityProviderBuilder().from(this);
    }
}
