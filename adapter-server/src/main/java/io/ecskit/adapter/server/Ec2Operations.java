package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.network.Filter;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.model.*;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.Map;
import java.util.function.Supplier;

/**
 * EC2 networking ({@code Version=2016-11-15}, AWS's EC2 query protocol) on {@link io.ecskit.port.out.NetworkPort}: the
 * server table's EC2 rows (issue 25 item 2). Requests are read and answers written generically from the SDK's EC2 model
 * ({@link QueryWire}); the mapping to the domain is {@link SdkMapping}'s, as for ECS.
 */
final class Ec2Operations {

    static final String VERSION = "2016-11-15";
    static final String PREFIX = VERSION + ".";
    /** The page size of a Describe call with a NextToken but no MaxResults (EC2's largest). */
    private static final int LARGEST_PAGE = 1000;
    private static final int SMALLEST_PAGE = 5;

    private Ec2Operations() {
    }

    static void register(Map<String, Operation> operations) {
        registerZonesAndTags(operations);
        operations.put(PREFIX + "CreateVpc", (kit, body) -> {
            var r = read(body, CreateVpcRequest::builder);
            return kit.api().network().createVpc(domain(r, io.ecskit.domain.network.CreateVpcRequest.class)).fold(QueryWire::ec2Error,
                    vpc -> QueryWire.ec2("CreateVpc", CreateVpcResponse.builder().vpc(SdkMapping.toSdk(vpc, Vpc.class)).build()));
        });
        operations.put(PREFIX + "CreateDefaultVpc", (kit, body) -> {
            var r = read(body, CreateDefaultVpcRequest::builder);
            if (Boolean.TRUE.equals(r.dryRun())) {
                return QueryWire.ec2Error(EcsError.of(EcsRule.DRY_RUN));
            }
            return kit.api().network().createDefaultVpc().fold(QueryWire::ec2Error,
                    vpc -> QueryWire.ec2("CreateDefaultVpc", CreateDefaultVpcResponse.builder().vpc(SdkMapping.toSdk(vpc, Vpc.class)).build()));
        });
        operations.put(PREFIX + "DescribeVpcs", (kit, body) -> {
            var r = read(body, DescribeVpcsRequest::builder);
            return describe("DescribeVpcs", "VpcIds", r.vpcIds(), r.maxResults(), r.nextToken(), r.dryRun(),
                    kit.api().network().vpcs(List.ofAll(r.vpcIds()), filters(r.filters())),
                    (page, next) -> DescribeVpcsResponse.builder().vpcs(page.map(v -> SdkMapping.toSdk(v, Vpc.class)).asJava()).nextToken(next).build());
        });
        operations.put(PREFIX + "DeleteVpc", (kit, body) -> {
            var r = read(body, DeleteVpcRequest::builder);
            required(r.vpcId(), "VpcId");
            return dryRun(r.dryRun(), () -> kit.api().network().vpcs(List.of(r.vpcId()), List.empty()).map(found -> io.ecskit.domain.Done.DONE))
                    .getOrElse(() -> kit.api().network().deleteVpc(r.vpcId()))
                    .fold(QueryWire::ec2Error, done -> QueryWire.ec2("DeleteVpc", DeleteVpcResponse.builder().build()));
        });
        operations.put(PREFIX + "CreateSubnet", (kit, body) -> {
            var r = read(body, CreateSubnetRequest::builder);
            required(r.vpcId(), "VpcId");
            return kit.api().network().createSubnet(domain(r, io.ecskit.domain.network.CreateSubnetRequest.class)).fold(QueryWire::ec2Error,
                    subnet -> QueryWire.ec2("CreateSubnet", CreateSubnetResponse.builder().subnet(SdkMapping.toSdk(subnet, Subnet.class)).build()));
        });
        operations.put(PREFIX + "DescribeSubnets", (kit, body) -> {
            var r = read(body, DescribeSubnetsRequest::builder);
            return describe("DescribeSubnets", "SubnetIds", r.subnetIds(), r.maxResults(), r.nextToken(), r.dryRun(),
                    kit.api().network().subnets(List.ofAll(r.subnetIds()), filters(r.filters())),
                    (page, next) -> DescribeSubnetsResponse.builder().subnets(page.map(s -> SdkMapping.toSdk(s, Subnet.class)).asJava())
                            .nextToken(next).build());
        });
        operations.put(PREFIX + "DeleteSubnet", (kit, body) -> {
            var r = read(body, DeleteSubnetRequest::builder);
            required(r.subnetId(), "SubnetId");
            return dryRun(r.dryRun(), () -> kit.api().network().subnets(List.of(r.subnetId()), List.empty()).map(found -> io.ecskit.domain.Done.DONE))
                    .getOrElse(() -> kit.api().network().deleteSubnet(r.subnetId()))
                    .fold(QueryWire::ec2Error, done -> QueryWire.ec2("DeleteSubnet", DeleteSubnetResponse.builder().build()));
        });
        operations.put(PREFIX + "CreateSecurityGroup", (kit, body) -> {
            var r = read(body, CreateSecurityGroupRequest::builder);
            if (r.description() == null) {
                // botocore requires it; an SDK that sends none gets EC2's answer
                return QueryWire.ec2Error(EcsError.of(EcsRule.PARAMETER_REQUIRED, "GroupDescription"));
            }
            if (r.groupName() == null) {
                return QueryWire.ec2Error(EcsError.of(EcsRule.PARAMETER_REQUIRED, "GroupName"));
            }
            return kit.api().network().createSecurityGroup(domain(r, io.ecskit.domain.network.CreateSecurityGroupRequest.class))
                    .fold(QueryWire::ec2Error, g -> QueryWire.ec2("CreateSecurityGroup", CreateSecurityGroupResponse.builder()
                            .groupId(g.groupId().get()).securityGroupArn(g.securityGroupArn().getOrNull())
                            .tags(g.tags().map(t -> SdkMapping.toSdk(t, Tag.class)).asJava()).build()));
        });
        operations.put(PREFIX + "DescribeSecurityGroups", (kit, body) -> {
            var r = read(body, DescribeSecurityGroupsRequest::builder);
            java.util.List<String> ids = new java.util.ArrayList<>(r.groupIds());
            ids.addAll(r.groupNames());
            return describe("DescribeSecurityGroups", r.hasGroupIds() ? "GroupIds" : "GroupNames", ids, r.maxResults(), r.nextToken(), r.dryRun(),
                    kit.api().network().securityGroups(List.ofAll(r.groupIds()), List.ofAll(r.groupNames()), filters(r.filters())),
                    (page, next) -> DescribeSecurityGroupsResponse.builder()
                            .securityGroups(page.map(g -> SdkMapping.toSdk(g, SecurityGroup.class)).asJava()).nextToken(next).build());
        });
        operations.put(PREFIX + "DeleteSecurityGroup", (kit, body) -> {
            var r = read(body, DeleteSecurityGroupRequest::builder);
            Either<EcsError, String> groupId = r.groupId() != null ? Either.right(r.groupId())
                    : r.groupName() != null ? kit.api().network().securityGroups(List.empty(), List.of(r.groupName()), List.empty())
                            .map(found -> found.head().groupId().get())
                    : Either.left(EcsError.of(EcsRule.PARAMETER_REQUIRED, "GroupId"));
            return groupId.flatMap(id -> dryRun(r.dryRun(), () -> kit.api().network().securityGroups(List.of(id), List.empty(), List.empty())
                            .map(found -> io.ecskit.domain.Done.DONE))
                    .getOrElse(() -> kit.api().network().deleteSecurityGroup(id)).map(done -> id))
                    .fold(QueryWire::ec2Error, id -> QueryWire.ec2("DeleteSecurityGroup",
                            DeleteSecurityGroupResponse.builder().returnValue(true).groupId(id).build()));
        });
    }

