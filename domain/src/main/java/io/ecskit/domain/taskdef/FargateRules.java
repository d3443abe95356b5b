package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.function.Function;
import java.util.regex.Pattern;

import static io.ecskit.domain.taskdef.Rule.when;

/**
 * What Fargate adds to the rules of every launch type [BM-ECS; AWS "fargate-tasks-services"].
 * Unsupported parameters (FARGATE_UNSUPPORTED_PARAMETER) take the
 * newer of ECS's two wordings (older responses said "Tasks using the Fargate launch type do not
 * support X"); pidMode keeps the exact message ECS is quoted with (aws/aws-cdk#29619).
 */
final class FargateRules {

    private static final Pattern PRIVATE_ECR = Pattern.compile("^[^/]+\\.dkr\\.ecr\\.[a-z0-9\\-]+\\.amazonaws\\.com(\\.cn)?/.*");

    private FargateRules() {
    }

    static Seq<Violation> networkMode(TaskDefinition td) {
        return when(td.effectiveNetworkMode() != NetworkMode.AWSVPC,
                () -> EcsRule.FARGATE_REQUIRES_AWSVPC.at("networkMode"));
    }

    static Seq<Violation> taskSize(TaskDefinition td) {
        Seq<Violation> required = when(td.cpu().isEmpty(),
                () -> EcsRule.FARGATE_REQUIRES_TASK_CPU.at("cpu"))
                .appendAll(when(td.memory().isEmpty(),
                        () -> EcsRule.FARGATE_REQUIRES_TASK_MEMORY.at("memory")));
        boolean bothParsed = td.cpuUnits().isDefined() && td.memoryMiB().isDefined();
        Seq<Violation> unknownCpu = when(td.cpuUnits().exists(cpu -> TaskSize.fargateCpu(cpu).isEmpty()),
                () -> EcsRule.TASK_CPU_VALID.at("cpu"));
        Seq<Violation> pair = when(bothParsed && unknownCpu.isEmpty()
                        && !TaskSize.isFargateSize(td.cpuUnits().get(), td.memoryMiB().get()),
                () -> EcsRule.FARGATE_TASK_SIZE.at("memory", td.cpuUnits().getOrElse(0), td.memoryMiB().getOrElse(0)));
        return required.appendAll(unknownCpu).appendAll(pair);
    }

    static Seq<Violation> executionRole(TaskDefinition td) {
        if (td.executionRoleArn().isDefined()) {
            return List.empty();
        }
        boolean awslogs = td.containerDefinitions().exists(c -> c.logConfiguration().flatMap(l -> l.awslogs()).isDefined());
        boolean ecr = td.containerDefinitions().exists(c -> c.image().exists(image -> PRIVATE_ECR.matcher(image).matches()));
        return when(awslogs, () -> EcsRule.FARGATE_AWSLOGS_REQUIRES_EXECUTION_ROLE.at("executionRoleArn"))
                .appendAll(when(ecr, () -> EcsRule.FARGATE_ECR_REQUIRES_EXECUTION_ROLE.at("executionRoleArn")));
    }

    static Seq<Violation> streamPrefix(TaskDefinition td, String path, ContainerDefinition c) {
        return when(c.logConfiguration().flatMap(l -> l.awslogs()).exists(a -> a.streamPrefix().isEmpty()),
                () -> EcsRule.FARGATE_AWSLOGS_STREAM_PREFIX.at(path + ".logConfiguration.options." + AwslogsOptions.STREAM_PREFIX));
    }

    /** Container parameters Fargate refuses: each present one is a violation at its path. */
    static Seq<Violation> unsupportedContainerParameters(TaskDefinition td, String path, ContainerDefinition c) {
        Seq<Tuple2<String, Boolean>> present = List.of(
                Tuple.of("privileged", c.privileged().exists(p -> p)),
                Tuple.of("links", !c.links().isEmpty()),
                Tuple.of("disableNetworking", c.disableNetworking().isDefined()),
                Tuple.of("dnsServers", !c.dnsServers().isEmpty()),
                Tuple.of("dnsSearchDomains", !c.dnsSearchDomains().isEmpty()),
                Tuple.of("dockerSecurityOptions", !c.dockerSecurityOptions().isEmpty()),
                Tuple.of("extraHosts", !c.extraHosts().isEmpty()),
                Tuple.of("resourceRequirements", c.resourceRequirements().exists(r -> r.type() == ResourceType.GPU)));
        Seq<Tuple2<String, Boolean>> linux = c.linuxParameters().map(FargateRules::unsupportedLinuxParameters)
                .getOrElse(List.empty());
        return present.appendAll(linux).filter(Tuple2::_2)
                .map(p -> EcsRule.FARGATE_UNSUPPORTED_PARAMETER.at(path + "." + p._1, p._1.substring(p._1.lastIndexOf('.') + 1)));
    }

