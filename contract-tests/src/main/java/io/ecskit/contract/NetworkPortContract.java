package io.ecskit.contract;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.network.CreateSecurityGroupRequest;
import io.ecskit.domain.network.CreateSubnetRequest;
import io.ecskit.domain.network.CreateVpcRequest;
import io.ecskit.domain.network.Filter;
import io.ecskit.domain.network.ResourceType;
import io.ecskit.domain.network.SecurityGroup;
import io.ecskit.domain.network.Subnet;
import io.ecskit.domain.network.TagSpecification;
import io.ecskit.domain.network.Vpc;
import io.ecskit.domain.network.VpcState;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.port.out.NetworkPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NetworkPort: EC2's VPCs, subnets and security groups as ECS workloads use them (issue 25 item 2), and what ECS makes
 * of them. Every resource a test creates is deleted after it, newest first (on AWS a region holds five VPCs).
 */
public abstract class NetworkPortContract extends ContractTest {

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private NetworkPort network() {
        return kit.api().network();
    }

    private Vpc vpc(String cidr) {
        Vpc vpc = right(network().createVpc(CreateVpcRequest.builder().cidrBlock(cidr)
                .tagSpecifications(List.of(new TagSpecification(io.vavr.control.Option.of(ResourceType.VPC),
                        List.of(Tag.of("Name", fixtures.name("vpc")))))).build()));
        cleanUp.push(() -> network().deleteVpc(vpc.vpcId().get()));
        return vpc;
    }

    private Subnet subnet(Vpc vpc, String cidr, String zone) {
        Subnet subnet = right(network().createSubnet(CreateSubnetRequest.builder().vpcId(vpc.vpcId().get()).cidrBlock(cidr)
                .availabilityZone(zone).build()));
        cleanUp.push(() -> network().deleteSubnet(subnet.subnetId().get()));
        return subnet;
    }

    private SecurityGroup group(Vpc vpc, String name) {
        SecurityGroup group = right(network().createSecurityGroup(CreateSecurityGroupRequest.builder().groupName(name)
                .description("contract " + name).vpcId(vpc.vpcId().get()).build()));
        cleanUp.push(() -> network().deleteSecurityGroup(group.groupId().get()));
        return group;
    }

    private String zone(char letter) {
        return kit.region() + letter;
    }