    /** DescribeAvailabilityZones, CreateTags, DeleteTags. */
    private static void registerZonesAndTags(Map<String, Operation> operations) {
        operations.put(PREFIX + "DescribeAvailabilityZones", (kit, body) -> {
            var r = read(body, DescribeAvailabilityZonesRequest::builder);
            if (Boolean.TRUE.equals(r.allAvailabilityZones())) {
                // every zone here is an opted-in Availability Zone: no Local or Wavelength Zones are simulated
                r = r.toBuilder().allAvailabilityZones((Boolean) null).build();
            }
            var zones = kit.api().network().availabilityZones(List.ofAll(r.zoneNames()), List.ofAll(r.zoneIds()), filters(r.filters()));
            if (Boolean.TRUE.equals(r.dryRun())) {
                return QueryWire.ec2Error(zones.isLeft() ? zones.getLeft() : EcsError.of(EcsRule.DRY_RUN));
            }
            return zones.fold(QueryWire::ec2Error, found -> QueryWire.ec2("DescribeAvailabilityZones", DescribeAvailabilityZonesResponse.builder()
                    .availabilityZones(found.map(z -> SdkMapping.toSdk(z, AvailabilityZone.class)).asJava()).build()));
        });
        operations.put(PREFIX + "CreateTags", (kit, body) -> {
            var r = read(body, CreateTagsRequest::builder);
            if (Boolean.TRUE.equals(r.dryRun())) {
                return QueryWire.ec2Error(EcsError.of(EcsRule.DRY_RUN));
            }
            return kit.api().network().createTags(List.ofAll(r.resources()), domainTags(r.tags())).fold(QueryWire::ec2Error,
                    done -> QueryWire.ec2("CreateTags", CreateTagsResponse.builder().build()));
        });
        operations.put(PREFIX + "DeleteTags", (kit, body) -> {
            var r = read(body, DeleteTagsRequest::builder);
            if (Boolean.TRUE.equals(r.dryRun())) {
                return QueryWire.ec2Error(EcsError.of(EcsRule.DRY_RUN));
            }
            return kit.api().network().deleteTags(List.ofAll(r.resources()), domainTags(r.tags())).fold(QueryWire::ec2Error,
                    done -> QueryWire.ec2("DeleteTags", DeleteTagsResponse.builder().build()));
        });
    }

