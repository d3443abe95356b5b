package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.ecskit.domain.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertValid;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class FargateRulesTest {

    @Test
    void networkMode_mustBeAwsvpc_withEcsCurlyQuotes() {
        assertViolation(fargate().networkMode(NetworkMode.BRIDGE).build(), FARGATE, "networkMode",
                "Fargate only supports network mode \u2018awsvpc\u2019.");
        assertViolation(fargate().networkMode(Option.none()).build(), FARGATE, "networkMode",
                "Fargate only supports network mode \u2018awsvpc\u2019.");
    }

    @Test
    void taskCpuAndMemory_areRequired() {
        TaskDefinition td = fargate().cpu(Option.none()).memory(Option.none()).build();
        assertViolation(td, FARGATE, "cpu", "Fargate requires that 'cpu' be defined at the task level.");
        assertViolation(td, FARGATE, "memory", "Fargate requires that 'memory' be defined at the task level.");
    }

    @ParameterizedTest(name = "cpu {0}: memory {1} valid, {2} rejected")
    @CsvSource({
        "256,2048,4096", "256,512,1536", "512,1024,512", "512,4096,5120", "1024,2048,1024", "1024,8192,9216",
        "2048,4096,3072", "2048,16384,17408", "4096,8192,7168", "4096,30720,31744", "8192,16384,12288",
        "8192,61440,65536", "8192,20480,18432", "16384,32768,24576", "16384,122880,131072", "16384,40960,36864"
    })
    void sizeTable_lastValidAndFirstInvalidMemory(int cpu, int validMemory, int invalidMemory) {
        TaskDefinitionBuilder base = fargate().cpu(String.valueOf(cpu));
        assertValid(withContainer(base.memory(String.valueOf(validMemory)), c -> c.memory(Option.none())), FARGATE);
        assertViolation(withContainer(base.memory(String.valueOf(invalidMemory)), c -> c.memory(Option.none())), FARGATE,
                "memory", "No Fargate configuration exists for given values: " + cpu + " CPU, " + invalidMemory
                        + " memory. See the Amazon ECS documentation for the valid values.");
    }

    @Test
    void cpuNotInTable_isInvalidCpuSetting() {
        assertViolation(fargate().cpu("384").build(), FARGATE, "cpu", "Invalid 'cpu' setting for task.");
        assertNoViolationAt(fargate().cpu("384").build(), FARGATE, "memory");
    }

    @Test
    void awslogs_needsExecutionRole_andStreamPrefix() {
        assertViolation(fargate().executionRoleArn(Option.none()).build(), FARGATE, "executionRoleArn",
                "Fargate requires task definition to have execution role ARN to support log driver awslogs.");
        LogConfiguration noPrefix = LogConfiguration.awslogs("g", "us-east-1", "p").toBuilder()
                .options(io.vavr.collection.LinkedHashMap.of("awslogs-group", "g", "awslogs-region", "us-east-1")).build();
        assertViolation(withContainer(fargate(), c -> c.logConfiguration(noPrefix)), FARGATE,
                "containerDefinitions[0].logConfiguration.options.awslogs-stream-prefix",
                "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.");
    }

    @Test
    void privateEcrImage_needsExecutionRole_publicImageDoesNot() {
        TaskDefinitionBuilder noRoleNoLogs = fargate().executionRoleArn(Option.none());
        assertViolation(withContainer(noRoleNoLogs, c -> c.logConfiguration(Option.none())
                        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1")), FARGATE, "executionRoleArn",
                "Fargate requires task definition to have execution role ARN to support ECR images.");
        assertValid(withContainer(noRoleNoLogs, c -> c.logConfiguration(Option.none())), FARGATE);
    }

    @Test
    void unsupportedContainerParameters_eachNamedAtItsPath() {
        TaskDefinition td = withContainer(fargate(), c -> c.privileged(true).links(List.of("db")).disableNetworking(false)
                .dnsServers(List.of("10.0.0.2")).dnsSearchDomains(List.of("corp")).dockerSecurityOptions(List.of("no-new-privileges"))
                .extraHosts(List.of(new HostEntry("db", "10.0.0.3"))).resourceRequirements(List.of(new ResourceRequirement("1", ResourceType.GPU, Option.none())))
                .linuxParameters(LinuxParameters.builder().devices(List.of(new Device("/dev/fuse", Option.none(), List.empty())))
                        .sharedMemorySize(64).tmpfs(List.of(new Tmpfs("/tmp", 64, List.empty()))).maxSwap(0).swappiness(0).build()));
        for (String parameter : List.of("privileged", "links", "disableNetworking", "dnsServers", "dnsSearchDomains",
                "dockerSecurityOptions", "extraHosts", "resourceRequirements", "linuxParameters.devices",
                "linuxParameters.sharedMemorySize", "linuxParameters.tmpfs", "linuxParameters.maxSwap", "linuxParameters.swappiness")) {
            String name = parameter.substring(parameter.lastIndexOf('.') + 1);
            assertViolation(td, FARGATE, "containerDefinitions[0]." + parameter,
                    "Fargate compatible task definitions do not support " + name + ".");
        }
        assertNoViolationAt(withContainer(fargate(), c -> c.privileged(false)), FARGATE, "containerDefinitions[0].privileged");
    }

    @Test
    void capabilities_onlySysPtraceMayBeAdded() {
        LinuxParameters ptrace = LinuxParameters.builder()
                .capabilities(new KernelCapabilities(List.of("SYS_PTRACE"), List.of("ALL"))).build();
        LinuxParameters admin = LinuxParameters.builder()
                .capabilities(new KernelCapabilities(List.of("SYS_PTRACE", "NET_ADMIN"), List.empty())).build();
        assertValid(withContainer(fargate(), c -> c.linuxParameters(ptrace)), FARGATE);
        assertViolation(withContainer(fargate(), c -> c.linuxParameters(admin)), FARGATE,
                "containerDefinitions[0].linuxParameters.capabilities.add[1]",
                "Fargate compatible task definitions only support adding the SYS_PTRACE kernel capability.");
    }

    @Test
    void taskParameters_placementConstraintsIpcModeAndHostPidMode_areRejected() {
        TaskDefinition td = fargate().placementConstraints(List.of(new TaskDefinitionPlacementConstraint(Option.of(TaskDefinitionPlacementConstraintType.MEMBER_OF), Option.of("attribute:x == y"))))
                .ipcMode(IpcMode.TASK).pidMode(PidMode.HOST).build();
        assertViolation(td, FARGATE, "placementConstraints", "Fargate compatible task definitions do not support placementConstraints.");
        assertViolation(td, FARGATE, "ipcMode", "Fargate compatible task definitions do not support ipcMode.");
        assertViolation(td, FARGATE, "pidMode",
                "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.");
        assertValid(fargate().pidMode(PidMode.TASK).build(), FARGATE);
    }

    @Test
    void volumes_dockerAndHostPath_areRejected_bindAndEfs_areValid() {
        TaskDefinition td = fargate().volumes(List.of(
                Volume.builder().name("d").dockerVolumeConfiguration(DockerVolumeConfiguration.builder().driver("local").build()).build(),
                Volume.builder().name("h").host(new HostVolumeProperties(Option.of("/var/data"))).build())).build();
        assertViolation(td, FARGATE, "volumes[0].dockerVolumeConfiguration",
                "Fargate compatible task definitions do not support dockerVolumeConfiguration.");
        assertViolation(td, FARGATE, "volumes[1].host.sourcePath",
                "Fargate compatible task definitions do not support sourcePath in host volumes.");
        assertValid(fargate().volumes(List.of(Volume.bind("scratch"),
                Volume.efs("shared", EfsVolumeConfiguration.builder().fileSystemId("fs-12345678").build()))).build(), FARGATE);
    }

    @Test
    void ephemeralStorage_21And200_areValid_20And201_areRejected() {
        for (int valid : new int[] {21, 200}) {
            assertValid(fargate().ephemeralStorage(new EphemeralStorage(valid)).build(), FARGATE);
        }
        for (int invalid : new int[] {20, 201}) {
            assertViolation(fargate().ephemeralStorage(new EphemeralStorage(invalid)).build(), FARGATE,
                    "ephemeralStorage.sizeInGiB", "The ephemeral storage size must be between 21 and 200 GiB.");
        }
    }

    @Test
    void runtimePlatform_arm64OnlyLinux_windowsNeedsOneVcpu() {
        RuntimePlatform linuxArm = new RuntimePlatform(Option.of(CpuArchitecture.ARM64), Option.of(OsFamily.LINUX));
        RuntimePlatform windowsArm = new RuntimePlatform(Option.of(CpuArchitecture.ARM64), Option.of(OsFamily.WINDOWS_SERVER_2019_FULL));
        RuntimePlatform windows = new RuntimePlatform(Option.of(CpuArchitecture.X86_64), Option.of(OsFamily.WINDOWS_SERVER_2019_FULL));

        assertValid(fargate().runtimePlatform(linuxArm).build(), FARGATE);
        assertViolation(fargate().cpu("1024").memory("2048").runtimePlatform(windowsArm).build(), FARGATE,
                "runtimePlatform.cpuArchitecture", "ARM64 is supported only with the LINUX operating system family.");
        assertViolation(fargate().runtimePlatform(windows).build(), FARGATE, "cpu",
                "Windows containers on Fargate require at least 1 vCPU (1024 cpu units).");
        assertValid(fargate().cpu("1024").memory("2048").runtimePlatform(windows).build(), FARGATE);
    }

    @Test
    void startAndStopTimeout_2And120_areValid_1And121_areRejected() {
        assertValid(withContainer(fargate(), c -> c.startTimeout(2).stopTimeout(120)), FARGATE);
        assertViolation(withContainer(fargate(), c -> c.startTimeout(1)), FARGATE, "containerDefinitions[0].startTimeout",
                "Invalid 'startTimeout' setting for container 'hello-world'. Must be between 2 and 120 seconds.");
        assertViolation(withContainer(fargate(), c -> c.stopTimeout(121)), FARGATE, "containerDefinitions[0].stopTimeout",
                "Invalid 'stopTimeout' setting for container 'hello-world'. Must be between 2 and 120 seconds.");
    }
}
