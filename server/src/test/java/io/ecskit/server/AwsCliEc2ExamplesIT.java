package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.domain.Tag;
import io.ecskit.domain.network.CreateSecurityGroupRequest;
import io.ecskit.domain.network.CreateSubnetRequest;
import io.ecskit.domain.network.CreateVpcRequest;
import io.ecskit.domain.network.ResourceType;
import io.ecskit.domain.network.TagSpecification;
import io.ecskit.port.EcsKit;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 2's ground truth: the AWS CLI's documented EC2 networking examples ({@code awscli/examples/ec2/*.rst} for
 * VPCs, subnets, security groups and the default VPC, read from the installed package, with the output real AWS gave) run
 * against {@code ecskit server} by the AWS CLI over EC2's query protocol. Each runs on a fresh server holding a VPC, a
 * subnet and a group (tagged as the examples filter) and the default VPC (except for create-default-vpc); the example's
 * ids are replaced by those. An example matches when every member path of AWS's recorded output is in ecskit's answer with
 * the same JSON type. Then what the CLI does besides the examples: EC2's errors, and paging with --page-size.
 */
class AwsCliEc2ExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILES = Set.of("create-vpc.rst", "create-subnet.rst", "create-security-group.rst",
            "describe-vpcs.rst", "describe-subnets.rst", "describe-security-groups.rst", "create-default-vpc.rst",
            "describe-availability-zones.rst", "create-tags.rst", "delete-tags.rst");

    /**
     * The examples this build must match (a ratchet): all 10 that run. Not run, by design: create-vpc with an Amazon IPv6
     * block and create-subnet with IPv6 blocks (refused by name: IPv6 is not modelled), create-vpc's Windows form (its
     * {@code ^} continuation is not a POSIX shell's); outputs that are not valid JSON in the package (create-vpc 1,
     * describe-subnets 1, describe-security-groups 1) are not compared.
     */
    static final int FLOOR = 10;

    @Test
    void documentedNetworkingExamples_matchStructurally() throws IOException {
        AwsCli cli = AwsCli.get();
        List<AwsCliExamplesIT.Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(cli.examples("ec2"))) {
            for (Path file : files.filter(f -> FILES.contains(f.getFileName().toString())).sorted().toList()) {
                examples.addAll(AwsCliExamplesIT.parse(file, "ec2"));
            }
        }
        int matching = AwsCliExamplesIT.matching("AWS CLI EC2 networking examples", examples, "us-west-2",
                (server, args) -> seed(server.kit("us-west-2"), args));
        assertThat(examples).as("examples read from the awscli package").hasSizeGreaterThan(8);
        assertThat(matching).as("examples matching structurally (a ratchet)").isGreaterThanOrEqualTo(FLOOR);
    }

    /** A VPC (10.0.0.0/16) with a subnet (10.0.200.0/24) and a group, tagged as the examples filter; the example's ids replaced. */
    private static List<String> seed(EcsKit kit, List<String> args) {
        var network = kit.api().network();
        if (!args.contains("create-default-vpc")) {
            network.createDefaultVpc().get();
        }
        var vpc = network.createVpc(CreateVpcRequest.builder().cidrBlock("10.0.0.0/16").build()).get();
        String vpcId = vpc.vpcId().get();
        String subnetId = network.createSubnet(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.0.200.0/24")
                .tagSpecifications(io.vavr.collection.List.of(new TagSpecification(Option.of(ResourceType.SUBNET),
                        io.vavr.collection.List.of(Tag.of("CostCenter", "123"))))).build()).get().subnetId().get();
        String groupId = network.createSecurityGroup(CreateSecurityGroupRequest.builder().groupName("my-test-group").description("seeded")
                .vpcId(vpcId).tagSpecifications(io.vavr.collection.List.of(new TagSpecification(Option.of(ResourceType.SECURITY_GROUP),
                        io.vavr.collection.List.of(Tag.of("Test", "To-delete"))))).build()).get().groupId().get();
        // ids as the examples write them (vpc-1a2b3c4d, subnet-9d4a7b6c, sg-903004f8, vpc-3EXAMPLE), never option or filter names
        return args.stream().map(a -> a.replaceAll("\\bvpc-[0-9a-zA-Z]{6,}\\b", vpcId).replaceAll("\\bsubnet-[0-9a-zA-Z]{6,}\\b", subnetId)
                .replaceAll("\\bsg-[0-9a-zA-Z]{6,}\\b", groupId)).toList();
    }

    @Test
    void ec2sErrors_reachTheCliWithTheirCodesAndMessages() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().region("us-west-2").start()) {
            AwsCli cli = AwsCli.get();
            AwsCli.Result unknown = cli.run(server.endpoint(), "us-west-2", "ec2", "describe-vpcs", "--vpc-ids", "vpc-0123456789abcdef0");
            AwsCli.Result range = cli.run(server.endpoint(), "us-west-2", "ec2", "create-vpc", "--cidr-block", "10.0.0.0/8");
            AwsCli.Result ipv6 = cli.run(server.endpoint(), "us-west-2", "ec2", "create-vpc", "--cidr-block", "10.0.0.0/16",
                    "--amazon-provided-ipv6-cidr-block");
            AwsCli.Result unserved = cli.run(server.endpoint(), "us-west-2", "ec2", "describe-instances");
            AwsCli.Result dryRun = cli.run(server.endpoint(), "us-west-2", "ec2", "create-vpc", "--cidr-block", "10.0.0.0/16", "--dry-run");

            assertThat(unknown.exitCode()).isNotZero();
            assertThat(unknown.stderr()).contains("(InvalidVpcID.NotFound)").contains("The vpc ID 'vpc-0123456789abcdef0' does not exist");
            assertThat(range.stderr()).contains("(InvalidVpc.Range)").contains("The CIDR '10.0.0.0/8' is invalid.");
            assertThat(ipv6.stderr()).contains("(UnsupportedOperation)").contains("AmazonProvidedIpv6CidrBlock");
            assertThat(unserved.stderr()).contains("(InvalidAction)").contains("DescribeInstances").contains("CreateVpc");
            assertThat(dryRun.stderr()).contains("(DryRunOperation)").contains("Request would have succeeded, but DryRun flag is set.");
            AwsCli.Result vpcs = cli.run(server.endpoint(), "us-west-2", "ec2", "describe-vpcs");
            assertThat(JSON.readTree(vpcs.stdout()).get("Vpcs")).as("a dry run creates nothing").isEmpty();
        }
    }

    @Test
    void describeSubnets_pagesWithPageSize_andTheCliFollowsEveryPage() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().region("us-west-2").start()) {
            var network = server.kit("us-west-2").api().network();
            String vpcId = network.createVpc(CreateVpcRequest.builder().cidrBlock("10.1.0.0/16").build()).get().vpcId().get();
            for (int i = 0; i < 12; i++) {
                network.createSubnet(CreateSubnetRequest.builder().vpcId(vpcId).cidrBlock("10.1." + i + ".0/24").build()).get();
            }
            AwsCli cli = AwsCli.get();

            AwsCli.Result all = cli.run(server.endpoint(), "us-west-2", "ec2", "describe-subnets", "--page-size", "5",
                    "--filters", "Name=vpc-id,Values=" + vpcId);
            AwsCli.Result first = cli.run(server.endpoint(), "us-west-2", "ec2", "describe-subnets", "--max-items", "5");

            JsonNode subnets = JSON.readTree(all.stdout()).get("Subnets");
            assertThat(subnets).hasSize(12);
            assertThat(subnets.findValuesAsText("CidrBlock")).doesNotHaveDuplicates();
            JsonNode page = JSON.readTree(first.stdout());
            assertThat(page.get("Subnets")).hasSize(5);
            assertThat(page.get("NextToken").asText()).isNotBlank();
        }
    }
}
