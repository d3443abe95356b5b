package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Assumptions;

import java.time.Duration;
import java.util.UUID;

/**
 * The contract suites against a real AWS account, with {@code ECSKIT_IT_AWS=1} and
 * {@code ECSKIT_IT_REGION}, {@code ECSKIT_IT_SUBNETS}, {@code ECSKIT_IT_SECURITY_GROUPS},
 * {@code ECSKIT_IT_EXECUTION_ROLE_ARN}; credentials from the SDK's default chain. Every name
 * carries a per-run prefix, and {@link #close()} removes whatever carries it, even after a failure.
 */
final class RealAwsBackend implements Backend {

    private static final String RUN = "ecskit-it-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    static final Map<Capability, String> GAPS = HashMap.of(
            Capability.FAULT_INJECTION, "real ECS cannot be told to fail an image pull",
            Capability.CONTAINER_INSTANCES, "registering EC2 instances needs real instances",
            Capability.IMAGE_SEEDING, "ECR's PutImage needs its layers uploaded first (see the registry push tests)",
            Capability.DISTINCT_IMAGE_DIGESTS, "needs IMAGE_SEEDING")
            .put(Capability.AUTO_SCALING_GROUP_PROVIDERS, "CreateCapacityProvider needs a real Auto Scaling group")
            .put(Capability.APPLICATION_AUTO_SCALING, "the AWS SDK for Java 2.59.1 has no Application Auto Scaling module, so ecskit's AWS adapter refuses it by name (rule scalingAwsClient)")
            .put(Capability.AGENT_REGISTRATION, "RegisterContainerInstance needs a signed identity document of a real instance")
            .put(Capability.AGENT_REPORTS, "only the ECS agent of a real instance may submit state changes")
            .put(Capability.CONTROLLER_CHECKS, "a CODE_DEPLOY service needs a real load balancer's target groups")
            .put(Capability.GATEWAYS, "a gateway needs a real infrastructure role, and its load balancers are billed")
            .put(Capability.EXPRESS_GATEWAY_SERVICES, "an Express service creates a real load balancer and certificate, billed by the hour");

    private final AwsEcsKit kit;

    private RealAwsBackend() {
        kit = AwsEcsKit.builder().region(env("ECSKIT_IT_REGION")).build();
    }

    static boolean enabled() {
        return "1".equals(System.getenv("ECSKIT_IT_AWS"));
    }

    static Backend create() {
        Assumptions.assumeTrue(enabled(), "real-AWS runs need ECSKIT_IT_AWS=1");
        return new RealAwsBackend();
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set when ECSKIT_IT_AWS=1");
        }
        return value;
    }

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    public Seq<String> subnets() {
        return List.of(env("ECSKIT_IT_SUBNETS").split(","));
    }

    @Override
    public Seq<String> securityGroups() {
        return List.of(env("ECSKIT_IT_SECURITY_GROUPS").split(","));
    }

    @Override
    public String executionRoleArn() {
        return env("ECSKIT_IT_EXECUTION_ROLE_ARN");
    }

    @Override
    public String prefix() {
        return RUN;
    }

    @Override
    public Option<String> lacks(Capability capability) {
        return GAPS.get(capability);
    }

    /** Real time passes by waiting. */
    @Override
    public void passTime(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int calls(String operation) {
        return kit.calls().count(operation);
    }

    @Override
    public void resetCalls() {
        kit.calls().reset();
    }

    @Override
    public EcsKit kitIn(String region) {
        return AwsEcsKit.builder().region(region).build();
    }

    /** Removes everything this run created: clusters (with their services), families, log groups, repositories. */
    @Override
    public void close() {
        try {
            kit.api().clusters().list().getOrElse(List.empty())
                    .filter(arn -> arn.name().value().startsWith(RUN))
                    .forEach(arn -> kit.cleanUp(CleanUp.Command.cluster(arn.name()), DeploymentProgress.Listener.NONE));
            kit.api().taskDefinitions().listFamilies(Option.of(RUN), TaskDefinitionStatus.ACTIVE).getOrElse(List.empty())
                    .forEach(family -> kit.api().taskDefinitions().list(Option.of(family), TaskDefinitionStatus.ACTIVE)
                            .getOrElse(List.empty())
                            .forEach((TaskDefinitionArn arn) -> kit.api().taskDefinitions()
                                    .deregister(TaskDefinitionRef.of(arn.family(), arn.revision()))));
            List.of("/ecs/" + RUN).forEach(prefix -> kit.clients().logs.describeLogGroupsPaginator(r -> r.logGroupNamePrefix(prefix))
                    .logGroups().forEach(g -> kit.api().logs().deleteGroup(new LogGroupName(g.logGroupName()))));
            kit.clients().ecr.describeRepositoriesPaginator(r -> { }).repositories().stream()
                    .filter(r -> r.repositoryName().startsWith(RUN.toLowerCase(java.util.Locale.ROOT)))
                    .forEach(r -> kit.api().imageRepositories().delete(new RepositoryName(r.repositoryName()), true));
        } finally {
            kit.close();
        }
    }
}
