package io.ecskit.adapter.aws.testing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.net.URI;
import java.util.List;

/** A VPC with two subnets and a security group in moto's EC2: CreateService checks they exist. */
public record MotoNetwork(String vpcId, List<String> subnets, List<String> securityGroups) {

    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

    public static MotoNetwork create(URI endpoint) {
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).region(Region.of(MotoServer.REGION))
                .credentialsProvider(CREDENTIALS).build()) {
            String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
            String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
            String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
            String sg = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("ecskit-it").description("ecskit tests")).groupId();
            return new MotoNetwork(vpc, List.of(a, b), List.of(sg));
        }
    }
}
