package io.ecskit.domain.taskdef;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import static io.ecskit.domain.taskdef.Rule.eachContainer;

/**
 * The task-definition rule book: every rule RegisterTaskDefinition applies, listed in one place per
 * launch type, applied together. Each check answers violations of one {@link io.ecskit.domain.EcsRule}
 * (docs/ecs-rules.md lists them by id).
 */
final class RuleBook {

    static final Seq<Rule> EVERY_LAUNCH_TYPE = List.of(
            TaskRules::family,
            TaskRules::containerCount,
            TaskRules::essentialContainer,
            TaskRules::sizeFormat,
            TaskRules::containerMemoryWithinTask,
            TaskRules::cpuSumWithinTask,
            TaskRules::reservationSumWithinTask,
            TaskRules::tags,
            TaskRules::requestSize,
            TaskRules::roleArns,
            TaskRules::secretsRequireExecutionRole,
            TaskRules::firelens,
            TaskRules::repositoryCredentials,
            TaskRules::trustedExecution,
            VolumeRules::volumeNames,
            eachContainer(VolumeRules::mountPointVolumeExists),
            PortRules::hostPortMappedOnce,
            ContainerRules::uniqueNames,
            eachContainer(ContainerRules::containerName),
            eachContainer(ContainerRules::image),
            eachContainer(ContainerRules::reservationWithinMemory),
            eachContainer(ContainerRules::dependsOn),
            eachContainer(ContainerRules::healthCheck),
            eachContainer(PortRules::containerPorts),
            eachContainer(PortRules::hostPortsMatch),
            eachContainer(PortRules::hostnameUnderAwsvpc),
            eachContainer(LogRules::requiredOptions));

    static final Seq<Rule> FARGATE = List.of(
            FargateRules::networkMode,
            FargateRules::taskSize,
            FargateRules::executionRole,
            FargateRules::unsupportedTaskParameters,
            FargateRules::volumes,
            FargateRules::ephemeralStorage,
            FargateRules::runtimePlatform,
            eachContainer(FargateRules::streamPrefix),
            eachContainer(FargateRules::unsupportedContainerParameters),
            eachContainer(FargateRules::capabilities),
            eachContainer(FargateRules::timeouts),
            eachContainer(LogRules.allowedDriver(LaunchType.FARGATE)));

    static final Seq<Rule> EC2 = List.of(
            Ec2Rules::taskCpu,
            eachContainer(Ec2Rules::containerMemory),
            eachContainer(PortRules::reservedHostPorts),
            eachContainer(PortRules::noPortsWithoutNetwork),
            eachContainer(PortRules::linksOnlyInBridge),
            eachContainer(LogRules.allowedDriver(LaunchType.EC2)));

    private RuleBook() {
    }

    /**
     * The rules' verdicts on definitions lately checked, by identity (records never change, and the rules read nothing
     * but the definition): the server checks a RegisterTaskDefinition's definition as it reads the request, before its
     * write lock, and the backend's check of the very same object inside the lock finds the verdict here (issue 26
     * item 8). An equal definition made anew is checked anew.
     */
    private static final Verdict[] VERDICTS = new Verdict[64];

    private record Verdict(TaskDefinition td, LaunchType launchType, Seq<Violation> violations) {
    }

    static Seq<Violation> violations(TaskDefinition td, LaunchType launchType) {
        Verdict known = known(td, launchType);
        if (known != null) {
            return known.violations;
        }
        Seq<Violation> found = check(td, launchType);
        VERDICTS[slot(td, launchType)] = new Verdict(td, launchType, found);
        return found;
    }

    /**
     * Whether the definition breaks none of the launch type's rules: the verdict when one is known, else the rules until
     * the first that is broken, the launch type's own first (a bridge definition fails Fargate's first rule).
     */
    static boolean passes(TaskDefinition td, LaunchType launchType) {
        Verdict known = known(td, launchType);
        if (known != null) {
            return known.violations.isEmpty();
        }
        for (Rule rule : specific(launchType).appendAll(EVERY_LAUNCH_TYPE)) {
            if (!rule.check(td).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static int slot(TaskDefinition td, LaunchType launchType) {
        return (System.identityHashCode(td) ^ launchType.ordinal()) & (VERDICTS.length - 1);
    }

    /** The verdict on this very object for the launch type, while its slot still holds it; else null. */
    private static Verdict known(TaskDefinition td, LaunchType launchType) {
        Verdict known = VERDICTS[slot(td, launchType)];
        return known != null && known.td == td && known.launchType == launchType ? known : null;
    }

    private static Seq<Rule> specific(LaunchType launchType) {
        return switch (launchType) {
            case FARGATE -> FARGATE;
            case EC2, EXTERNAL, MANAGED_INSTANCES -> EC2;
        };
    }

    private static Seq<Violation> check(TaskDefinition td, LaunchType launchType) {
        return EVERY_LAUNCH_TYPE.appendAll(specific(launchType)).flatMap(rule -> rule.check(td));
    }
}