    private static Seq<Tuple2<String, Boolean>> unsupportedLinuxParameters(LinuxParameters lp) {
        return List.of(
                Tuple.of("linuxParameters.devices", !lp.devices().isEmpty()),
                Tuple.of("linuxParameters.sharedMemorySize", lp.sharedMemorySize().isDefined()),
                Tuple.of("linuxParameters.tmpfs", !lp.tmpfs().isEmpty()),
                Tuple.of("linuxParameters.maxSwap", lp.maxSwap().isDefined()),
                Tuple.of("linuxParameters.swappiness", lp.swappiness().isDefined()));
    }

    static Seq<Violation> capabilities(TaskDefinition td, String path, ContainerDefinition c) {
        Seq<String> added = c.linuxParameters().flatMap(LinuxParameters::capabilities).map(k -> k.add()).getOrElse(List.empty());
        return added.zipWithIndex().filter(ai -> !ai._1.equals("SYS_PTRACE"))
                .map(ai -> EcsRule.FARGATE_CAPABILITIES.at(path + ".linuxParameters.capabilities.add[" + ai._2 + "]"));
    }

    static Seq<Violation> timeouts(TaskDefinition td, String path, ContainerDefinition c) {
        Function<String, Function<Option<Integer>, Seq<Violation>>> check = field -> value -> when(
                value.exists(v -> v < 2 || v > 120), () -> EcsRule.FARGATE_CONTAINER_TIMEOUTS.at(path + "." + field, field, Rule.name(c)));
        return check.apply("startTimeout").apply(c.startTimeout()).appendAll(check.apply("stopTimeout").apply(c.stopTimeout()));
    }

    static Seq<Violation> unsupportedTaskParameters(TaskDefinition td) {
        return when(!td.placementConstraints().isEmpty(), () -> EcsRule.FARGATE_UNSUPPORTED_PARAMETER.at("placementConstraints", "placementConstraints"))
                .appendAll(when(td.ipcMode().isDefined(), () -> EcsRule.FARGATE_UNSUPPORTED_PARAMETER.at("ipcMode", "ipcMode")))
                .appendAll(when(td.pidMode().exists(m -> m != PidMode.TASK), () -> EcsRule.FARGATE_PID_MODE.at("pidMode")));
    }

    static Seq<Violation> volumes(TaskDefinition td) {
        return td.volumes().zipWithIndex().flatMap(vi -> when(vi._1.dockerVolumeConfiguration().isDefined(),
                () -> EcsRule.FARGATE_UNSUPPORTED_PARAMETER.at("volumes[" + vi._2 + "].dockerVolumeConfiguration", "dockerVolumeConfiguration"))
                .appendAll(when(vi._1.host().exists(h -> h.sourcePath().isDefined()),
                        () -> EcsRule.FARGATE_UNSUPPORTED_PARAMETER.at("volumes[" + vi._2 + "].host.sourcePath", "sourcePath in host volumes"))));
    }

    static Seq<Violation> ephemeralStorage(TaskDefinition td) {
        return when(td.ephemeralStorage().exists(e -> e.sizeInGiB() < 21 || e.sizeInGiB() > 200),
                () -> EcsRule.FARGATE_EPHEMERAL_STORAGE.at("ephemeralStorage.sizeInGiB"));
    }

    static Seq<Violation> runtimePlatform(TaskDefinition td) {
        return td.runtimePlatform().map(p -> {
            boolean windows = p.isWindows();
            Seq<Violation> arm = when(windows && p.cpuArchitecture().contains(CpuArchitecture.ARM64),
                    () -> EcsRule.FARGATE_ARM64_LINUX_ONLY.at("runtimePlatform.cpuArchitecture"));
            Seq<Violation> cpu = when(windows && td.cpuUnits().exists(u -> u < 1024), () -> EcsRule.FARGATE_WINDOWS_CPU.at("cpu"));
            return arm.appendAll(cpu);
        }).getOrElse(List.empty());
    }
}
