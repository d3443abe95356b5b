package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a security group and Amazon Web Services account ID pair. Source: EC2 API reference (UserIdGroupPair).
 *
 * @param description A description for the security group rule that references this user ID group pair.
 * @param userId The ID of an Amazon Web Services account.
 * @param groupName [Default VPC] The name of the security group.
 * @param groupId The ID of the security group.
 * @param vpcId The ID of the VPC for the referenced security group, if applicable.
 * @param vpcPeeringConnectionId The ID of the VPC peering connection, if applicable.
 * @param peeringStatus The status of a VPC peering connection, if applicable.
 */
@Value.Builder
public record UserIdGroupPair(
        Option<String> description,
        Option<String> userId,
        Option<String> groupName,
        Option<String> groupId,
        Option<String> vpcId,
        Option<String> vpcPeeringConnectionId,
        Option<String> peeringStatus) {

    /** A builder with every optional component absent and every list empty. */
    public static UserIdGroupPairBuilder builder() {
        return new UserIdGroupPairBuilder();
    }

    /** A builder holding this record's values. */
    public UserIdGroupPairBuilder toBuilder() {
        return new UserIdGroupPairBuilder().from(this);
    }
}
