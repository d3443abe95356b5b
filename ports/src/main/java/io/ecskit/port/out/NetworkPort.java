package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.network.CreateSecurityGroupRequest;
import io.ecskit.domain.network.CreateSubnetRequest;
import io.ecskit.domain.network.CreateVpcRequest;
import io.ecskit.domain.network.Filter;
import io.ecskit.domain.network.SecurityGroup;
import io.ecskit.domain.network.Subnet;
import io.ecskit.domain.network.Vpc;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * EC2 networking of one region as far as ECS workloads use it (issue 25 item 2): the VPCs, subnets and security groups an
 * awsvpc task's {@code networkConfiguration} names. Errors are EC2's ({@code InvalidVpcID.NotFound},
 * {@code InvalidSubnet.Conflict}, {@code DependencyViolation}, ...; docs/ecs-rules.md, "EC2 networking"), as
 * {@link EcsError.Other} with EC2's code. Source: EC2 API reference.
 */
public interface NetworkPort {

    /**
     * CreateVpc: an IPv4 block of /16 to /28 ({@code InvalidVpc.Range} otherwise), with its own default security group;
     * the VPC is {@code available} at once. Tags come from {@code TagSpecifications} of resource type {@code vpc}.
     */
    Either<EcsError, Vpc> createVpc(CreateVpcRequest request);

    /**
     * CreateDefaultVpc: the region's default VPC, 172.31.0.0/16, with a /20 default subnet in every Availability Zone
     * (public IPs on launch) and its default security group; {@code DefaultVpcAlreadyExists} when there is one.
     */
    Either<EcsError, Vpc> createDefaultVpc();

    /**
     * DescribeVpcs, every page: the VPCs named (all when none; {@code InvalidVpcID.NotFound} for an unknown id) that pass
     * every filter (docs/ecs-rules.md#networkFilterValid), in creation order.
     */
    Either<EcsError, Seq<Vpc>> vpcs(Seq<String> vpcIds, Seq<Filter> filters);

    /** DeleteVpc; {@code DependencyViolation} while it has subnets or security groups other than its default one. */
    Either<EcsError, Done> deleteVpc(String vpcId);

    /**
     * CreateSubnet: a block inside the VPC's ({@code InvalidSubnet.Range}), overlapping no other subnet of it
     * ({@code InvalidSubnet.Conflict}), in one of the region's Availability Zones (by name or AZ ID; the first when none
     * is given). {@code availableIpAddressCount} is its size less the 5 addresses EC2 reserves.
     */
    Either<EcsError, Subnet> createSubnet(CreateSubnetRequest request);

    /** DescribeSubnets, every page, as {@link #vpcs}: {@code InvalidSubnetID.NotFound} for an unknown id. */
    Either<EcsError, Seq<Subnet>> subnets(Seq<String> subnetIds, Seq<Filter> filters);

    /** DeleteSubnet; {@code DependencyViolation} while a task's network interface is in it. */
    Either<EcsError, Done> deleteSubnet(String subnetId);

    /**
     * CreateSecurityGroup in a VPC (the default VPC when none is named): a name unique in the VPC
     * ({@code InvalidGroup.Duplicate}); egress to everywhere, no ingress, as EC2 creates one.
     */
    Either<EcsError, SecurityGroup> createSecurityGroup(CreateSecurityGroupRequest request);

    /**
     * DescribeSecurityGroups, every page: by id ({@code InvalidGroup.NotFound} for an unknown one), by name (names are
     * looked up in the default VPC), and by filter.
     */
    Either<EcsError, Seq<SecurityGroup>> securityGroups(Seq<String> groupIds, Seq<String> groupNames, Seq<Filter> filters);

    /**
     * DeleteSecurityGroup; {@code CannotDelete} for a VPC's default group, {@code DependencyViolation} while a task's
     * network interface uses it.
     */
    Either<EcsError, Done> deleteSecurityGroup(String groupId);

    /**
     * DescribeAvailabilityZones: the region's zones (by name, by AZ ID, by filter), each {@code available}, of type
     * {@code availability-zone}, not needing an opt-in. An unknown name or ID is InvalidParameterValue.
     */
    Either<EcsError, Seq<io.ecskit.domain.network.AvailabilityZone>> availabilityZones(Seq<String> zoneNames, Seq<String> zoneIds,
                                                                                     Seq<Filter> filters);

    /**
     * CreateTags on VPCs, subnets and security groups ({@code vpc-}, {@code subnet-}, {@code sg-} ids): a key given again
     * takes the new value; at most 50 tags a resource. Nothing is tagged when one resource is unknown.
     */
    Either<EcsError, Done> createTags(Seq<String> resources, Seq<io.ecskit.domain.Tag> tags);

    /**
     * DeleteTags: a tag given with a value is deleted only when it has that value; with none, whatever its value; no tags
     * given: every tag of the resources.
     */
    Either<EcsError, Done> deleteTags(Seq<String> resources, Seq<io.ecskit.domain.Tag> tags);
}
