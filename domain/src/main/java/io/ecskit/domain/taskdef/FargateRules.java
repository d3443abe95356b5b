package io.ecskit.domain.taskdef;

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
 * Unsupported parameters are worded "Fargate compatible task definitions do not support X", the
 * newer of ECS's two wordings (older responses said "Tasks using the Fargate launch type do not
 * support X"); pidMode keeps the exact message ECS is quoted with (aws/aws-cdk#29619).
 */
final class FargateRules {

    private static final Pattern PRIVATE_ECR = Pattern.compile("^[^/]+\\.dkr\\.ecr\\.[a-z0-9\\-]+\\.amazonaws\\.com(\\.cn)?/.*");

    private FargateRules() {
    }

    static Seq<Violation> networkMode(TaskDefinition td) {
        return when(td.effectiveNetworkMode() != NetworkMode.AWSVPC,
                Violation.client("networkMode", "Fargate only supports network mode \u2018awsvpc\u2019."));
    }

    static Seq<Violation> taskSize(TaskDefinition td) {
        Seq<Violation> required = when(td.cpu().isEmpty(),
                Violation.client("cpu", "Fargate requires that 'cpu' be defined at the task level."))
                .appendAll(when(td.memory().isEmpty(),
                        Violation.client("memory", "Fargate requires that 'memory' be defined at the task level.")));
        boolean bothParsed = td.cpuUnits().isDefined() && td.memoryMiB().isDefined();
        Seq<Violation> unknownCpu = when(td.cpuUnits().exists(cpu -> TaskSize.fargateCpu(cpu).isEmpty()),
                Violation.client("cpu", "Invalid 'cpu' setting for task."));
        Seq<Violation> pair = when(bothParsed && unknownCpu.isEmpty()
                        && !TaskSize.isFargateSize(td.cpuUnits().get(), td.memoryMiB().get()),
                Violation.client("memory", "No Fargate configuration exists for given values."));
        return required.appendAll(unknownCpu).appendAll(pair);
    }

    static Seq<Violation> executionRole(TaskDefinition td) {
        if (td.executionRoleArn().isDefined()) {
            return List.empty();
        }
        boolean awslogs = td.containerDefinitions().exists(c -> c.logConfiguration().flatMap(l -> l.awslogs()).isDefined());
        boolean ecr = td.containerDefinitions().exists(c -> c.image().exists(image -> PRIVATE_ECR.matcher(image).matches()));
        return when(awslogs, Violation.client("executionRoleArn",
                "Fargate requires task definition to have execution role ARN to support log driver awslogs."))
                .appendAll(when(ecr, Violation.client("executionRoleArn",
                        "Fargate requires task definition to have execution role ARN to support ECR images.")));
    }

    static Seq<Violation> streamPrefix(TaskDefinition td, String path, ContainerDefinition c) {
        return when(c.logConfiguration().flatMap(l -> l.awslogs()).exists(a -> a.streamPrefix().isEmpty()),
                Violation.client(path + ".logConfiguration.options." + AwslogsOptions.STREAM_PREFIX,
                        "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs."));
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
                .map(p -> Violation.client(path + "." + p._1, "Fargate compatible task definitions do not support "
                        + p._1.substring(p._1.lastIndexOf('.') + 1) + "."));
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
                .map(ai -> Violation.client(path + ".linuxParameters.capabilities.add[" + ai._2 + "]",
                        "Fargate compatible task definitions only support adding the SYS_PTRACE kernel capability."));
    }

    static Seq<Violation> timeouts(TaskDefinition td, String path, ContainerDefinition c) {
        Function<String, Function<Option<Integer>, Seq<Violation>>> check = field -> value -> when(
                value.exists(v -> v < 2 || v > 120), Violation.client(path + "." + field,
                        "Invalid '" + field + "' setting for container '" + Rule.name(c) + "'. Must be between 2 and 120 seconds."));
        return check.apply("startTimeout").apply(c.startTimeout()).appendAll(check.apply("stopTimeout").apply(c.stopTimeout()));
    }

    static Seq<Violation> unsupportedTaskParameters(TaskDefinition td) {
        return when(!td.placementConstraints().isEmpty(), Violation.client("placementConstraints",
                "Fargate compatible task definitions do not support placementConstraints."))
                .appendAll(when(td.ipcMode().isDefined(), Violation.client("ipcMode",
                        "Fargate compatible task definitions do not support ipcMode.")))
                .appendAll(when(td.pidMode().exists(m -> m != PidMode.TASK), Violation.client("pidMode",
                        "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.")));
    }

    static Seq<Violation> volumes(TaskDefinition td) {
        return td.volumes().zipWithIndex().flatMap(vi -> when(vi._1.dockerVolumeConfiguration().isDefined(),
                Violation.client("volumes[" + vi._2 + "].dockerVolumeConfiguration",
                        "Fargate compatible task definitions do not support dockerVolumeConfiguration."))
                .appendAll(when(vi._1.host().exists(h -> h.sourcePath().isDefined()),
                        Violation.client("volumes[" + vi._2 + "].host.sourcePath",
                                "Fargate compatible task definitions do not support sourcePath in host volumes."))));
    }

    static Seq<Violation> ephemeralStorage(TaskDefinition td) {
        return when(td.ephemeralStorage().exists(e -> e.sizeInGiB() < 21 || e.sizeInGiB() > 200),
                Violation.client("ephemeralStorage.sizeInGiB",
                        "The ephemeral storage size must be between 21 and 200 GiB."));
    }

    static Seq<Violation> runtimePlatform(TaskDefinition td) {
        return td.runtimePlatform().map(p -> {
            boolean windows = p.isWindows();
            Seq<Violation> arm = when(windows && p.cpuArchitecture().contains(CpuArchitecture.ARM64),
                    Violation.client("runtimePlatform.cpuArchitecture",
                            "ARM64 is supported only with the LINUX operating system family."));
            Seq<Violation> cpu = when(windows && td.cpuUnits().exists(u -> u < 1024), Violation.client("cpu",
                    "Windows containers on Fargate require at least 1 vCPU (1024 cpu units)."));
            return arm.appendAll(cpu);
        }).getOrElse(List.empty());
    }
}
