package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Tag;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.regex.Pattern;

import static io.ecskit.domain.taskdef.Rule.when;

/** Task-level rules of every launch type: family, container count, essential containers, sizes, tags. */
final class TaskRules {

    static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_\\-]{1,255}$");
    static final int MAX_CONTAINERS = 10;

    private TaskRules() {
    }

    static Seq<Violation> family(TaskDefinition td) {
        return family(td.family());
    }

    static Seq<Violation> family(String family) {
        if (family.isBlank()) {
            return List.of(EcsRule.FAMILY_REQUIRED.at("family"));
        }
        return when(!NAME.matcher(family).matches(), () -> EcsRule.FAMILY_FORMAT.at("family"));
    }

    static Seq<Violation> containerCount(TaskDefinition td) {
        int count = td.containerDefinitions().size();
        return when(count == 0, () -> EcsRule.CONTAINERS_REQUIRED.at("containerDefinitions"))
                .appendAll(when(count > MAX_CONTAINERS, () -> EcsRule.CONTAINERS_AT_MOST_TEN.at("containerDefinitions")));
    }

    static Seq<Violation> essentialContainer(TaskDefinition td) {
        return when(!td.containerDefinitions().isEmpty() && !td.containerDefinitions().exists(ContainerDefinition::isEssential),
                () -> EcsRule.ESSENTIAL_CONTAINER_REQUIRED.at("containerDefinitions"));
    }

    /** Task cpu and memory, when given, must be numbers ECS understands (in units/MiB or vCPU/GB). */
    static Seq<Violation> sizeFormat(TaskDefinition td) {
        return when(td.cpu().isDefined() && td.cpuUnits().isEmpty(), () -> EcsRule.TASK_CPU_VALID.at("cpu"))
                .appendAll(when(td.memory().isDefined() && td.memoryMiB().isEmpty(),
                        () -> EcsRule.TASK_MEMORY_VALID.at("memory")));
    }

    static Seq<Violation> containerMemoryWithinTask(TaskDefinition td) {
        return td.memoryMiB().map(taskMemory -> Rule.eachContainer((t, path, c) -> when(
                c.memory().exists(m -> m > taskMemory),
                () -> EcsRule.CONTAINER_MEMORY_WITHIN_TASK.at(path + ".memory", Rule.name(c)))).check(td)).getOrElse(List.empty());
    }

    static Seq<Violation> cpuSumWithinTask(TaskDefinition td) {
        int sum = td.containerDefinitions().map(c -> c.cpu().getOrElse(0)).sum().intValue();
        return when(td.cpuUnits().exists(taskCpu -> sum > taskCpu), () -> EcsRule.CPU_SUM_WITHIN_TASK.at("cpu"));
    }

    static Seq<Violation> reservationSumWithinTask(TaskDefinition td) {
        int sum = td.containerDefinitions().map(c -> c.memoryReservation().getOrElse(0)).sum().intValue();
        return when(td.memoryMiB().exists(taskMemory -> sum > taskMemory), () -> EcsRule.RESERVATION_SUM_WITHIN_TASK.at("memory"));
    }

    /** What the request may weigh: 64 KiB of JSON [awsdocs/amazon-ecs-developer-guide#149]. */
    static final int MAX_REQUEST_BYTES = 65536;

    /** An IAM role ARN, or (taskRoleArn, executionRoleArn) a role's short name [RegisterTaskDefinition API reference]. */
    private static final Pattern ROLE = Pattern.compile(
            "^(arn:aws[a-z\\-]*:iam::\\d{12}:role/[\\w+=,.@\\-/]{1,512}|[\\w+=,.@\\-]{1,64})$");

    static Seq<Violation> requestSize(TaskDefinition td) {
        int length = JsonLength.of(td);
        return when(length > MAX_REQUEST_BYTES, () -> EcsRule.TASK_DEFINITION_REQUEST_SIZE.at("", length));
    }

    static Seq<Violation> roleArns(TaskDefinition td) {
        return td.taskRoleArn().filter(arn -> !ROLE.matcher(arn).matches())
                .map(arn -> EcsRule.ROLE_ARN_FORMAT.at("taskRoleArn", "taskRoleArn", arn)).toList()
                .appendAll(td.executionRoleArn().filter(arn -> !ROLE.matcher(arn).matches())
                        .map(arn -> EcsRule.ROLE_ARN_FORMAT.at("executionRoleArn", "executionRoleArn", arn)));
    }

    /**
     * FireLens needs both halves: a container logging with awsfirelens needs a router (rule firelensRouterRequired),
     * and a router needs a container logging to it (rule firelensDriverRequired).
     */
    static Seq<Violation> firelens(TaskDefinition td) {
        boolean logsToFirelens = td.containerDefinitions().exists(c -> c.logConfiguration().exists(l -> l.logDriver() == LogDriver.AWSFIRELENS));
        boolean router = td.containerDefinitions().exists(c -> c.firelensConfiguration().isDefined());
        return when(logsToFirelens && !router, () -> EcsRule.FIRELENS_ROUTER_REQUIRED.at("containerDefinitions"))
                .appendAll(when(router && !logsToFirelens, () -> EcsRule.FIRELENS_DRIVER_REQUIRED.at("containerDefinitions")));
    }

    /** Container secrets are fetched by the task execution role, so ECS refuses them without one (either launch type). */
    static Seq<Violation> secretsRequireExecutionRole(TaskDefinition td) {
        return when(td.executionRoleArn().isEmpty() && td.containerDefinitions().exists(c -> !c.secrets().isEmpty()),
                () -> EcsRule.SECRETS_REQUIRE_EXECUTION_ROLE.at("executionRoleArn"));
    }

    /**
     * Private registry credentials are fetched by the task execution role (rule repositoryCredentialsRequireExecutionRole),
     * and are for registries other than ECR (rule repositoryCredentialsNotForEcr).
     */
    static Seq<Violation> repositoryCredentials(TaskDefinition td) {
        Seq<io.vavr.Tuple2<ContainerDefinition, Integer>> withCredentials = td.containerDefinitions().zipWithIndex()
                .filter(ci -> ci._1.repositoryCredentials().isDefined());
        return when(td.executionRoleArn().isEmpty() && !withCredentials.isEmpty(),
                () -> EcsRule.REPOSITORY_CREDENTIALS_REQUIRE_EXECUTION_ROLE.at("executionRoleArn"))
                .appendAll(withCredentials.filter(ci -> ci._1.image().exists(i -> ECR_HOST.matcher(i).lookingAt()))
                        .map(ci -> EcsRule.REPOSITORY_CREDENTIALS_NOT_FOR_ECR.at("containerDefinitions[" + ci._2 + "].repositoryCredentials")));
    }

    private static final java.util.regex.Pattern ECR_HOST = java.util.regex.Pattern.compile("\\d{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/");

    static Seq<Violation> trustedExecution(TaskDefinition td) {
        return td.trustedExecutionConfiguration().map(t -> {
            boolean managedInstances = td.requiresCompatibilities().contains(Compatibility.MANAGED_INSTANCES);
            Seq<Violation> mode = when(t.isolationMode() != IsolationMode.SHARED && !managedInstances,
                    () -> EcsRule.TRUSTED_EXECUTION_MANAGED_INSTANCES_ONLY.at("trustedExecutionConfiguration.isolationMode",
                            t.isolationMode().wire()));
            Seq<Violation> policy = when(t.isolationMode() == IsolationMode.CONFIDENTIAL_SANDBOX && t.attestationPolicy().isEmpty(),
                    () -> EcsRule.TRUSTED_EXECUTION_ATTESTATION_POLICY.at("trustedExecutionConfiguration.attestationPolicy"));
            return mode.appendAll(policy);
        }).getOrElse(io.vavr.collection.List.empty());
    }

    static Seq<Violation> tags(TaskDefinition td) {
        return io.ecskit.domain.ModelRules.tags("tags", td.tags());
    }
}
