package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a security group. Source: EC2 API reference (SecurityGroup).
 *
 * @param groupId The ID of the security group.
 * @param ipPermissionsEgress The outbound rules associated with the security group.
 * @param tags Any tags assigned to the security group.
 * @param vpcId The ID of the VPC for the security group.
 * @param securityGroupArn The ARN of the security group.
 * @param ownerId The Amazon Web Services account ID of the owner of the security group.
 * @param groupName The name of the security group.
 * @param description A description of the security group.
 * @param ipPermissions The inbound rules associated with the security group.
 */
@Value.Builder
public record SecurityGroup(
        Option<String> groupId,
        List<IpPermission> ipPermissionsEgress,
        List<Tag> tags,
        Option<String> vpcId,
        Option<String> securityGroupArn,
        Option<String> ownerId,
        Option<String> groupName,
        Option<String> description,
        List<IpPermission> ipPermissions) {

    /** A builder with every optional component absent and every list empty. */
    public static SecurityGroupBuilder builder() {
        return new SecurityGroupBuilder();
    }

    /** A builder holding this record's values. */
    public SecurityGroupBuilder toBuilder() {
        return new SecurityGroupBuilder().from(this);
    }
}
