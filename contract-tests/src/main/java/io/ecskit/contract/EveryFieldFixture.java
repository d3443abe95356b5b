package io.ecskit.contract;

import io.ecskit.domain.Tag;
import io.ecskit.domain.taskdef.AppProtocol;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.ContainerDependency;
import io.ecskit.domain.taskdef.CpuArchitecture;
import io.ecskit.domain.taskdef.DependencyCondition;
import io.ecskit.domain.taskdef.Device;
import io.ecskit.domain.taskdef.DockerVolumeConfiguration;
import io.ecskit.domain.taskdef.EfsVolumeConfiguration;
import io.ecskit.domain.taskdef.EphemeralStorage;
import io.ecskit.domain.taskdef.FirelensConfiguration;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.HostEntry;
import io.ecskit.domain.taskdef.HostVolumeProperties;
import io.ecskit.domain.taskdef.IpcMode;
import io.ecskit.domain.taskdef.KernelCapabilities;
import io.ecskit.domain.taskdef.KeyValuePair;
import io.ecskit.domain.taskdef.LaunchType;
import io.ecskit.domain.taskdef.LinuxParameters;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PidMode;
import io.ecskit.domain.taskdef.PlacementConstraint;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.ResourceRequirement;
import io.ecskit.domain.taskdef.RuntimePlatform;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.SystemControl;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.Tmpfs;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.domain.taskdef.Ulimit;
import io.ecskit.domain.taskdef.Volume;
import io.ecskit.domain.taskdef.VolumeFrom;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** A task definition with every field of every record set: what a lossless round trip must keep (JSON, AWS). */
public final class EveryFieldFixture {

    private EveryFieldFixture() {
    }

    public static TaskDefinition everyField() {
        ContainerDefinition container = ContainerDefinition.builder()
                .name("app").image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.2.3")
                .cpu(512).memory(1024).memoryReservation(512)
                .portMappings(PortMapping.builder().containerPort(8080).hostPort(8080).protocol(TransportProtocol.TCP)
                                .name("http").appProtocol(AppProtocol.HTTP).build(),
                        PortMapping.builder().protocol(TransportProtocol.UDP).containerPortRange("9000-9010").build())
                .essential(true).entryPoint("/bin/sh", "-c").command("exec java -jar app.jar")
                .environment(KeyValuePair.of("MODE", "prod"), KeyValuePair.of("EMPTY", ""))
                .secrets(Secret.of("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"))
                .logConfiguration(LogConfiguration.builder().logDriver("awslogs")
                        .options(LinkedHashMap.of("awslogs-group", "/ecs/app", "awslogs-region", "eu-west-1",
                                "awslogs-stream-prefix", "app", "awslogs-create-group", "true"))
                        .secretOptions(Secret.of("token", "arn:aws:ssm:eu-west-1:123456789012:parameter/t")).build())
                .healthCheck(HealthCheck.builder().command("CMD-SHELL", "curl -f http://localhost:8080/ || exit 1")
                        .interval(30).timeout(5).retries(3).startPeriod(60).build())
                .dependsOn(new ContainerDependency("init", DependencyCondition.SUCCESS))
                .mountPoints(new MountPoint("data", "/data", Option.of(false)))
                .volumesFrom(new VolumeFrom("init", Option.of(true)))
                .workingDirectory("/app").user("1000:1000").readonlyRootFilesystem(true).hostname("app-host")
                .links("init").privileged(false)
                .linuxParameters(LinuxParameters.builder()
                        .capabilities(new KernelCapabilities(List.of("SYS_PTRACE"), List.of("NET_RAW")))
                        .devices(new Device("/dev/fuse", Option.of("/dev/fuse"), List.of("read", "write")))
                        .initProcessEnabled(true).sharedMemorySize(128)
                        .tmpfs(new Tmpfs("/run", 64, List.of("rw", "noexec"))).maxSwap(0).swappiness(10).build())
                .startTimeout(30).stopTimeout(60)
                .ulimits(new Ulimit("nofile", 65536, 65536))
                .disableNetworking(false).dnsServers("10.0.0.2").dnsSearchDomains("corp.example")
                .dockerSecurityOptions("no-new-privileges").extraHosts(new HostEntry("db", "10.0.0.3"))
                .resourceRequirements(new ResourceRequirement("GPU", "1"))
                .dockerLabels(LinkedHashMap.of("team", "payments", "tier", "backend"))
                .repositoryCredentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry")
                .systemControls(new SystemControl("net.core.somaxconn", "1024"))
                .interactive(false).pseudoTerminal(false)
                .firelensConfiguration(new FirelensConfiguration("fluentbit", LinkedHashMap.of("enable-ecs-log-metadata", "true")))
                .build();
        ContainerDefinition init = ContainerDefinition.builder().name("init").image("busybox:1.36").essential(false)
                .memory(128).build();
        return TaskDefinition.builder()
                .family("every-field")
                .containerDefinitions(container, init)
                .taskRoleArn("arn:aws:iam::123456789012:role/app")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(LaunchType.EC2, LaunchType.FARGATE)
                .cpu("1 vCPU").memory("2 GB")
                .volumes(Volume.builder().name("data").host(new HostVolumeProperties(Option.of("/mnt/data"))).build(),
                        Volume.builder().name("docker").dockerVolumeConfiguration(DockerVolumeConfiguration.builder()
                                .scope("shared").autoprovision(true).driver("local")
                                .driverOpts(LinkedHashMap.of("type", "nfs")).labels(LinkedHashMap.of("a", "b")).build()).build(),
                        Volume.efs("efs", EfsVolumeConfiguration.builder().fileSystemId("fs-12345678").rootDirectory("/")
                                .transitEncryption("ENABLED").transitEncryptionPort(2049).accessPointId("fsap-1234")
                                .iam("ENABLED").build()))
                .ephemeralStorage(new EphemeralStorage(50))
                .runtimePlatform(new RuntimePlatform(Option.of("LINUX"), Option.of(CpuArchitecture.ARM64)))
                .pidMode(PidMode.TASK).ipcMode(IpcMode.NONE)
                .placementConstraints(new PlacementConstraint("memberOf", Option.of("attribute:ecs.instance-type =~ t3.*")))
                .tags(Tag.of("env", "prod"), Tag.of("owner", "payments"))
                .build();
    }
}
