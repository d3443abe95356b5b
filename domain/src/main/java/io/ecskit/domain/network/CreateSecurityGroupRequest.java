package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the EC2 API reference. Source: EC2 API reference (CreateSecurityGroupRequest).
 *
 * @param description A description for the security group. (required)
 * @param groupName The name of the security group. (required)
 * @param vpcId The ID of the VPC.
 * @param tagSpecifications The tags to assign to the security group.
 * @param dryRun Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
 */
@Value.Builder
public record CreateSecurityGroupRequest(
        String description,
        String groupName,
        Option<String> vpcId,
        List<TagSpecification> tagSpecifications,
        Option<Boolean> dryRun) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateSecurityGroupRequestBuilder builder() {
        return new CreateSecurityGroupRequestBuilder();
    }

    /** A builder holding this record's values. */
    public CreateSecurityGroupRequestBuilder toBuilder() {
        return new CreateSecurityGroupRequestBuilder().from(this);
    }
}
