package io.ecskit.domain.taskdef;

import io.vavr.collection.List;

/** Task definitions the rule tests start from: valid ones, and the seed's as written in 2018. */
public final class TaskDefinitionFixtures {

    public static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    private TaskDefinitionFixtures() {
    }

    /** A container Fargate accepts: public image, port 80, awslogs with every option it needs. */
    public static ContainerDefinitionBuilder fargateContainer(String name) {
        return ContainerDefinition.builder()
                .name(name)
                .image("public.ecr.aws/docker/library/httpd:2.4")
                .cpu(10)
                .memory(500)
                .portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(80).build()))
                .essential(true)
                .logConfiguration(LogConfiguration.awslogs("test-log", "us-east-1", "api"));
    }

    /** The seed's hello-world, corrected so today's Fargate accepts it. */
    public static TaskDefinitionBuilder fargate() {
        return TaskDefinition.builder()
                .family("hello-world")
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC)
                .cpu("256")
                .memory("512")
                .executionRoleArn(EXECUTION_ROLE)
                .containerDefinitions(List.of(fargateContainer("hello-world").build()));
    }

    /** An EC2 bridge-mode definition with a dynamic host port. */
    public static TaskDefinitionBuilder ec2Bridge() {
        return TaskDefinition.builder()
                .family("web")
                .requiresCompatibilities(List.of(Compatibility.EC2))
                .networkMode(NetworkMode.BRIDGE)
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("web")
                        .image("nginx:1.27")
                        .memory(256)
                        .portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(0).build()))
                        .build()));
    }

    /** The seed's hello-world-task-def.json exactly as the 2018 notes wrote it. */
    public static TaskDefinition seed() {
        return TaskDefinition.builder()
                .family("hello-world")
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC)
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("hello-world")
                        .image("aws_account_id.dkr.ecr.us-east-1.amazonaws.com/hello-world")
                        .cpu(10)
                        .memory(500)
                        .portMappings(List.of(PortMapping.builder().containerPort(80).hostPort(80).build()))
                        .entryPoint(List.of("/usr/sbin/apache2", "-D", "FOREGROUND"))
                        .logConfiguration(LogConfiguration.awslogs("test-log", "us-east-1", "api"))
                        .environment(List.empty())
                        .essential(true)
                        .build()))
                .build();
    }

    /** The fixture's first container, changed by {@code change}. */
    public static TaskDefinition withContainer(TaskDefinitionBuilder td, java.util.function.UnaryOperator<ContainerDefinitionBuilder> change) {
        TaskDefinition base = td.build();
        ContainerDefinition first = change.apply(base.containerDefinitions().head().toBuilder()).build();
        return base.toBuilder().containerDefinitions(base.containerDefinitions().update(0, first)).build();
    }
}
