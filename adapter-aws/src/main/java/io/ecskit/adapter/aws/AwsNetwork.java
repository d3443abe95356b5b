package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.network.CreateSecurityGroupRequest;
import io.ecskit.domain.network.CreateSubnetRequest;
import io.ecskit.domain.network.CreateVpcRequest;
import io.ecskit.domain.network.Filter;
import io.ecskit.domain.network.SecurityGroup;
import io.ecskit.domain.network.Subnet;
import io.ecskit.domain.network.Vpc;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.NetworkPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;

/**
 * EC2 networking with the kit's credentials, region and endpoint: the requests are the domain's records mapped by member
 * name ({@link SdkMapping}); Describe calls follow every page (EC2 pages only when asked: ids go unpaged, filters and
 * everything in pages of 1,000).
 */
final class AwsNetwork implements NetworkPort {

    private final AwsClients aws;

    @Inject
    AwsNetwork(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Vpc> createVpc(CreateVpcRequest request) {
        return aws.call(() -> aws.ec2.createVpc(SdkMapping.toSdk(request, software.amazon.awssdk.services.ec2.model.CreateVpcRequest.class)),
                r -> SdkMapping.fromAws(r.vpc(), Vpc.class));
    }

    @Override
    public Either<EcsError, Vpc> createDefaultVpc() {
        return aws.call(() -> aws.ec2.createDefaultVpc(r -> { }), r -> SdkMapping.fromAws(r.vpc(), Vpc.class));
    }

    @Override
    public Either<EcsError, Seq<Vpc>> vpcs(Seq<String> vpcIds, Seq<Filter> filters) {
        DescribeVpcsRequest.Builder request = DescribeVpcsRequest.builder().filters(sdk(filters));
        if (vpcIds.nonEmpty()) {
            request.vpcIds(vpcIds.asJava());
        } else {
            request.maxResults(1000);
        }
        return aws.call(() -> List.ofAll(aws.ec2.describeVpcsPaginator(request.build()).vpcs())
                .map(v -> SdkMapping.fromAws(v, Vpc.class)));
    }

    @Override
    public Either<EcsError, Done> deleteVpc(String vpcId) {
        return aws.call(() -> aws.ec2.deleteVpc(r -> r.vpcId(vpcId)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Subnet> createSubnet(CreateSubnetRequest request) {
        return aws.call(() -> aws.ec2.createSubnet(SdkMapping.toSdk(request, software.amazon.awssdk.services.ec2.model.CreateSubnetRequest.class)),
                r -> SdkMapping.fromAws(r.subnet(), Subnet.class));
    }

    @Override
    public Either<EcsError, Seq<Subnet>> subnets(Seq<String> subnetIds, Seq<Filter> filters) {
        DescribeSubnetsRequest.Builder request = DescribeSubnetsRequest.builder().filters(sdk(filters));
        if (subnetIds.nonEmpty()) {
            request.subnetIds(subnetIds.asJava());
        } else {
            request.maxResults(1000);
        }
        return aws.call(() -> List.ofAll(aws.ec2.describeSubnetsPaginator(request.build()).subnets())
                .map(s -> SdkMapping.fromAws(s, Subnet.class)));
    }

    @Override
    public Either<EcsError, Done> deleteSubnet(String subnetId) {
        return aws.call(() -> aws.ec2.deleteSubnet(r -> r.subnetId(subnetId)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, SecurityGroup> createSecurityGroup(CreateSecurityGroupRequest request) {
        // EC2 answers the id (and ARN, tags); the group as DescribeSecurityGroups has it is what the port promises
        return aws.call(() -> aws.ec2.createSecurityGroup(SdkMapping.toSdk(request,
                        software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest.class)), r -> r.groupId())
                .flatMap(id -> securityGroups(List.of(id), List.empty(), List.empty()).map(Seq::head));
    }

    @Override
    public Either<EcsError, Seq<SecurityGroup>> securityGroups(Seq<String> groupIds, Seq<String> groupNames, Seq<Filter> filters) {
        DescribeSecurityGroupsRequest.Builder request = DescribeSecurityGroupsRequest.builder().filters(sdk(filters));
        if (groupIds.nonEmpty() || groupNames.nonEmpty()) {
            request.groupIds(groupIds.asJava()).groupNames(groupNames.asJava());
        } else {
            request.maxResults(1000);
        }
        return aws.call(() -> List.ofAll(aws.ec2.describeSecurityGroupsPaginator(request.build()).securityGroups())
                .map(g -> SdkMapping.fromAws(g, SecurityGroup.class)));
    }

    @Override
    public Either<EcsError, Done> deleteSecurityGroup(String groupId) {
        return aws.call(() -> aws.ec2.deleteSecurityGroup(r -> r.groupId(groupId)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.network.AvailabilityZone>> availabilityZones(Seq<String> zoneNames, Seq<String> zoneIds,
                                                                                            Seq<Filter> filters) {
        return aws.call(() -> aws.ec2.describeAvailabilityZones(r -> r.zoneNames(zoneNames.asJava()).zoneIds(zoneIds.asJava())
                .filters(sdk(filters))), r -> List.ofAll(r.availabilityZones())
                .map(z -> SdkMapping.fromAws(z, io.ecskit.domain.network.AvailabilityZone.class)));
    }

    @Override
    public Either<EcsError, Done> createTags(Seq<String> resources, Seq<io.ecskit.domain.Tag> tags) {
        return aws.call(() -> aws.ec2.createTags(r -> r.resources(resources.asJava()).tags(ec2Tags(tags))), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> deleteTags(Seq<String> resources, Seq<io.ecskit.domain.Tag> tags) {
        return aws.call(() -> aws.ec2.deleteTags(r -> r.resources(resources.asJava()).tags(ec2Tags(tags))), r -> Done.DONE);
    }

    private static java.util.List<software.amazon.awssdk.services.ec2.model.Tag> ec2Tags(Seq<io.ecskit.domain.Tag> tags) {
        return tags.map(t -> SdkMapping.toSdk(t, software.amazon.awssdk.services.ec2.model.Tag.class)).asJava();
    }

    private static java.util.List<software.amazon.awssdk.services.ec2.model.Filter> sdk(Seq<Filter> filters) {
        return filters.map(f -> SdkMapping.toSdk(f, software.amazon.awssdk.services.ec2.model.Filter.class)).asJava();
    }
}