    private static Seq<io.ecskit.domain.Tag> domainTags(java.util.List<Tag> tags) {
        return List.ofAll(tags).map(t -> new io.ecskit.domain.Tag(io.vavr.control.Option.of(t.key()), io.vavr.control.Option.of(t.value())));
    }

    /** The EC2 actions this server serves. */
    /** A resource's id, for paging tokens (never the whole record). */
    private static String id(Object resource) {
        if (resource instanceof io.ecskit.domain.network.Vpc v) {
            return v.vpcId().getOrElse("");
        }
        if (resource instanceof io.ecskit.domain.network.Subnet s) {
            return s.subnetId().getOrElse("");
        }
        return resource instanceof io.ecskit.domain.network.SecurityGroup g ? g.groupId().getOrElse("") : String.valueOf(resource.hashCode());
    }

    static Seq<String> served(Map<String, Operation> operations) {
        return List.ofAll(operations.keySet()).filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).sorted();
    }

    private static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R read(String body, Supplier<B> builder) {
        Map<String, String> form;
        try {
            form = QueryWire.form(body);
        } catch (IllegalArgumentException malformed) {
            throw new Wire.Refused(QueryWire.ec2Error(new EcsError.Other("MalformedQueryString",
                    "The request's form is not URL-encoded: " + malformed.getMessage(), io.vavr.control.Option.none())));
        }
        return QueryWire.readEc2(form, builder);
    }

    /** A member EC2 requires ({@code MissingParameter}). */
    private static String required(String value, String parameter) {
        if (value == null) {
            throw new Wire.Refused(QueryWire.ec2Error(EcsError.of(EcsRule.PARAMETER_REQUIRED, parameter)));
        }
        return value;
    }

    /** The domain record of a request; a value the domain cannot hold (an enum EC2 does not list) is InvalidParameterValue. */
    private static <T> T domain(SdkPojo request, Class<T> type) {
        return SdkMapping.toDomain(request, type).getOrElseThrow(problems -> new Wire.Refused(QueryWire.ec2Error(
                new EcsError.Other("InvalidParameterValue", problems.head().message(), io.vavr.control.Option.none()))));
    }

    private static Seq<Filter> filters(java.util.List<software.amazon.awssdk.services.ec2.model.Filter> filters) {
        return List.ofAll(filters).map(f -> SdkMapping.fromAws(f, Filter.class));
    }

    /** DryRun on a delete: whether it would succeed (the resource exists), without deleting. */
    private static io.vavr.control.Option<Either<EcsError, io.ecskit.domain.Done>> dryRun(Boolean dryRun,
                                                                                         Supplier<Either<EcsError, io.ecskit.domain.Done>> exists) {
        return Boolean.TRUE.equals(dryRun)
                ? io.vavr.control.Option.of(exists.get().flatMap(found -> Either.left(EcsError.of(EcsRule.DRY_RUN)))) : io.vavr.control.Option.none();
    }

    /**
     * A Describe call's answer: all of it without MaxResults (as EC2 answers), else the page NextToken names; ids and
     * MaxResults together are refused, as EC2 refuses them.
     */
    private static <T> Answer describe(String action, String idsParameter, java.util.List<String> ids, Integer maxResults, String nextToken,
                                       Boolean dryRun, Either<EcsError, Seq<T>> found,
                                       java.util.function.BiFunction<Seq<T>, String, SdkPojo> response) {
        if (maxResults != null && !ids.isEmpty()) {
            return QueryWire.ec2Error(EcsError.of(EcsRule.IDS_WITHOUT_MAX_RESULTS, idsParameter));
        }
        if (maxResults != null && (maxResults < SMALLEST_PAGE || maxResults > LARGEST_PAGE)) {
            return QueryWire.ec2Error(EcsError.of(EcsRule.EC2_MAX_RESULTS_RANGE, maxResults));
        }
        if (found.isLeft()) {
            return QueryWire.ec2Error(found.getLeft());
        }
        if (Boolean.TRUE.equals(dryRun)) {
            return QueryWire.ec2Error(EcsError.of(EcsRule.DRY_RUN));
        }
        if (maxResults == null && nextToken == null) {
            return QueryWire.ec2(action, response.apply(found.get(), null));
        }
        io.vavr.control.Option<Pages.Request> request = Pages.resume("ec2:" + action, maxResults == null ? LARGEST_PAGE : maxResults, nextToken);
        if (request.isEmpty()) {
            return QueryWire.ec2Error(EcsError.of(EcsRule.EC2_NEXT_TOKEN_VALID, nextToken));
        }
        Pages.Page<T> page = request.get().of(found.get(), Ec2Operations::id);
        return QueryWire.ec2(action, response.apply(page.items(), page.nextToken().getOrNull()));
    }
}