    private static void assertEc2Error(Either<EcsError, ?> either, String code) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        assertThat(either.getLeft().code()).isEqualTo(code);
    }

    private void assertEc2Error(Either<EcsError, ?> either, String code, String message) {
        assertEc2Error(either, code);
        if (backend.lacks(Capability.EC2_ERROR_MESSAGES).isEmpty()) {
            assertThat(either.getLeft().message()).isEqualTo(message);
        }
    }

    @Test
    void createVpc_isAvailable_withItsTags_andADefaultSecurityGroup() {
        Vpc created = vpc("10.20.0.0/16");
        String vpcId = created.vpcId().get();

        Vpc described = right(network().vpcs(List.of(vpcId), List.empty())).single();

        assertThat(vpcId).matches("vpc-[0-9a-f]{8,17}");
        assertThat(described.cidrBlock()).contains("10.20.0.0/16");
        assertThat(described.state()).contains(VpcState.AVAILABLE);
        assertThat(described.isDefault()).contains(false);
        assertThat(described.tags().map(Tag::key)).contains(io.vavr.control.Option.of("Name"));
        SecurityGroup defaultGroup = right(network().securityGroups(List.empty(), List.empty(),
                List.of(filter("vpc-id", vpcId), filter("group-name", "default")))).single();
        assertThat(defaultGroup.description()).contains("default VPC security group");
        assertThat(defaultGroup.ipPermissionsEgress().flatMap(p -> p.ipRanges()).flatMap(r -> r.cidrIp())).contains("0.0.0.0/0");
    }

    @Test
    void createSubnet_inAZone_hasItsSizeLessFiveAddresses_andFiltersFindIt() {
        Vpc vpc = vpc("10.21.0.0/16");
        Subnet subnet = subnet(vpc, "10.21.1.0/24", zone('a'));

        Seq<Subnet> inVpc = right(network().subnets(List.empty(), List.of(filter("vpc-id", vpc.vpcId().get()))));

        assertThat(inVpc.map(Subnet::subnetId)).containsExactly(subnet.subnetId());
        Subnet described = inVpc.single();
        assertThat(described.availabilityZone()).contains(zone('a'));
        assertThat(described.availableIpAddressCount()).contains(251);
        assertThat(described.defaultForAz()).contains(false);
        assertThat(described.mapPublicIpOnLaunch()).contains(false);
        assertThat(right(network().subnets(List.empty(), List.of(filter("vpc-id", vpc.vpcId().get()), filter("cidr-block", "10.21.9.*")))))
                .isEmpty();
    }

    @Test
    void createSubnet_refusesABlockOutsideTheVpc_andOneOverlappingAnother() {
        Vpc vpc = vpc("10.22.0.0/16");
        subnet(vpc, "10.22.1.0/24", zone('a'));

        assertEc2Error(network().createSubnet(CreateSubnetRequest.builder().vpcId(vpc.vpcId().get()).cidrBlock("10.99.0.0/24").build()),
                "InvalidSubnet.Range", "The CIDR '10.99.0.0/24' is invalid.");
        assertEc2Error(network().createSubnet(CreateSubnetRequest.builder().vpcId(vpc.vpcId().get()).cidrBlock("10.22.1.128/25").build()),
                "InvalidSubnet.Conflict", "The CIDR '10.22.1.128/25' conflicts with another subnet");
    }

    @Test
    void createVpc_refusesABlockOutsideSixteenToTwentyEight() {
        assertEc2Error(network().createVpc(CreateVpcRequest.builder().cidrBlock("10.0.0.0/8").build()),
                "InvalidVpc.Range", "The CIDR '10.0.0.0/8' is invalid.");
    }

    @Test
    void unknownIds_areNotFound_inEc2sWords() {
        assertEc2Error(network().vpcs(List.of("vpc-0123456789abcdef0"), List.empty()),
                "InvalidVpcID.NotFound", "The vpc ID 'vpc-0123456789abcdef0' does not exist");
        assertEc2Error(network().subnets(List.of("subnet-0123456789abcdef0"), List.empty()),
                "InvalidSubnetID.NotFound", "The subnet ID 'subnet-0123456789abcdef0' does not exist");
        assertEc2Error(network().securityGroups(List.of("sg-0123456789abcdef0"), List.empty(), List.empty()),
                "InvalidGroup.NotFound", "The security group 'sg-0123456789abcdef0' does not exist");
    }

    @Test
    void createSecurityGroup_egressToEverywhere_noIngress_andNamesAreUniqueInTheVpc() {
        Vpc vpc = vpc("10.23.0.0/16");
        String name = fixtures.name("web");
        SecurityGroup group = group(vpc, name);

        SecurityGroup described = right(network().securityGroups(List.of(group.groupId().get()), List.empty(), List.empty())).single();

        assertThat(described.groupName()).contains(name);
        assertThat(described.vpcId()).isEqualTo(vpc.vpcId());
        assertThat(described.ipPermissions()).isEmpty();
        assertThat(described.ipPermissionsEgress().single().ipProtocol()).contains("-1");
        assertEc2Error(network().createSecurityGroup(CreateSecurityGroupRequest.builder().groupName(name).description("again")
                .vpcId(vpc.vpcId().get()).build()), "InvalidGroup.Duplicate",
                "The security group '" + name + "' already exists for VPC '" + vpc.vpcId().get() + "'");
    }

    @Test
    void deleteVpc_refusedWhileItHasSubnets_thenDeleted() {
        Vpc vpc = right(network().createVpc(CreateVpcRequest.builder().cidrBlock("10.24.0.0/16").build()));
        String vpcId = vpc.vpcId().get();
        Subnet subnet = right(network().createSubnet(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.24.0.0/24").build()));

        assertEc2Error(network().deleteVpc(vpcId), "DependencyViolation", "The vpc '" + vpcId + "' has dependencies and cannot be deleted.");
        right(network().deleteSubnet(subnet.subnetId().get()));
        right(network().deleteVpc(vpcId));

        assertEc2Error(network().vpcs(List.of(vpcId), List.empty()), "InvalidVpcID.NotFound");
    }

    @Test
    void aVpcsDefaultGroup_andANameLikeAnId_areRefused() {
        requires(Capability.NETWORK_DEPENDENCY_CHECKS);
        Vpc vpc = vpc("10.25.0.0/16");
        SecurityGroup defaultGroup = right(network().securityGroups(List.empty(), List.empty(),
                List.of(filter("vpc-id", vpc.vpcId().get()), filter("group-name", "default")))).single();

        assertEc2Error(network().deleteSecurityGroup(defaultGroup.groupId().get()), "CannotDelete",
                "the specified group: \"" + defaultGroup.groupId().get() + "\" name: \"default\" cannot be deleted by a user");
        assertEc2Error(network().createSecurityGroup(CreateSecurityGroupRequest.builder().groupName("sg-lookalike").description("x")
                .vpcId(vpc.vpcId().get()).build()), "InvalidParameterValue",
                "Value (sg-lookalike) for parameter GroupName is invalid. Group names may not be in the format sg-*.");
        assertEc2Error(network().createSubnet(CreateSubnetRequest.builder().vpcId(vpc.vpcId().get()).cidrBlock("10.25.0.0/29").build()),
                "InvalidSubnet.Range", "The CIDR '10.25.0.0/29' is invalid.");
    }

    @Test
    void anUnknownFilterName_isRefused() {
        requires(Capability.EC2_FILTER_CHECKS);

        assertEc2Error(network().subnets(List.empty(), List.of(filter("default-for-zone", "true"))), "InvalidParameterValue",
                "The filter 'default-for-zone' is invalid");
    }

    @Test
    void createDefaultVpc_inARegionWithout_makesOneSubnetPerZone_once() {
        requires(Capability.REGION_WITHOUT_DEFAULT_VPC);
        assertThat(right(network().vpcs(List.empty(), List.empty()))).isEmpty();

        Vpc vpc = right(network().createDefaultVpc());

        assertThat(vpc.cidrBlock()).contains("172.31.0.0/16");
        assertThat(vpc.isDefault()).contains(true);
        Seq<Subnet> subnets = right(network().subnets(List.empty(), List.of(filter("default-for-az", "true"))));
        assertThat(subnets.map(s -> s.availabilityZone().get()).distinct()).hasSize(subnets.size()).contains(zone('a'), zone('b'));
        assertThat(subnets.map(Subnet::availableIpAddressCount)).containsOnly(io.vavr.control.Option.of(4091));
        assertThat(subnets.map(Subnet::mapPublicIpOnLaunch)).containsOnly(io.vavr.control.Option.of(true));
        assertEc2Error(network().createDefaultVpc(), "DefaultVpcAlreadyExists", "A Default VPC already exists for this account in this region.");
    }

    @Test
    void ecs_refusesASubnetEc2DoesNotKnow_andAGroupOfAnotherVpc() {
        requires(Capability.NETWORK_CHECKS);
        requires(Capability.RUN_TASK);
        Vpc vpc = vpc("10.26.0.0/16");
        Subnet subnet = subnet(vpc, "10.26.1.0/24", zone('a'));
        Vpc other = vpc("10.27.0.0/16");
        SecurityGroup elsewhere = group(other, fixtures.name("elsewhere"));
        var cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        Either<EcsError, ?> unknownSubnet = kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family),
                AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"), List.empty(), AssignPublicIp.DISABLED)));
        Either<EcsError, ?> otherVpc = kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family),
                AwsVpcConfiguration.of(List.of(subnet.subnetId().get()), List.of(elsewhere.groupId().get()), AssignPublicIp.DISABLED)));

        assertError(unknownSubnet, EcsError.InvalidParameter.class, "Error retrieving subnet information for [subnet-0123456789abcdef0]: "
                + "The subnet ID 'subnet-0123456789abcdef0' does not exist (ErrorCode: InvalidSubnetID.NotFound)");
        assertError(otherVpc, EcsError.InvalidParameter.class, "Security group " + elsewhere.groupId().get()
                + " does not appear to belong to the same VPC as the input subnets.");
    }

    @Test
    void aTasksInterface_takesAnAddressOfItsSubnet_andHoldsTheSubnetUntilItStops() {
        requires(Capability.TASK_NETWORK_ADDRESSES);
        requires(Capability.RUN_TASK);
        Vpc vpc = vpc("10.28.0.0/16");
        Subnet subnet = subnet(vpc, "10.28.5.0/24", zone('b'));
        SecurityGroup group = group(vpc, fixtures.name("task"));
        var cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        Task task = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family),
                AwsVpcConfiguration.of(List.of(subnet.subnetId().get()), List.of(group.groupId().get()), AssignPublicIp.DISABLED)))).found().single();
        backend.passTime(Duration.ofMinutes(1));
        Task running = right(kit.api().tasks().describe(cluster, List.of(task.taskArn()))).found().single();

        Seq<KeyValuePair> eni = running.attachments().single().details();
        assertThat(eni).contains(KeyValuePair.of("subnetId", subnet.subnetId().get()));
        assertThat(eni.find(d -> d.name().contains("privateIPv4Address")).flatMap(KeyValuePair::value).get()).startsWith("10.28.5.");
        assertThat(running.availabilityZone()).contains(zone('b'));
        assertThat(right(network().subnets(List.of(subnet.subnetId().get()), List.empty())).single().availableIpAddressCount()).contains(250);
        if (backend.lacks(Capability.NETWORK_DEPENDENCY_CHECKS).isEmpty()) {
            assertEc2Error(network().deleteSubnet(subnet.subnetId().get()), "DependencyViolation");
            assertEc2Error(network().deleteSecurityGroup(group.groupId().get()), "DependencyViolation",
                    "resource " + group.groupId().get() + " has a dependent object");
        }

        right(kit.api().tasks().stop(cluster, task.taskArn(), "contract"));
        backend.passTime(Duration.ofMinutes(2));
        assertThat(right(network().subnets(List.of(subnet.subnetId().get()), List.empty())).single().availableIpAddressCount()).contains(251);
    }

    @Test
    void describeAvailabilityZones_answersTheRegionsZones_byNameAndByFilter() {
        Seq<io.ecskit.domain.network.AvailabilityZone> zones = right(network().availabilityZones(List.empty(), List.empty(), List.empty()));

        assertThat(zones.size()).isGreaterThanOrEqualTo(3);
        assertThat(zones.map(z -> z.regionName().get())).containsOnly(kit.region());
        assertThat(zones.map(z -> z.zoneName().get())).contains(zone('a'), zone('b'));
        assertThat(zones.map(z -> z.zoneId().get())).allMatch(id -> id.matches("[a-z0-9]+-az\\d+"));
        assertThat(zones.map(z -> z.state().get())).containsOnly(io.ecskit.domain.network.AvailabilityZoneState.AVAILABLE);
        assertThat(right(network().availabilityZones(List.of(zone('b')), List.empty(), List.empty())).single().zoneName()).contains(zone('b'));
        assertThat(right(network().availabilityZones(List.empty(), List.empty(), List.of(filter("zone-name", zone('a'))))).single().zoneId())
                .isEqualTo(zones.find(z -> z.zoneName().contains(zone('a'))).get().zoneId());
    }

    @Test
    void createTags_setsAndReplacesValues_andDeleteTagsRemovesByKeyOrByValue() {
        Vpc vpc = vpc("10.29.0.0/16");
        String vpcId = vpc.vpcId().get();

        right(network().createTags(List.of(vpcId), List.of(Tag.of("Env", "dev"), Tag.of("Team", "a"))));
        right(network().createTags(List.of(vpcId), List.of(Tag.of("Env", "prod"))));
        right(network().deleteTags(List.of(vpcId), List.of(new Tag(io.vavr.control.Option.of("Team"), io.vavr.control.Option.none()))));
        right(network().deleteTags(List.of(vpcId), List.of(Tag.of("Env", "dev"))));

        Vpc tagged = right(network().vpcs(List.empty(), List.of(filter("tag:Env", "prod"), filter("vpc-id", vpcId)))).single();
        assertThat(tagged.tags()).contains(Tag.of("Env", "prod")).noneMatch(t -> t.key().contains("Team"));
        if (backend.lacks(Capability.NETWORK_DEPENDENCY_CHECKS).isEmpty()) {
            assertEc2Error(network().createTags(List.of("vpc-0123456789abcdef0"), List.of(Tag.of("a", "b"))), "InvalidVpcID.NotFound",
                    "The vpc ID 'vpc-0123456789abcdef0' does not exist");
        }
    }

    private static Filter filter(String name, String value) {
        return new Filter(io.vavr.control.Option.of(name), List.of(value));
    }
}
