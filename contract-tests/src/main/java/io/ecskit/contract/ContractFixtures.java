package io.ecskit.contract;

import io.vavr.collection.List;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceSpecBuilder;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;

import java.util.concurrent.atomic.AtomicInteger;

/** Names and requests the suites build on, prefixed per backend so real-AWS runs never clash. */
public final class ContractFixtures {

    public static final String IMAGE = "public.ecr.aws/docker/library/httpd:2.4";
    public static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    private final Backend backend;
    private final AtomicInteger serial = new AtomicInteger();

    ContractFixtures(Backend backend) {
        this.backend = backend;
    }

    public String name(String what) {
        return backend.prefix() + what + "-" + serial.incrementAndGet();
    }

    public ClusterName clusterName() {
        return new ClusterName(name("cluster"));
    }

    public ServiceName serviceName() {
        return new ServiceName(name("svc"));
    }

    public String family() {
        return name("family");
    }

    /** A minimal Fargate task definition ECS registers, without logging (no log group needed). */
    public TaskDefinition fargate(String family) {
        return fargate(family, IMAGE);
    }

    public TaskDefinition fargate(String family, String image) {
        return TaskDefinition.builder()
                .family(family)
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC)
                .cpu("256")
                .memory("512")
                .executionRoleArn(backend.executionRoleArn())
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("web").image(image).portMappings(List.of(PortMapping.tcp(80))).essential(true).build()))
                .build();
    }

    /** An EC2 bridge-mode definition (not Fargate compatible). */
    public TaskDefinition ec2(String family) {
        return TaskDefinition.builder()
                .family(family)
                .requiresCompatibilities(List.of(Compatibility.EC2))
                .networkMode(NetworkMode.BRIDGE)
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("web").image(IMAGE).memory(256).portMappings(List.of(PortMapping.tcp(80))).build()))
                .build();
    }

    public AwsVpcConfiguration network() {
        return AwsVpcConfiguration.of(backend.subnets(), backend.securityGroups(), AssignPublicIp.DISABLED);
    }

    public ClusterName cluster() {
        ClusterName name = clusterName();
        backend.kit().api().clusters().create(ClusterSpec.named(name)).get();
        return name;
    }

    /** A Fargate service spec over the backend's network. */
    public ServiceSpecBuilder service(ClusterName cluster, ServiceName name, TaskDefinitionRef td, int desired) {
        return ServiceSpec.builder()
                .cluster(cluster)
                .serviceName(name.value())
                .taskDefinition(td)
                .desiredCount(desired)
                .launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(network()));
    }
}
