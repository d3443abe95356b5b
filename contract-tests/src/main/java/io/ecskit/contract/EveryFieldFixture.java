package io.ecskit.contract;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.EbsResourceType;
import io.ecskit.domain.EbsTagSpecification;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementConstraintType;
import io.ecskit.domain.PlacementStrategy;
import io.ecskit.domain.PlacementStrategyType;
import io.ecskit.domain.PropagateTags;
import io.ecskit.domain.Tag;
import io.ecskit.domain.TaskFilesystemType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.service.AccessType;
import io.ecskit.domain.service.AdvancedConfiguration;
import io.ecskit.domain.service.AvailabilityZoneRebalancing;
import io.ecskit.domain.service.CanaryConfiguration;
import io.ecskit.domain.service.DeploymentAlarms;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentController;
import io.ecskit.domain.service.DeploymentControllerType;
import io.ecskit.domain.service.DeploymentEarlySuccessCriteria;
import io.ecskit.domain.service.DeploymentLifecycleHook;
import io.ecskit.domain.service.DeploymentLifecycleHookAction;
import io.ecskit.domain.service.DeploymentLifecycleHookStage;
import io.ecskit.domain.service.DeploymentLifecycleHookTargetType;
import io.ecskit.domain.service.DeploymentLifecycleHookTimeoutConfiguration;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.GatewayConnector;
import io.ecskit.domain.service.GatewayConnectorFilters;
import io.ecskit.domain.service.GatewayConnectorHealthCheck;
import io.ecskit.domain.service.GatewayConnectorHealthCheckMatcher;
import io.ecskit.domain.service.GatewayConnectorHealthCheckProtocol;
import io.ecskit.domain.service.LinearConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.MetricConfiguration;
import io.ecskit.domain.service.MonitoringConfiguration;
import io.ecskit.domain.service.SchedulingStrategy;
import io.ecskit.domain.service.ServiceConnectAccessLogConfiguration;
import io.ecskit.domain.service.ServiceConnectAccessLoggingFormat;
import io.ecskit.domain.service.ServiceConnectClientAlias;
import io.ecskit.domain.service.ServiceConnectConfiguration;
import io.ecskit.domain.service.ServiceConnectContainerConfiguration;
import io.ecskit.domain.service.ServiceConnectContainerLogLevel;
import io.ecskit.domain.service.ServiceConnectIncludeQueryParameters;
import io.ecskit.domain.service.ServiceConnectService;
import io.ecskit.domain.service.ServiceConnectTestTrafficHeaderMatchRules;
import io.ecskit.domain.service.ServiceConnectTestTrafficHeaderRules;
import io.ecskit.domain.service.ServiceConnectTestTrafficRules;
import io.ecskit.domain.service.ServiceConnectTlsCertificateAuthority;
import io.ecskit.domain.service.ServiceConnectTlsConfiguration;
import io.ecskit.domain.service.ServiceManagedEbsVolumeConfiguration;
import io.ecskit.domain.service.ServiceRegistry;
import io.ecskit.domain.service.ServiceRevisionCleanup;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceVolumeConfiguration;
import io.ecskit.domain.service.ThresholdConfiguration;
import io.ecskit.domain.service.ThresholdType;
import io.ecskit.domain.service.TimeoutConfiguration;
import io.ecskit.domain.service.VpcLatticeAdvancedConfiguration;
import io.ecskit.domain.service.VpcLatticeConfiguration;
import io.ecskit.domain.taskdef.ApplicationProtocol;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerCondition;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.ContainerDependency;
import io.ecskit.domain.taskdef.ContainerRestartPolicy;
import io.ecskit.domain.taskdef.CpuArchitecture;
import io.ecskit.domain.taskdef.Device;
import io.ecskit.domain.taskdef.DeviceCgroupPermission;
import io.ecskit.domain.taskdef.DockerVolumeConfiguration;
import io.ecskit.domain.taskdef.EfsAuthorizationConfig;
import io.ecskit.domain.taskdef.EfsAuthorizationConfigIam;
import io.ecskit.domain.taskdef.EfsTransitEncryption;
import io.ecskit.domain.taskdef.EfsVolumeConfiguration;
import io.ecskit.domain.taskdef.EnvironmentFile;
import io.ecskit.domain.taskdef.EnvironmentFileType;
import io.ecskit.domain.taskdef.EphemeralStorage;
import io.ecskit.domain.taskdef.FirelensConfiguration;
import io.ecskit.domain.taskdef.FirelensConfigurationType;
import io.ecskit.domain.taskdef.FsxWindowsFileServerAuthorizationConfig;
import io.ecskit.domain.taskdef.FsxWindowsFileServerVolumeConfiguration;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.HostEntry;
import io.ecskit.domain.taskdef.HostVolumeProperties;
import io.ecskit.domain.taskdef.InferenceAccelerator;
import io.ecskit.domain.taskdef.IpcMode;
import io.ecskit.domain.taskdef.KernelCapabilities;
import io.ecskit.domain.taskdef.LinuxParameters;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.LogDriver;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.NvidiaMpsAllocation;
import io.ecskit.domain.taskdef.OsFamily;
import io.ecskit.domain.taskdef.PidMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.ProxyConfiguration;
import io.ecskit.domain.taskdef.ProxyConfigurationType;
import io.ecskit.domain.taskdef.RepositoryCredentials;
import io.ecskit.domain.taskdef.ResourceRequirement;
import io.ecskit.domain.taskdef.ResourceType;
import io.ecskit.domain.taskdef.RuntimePlatform;
import io.ecskit.domain.taskdef.S3FilesVolumeConfiguration;
import io.ecskit.domain.taskdef.Scope;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.SharingStrategy;
import io.ecskit.domain.taskdef.SystemControl;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionPlacementConstraint;
import io.ecskit.domain.taskdef.TaskDefinitionPlacementConstraintType;
import io.ecskit.domain.taskdef.Tmpfs;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.domain.taskdef.Ulimit;
import io.ecskit.domain.taskdef.UlimitName;
import io.ecskit.domain.taskdef.VersionConsistency;
import io.ecskit.domain.taskdef.Volume;
import io.ecskit.domain.taskdef.VolumeFrom;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Requests with every member set, recursively (a test checks that none is left out): what a
 * lossless round trip must keep through JSON, the AWS SDK and every backend. The task definition
 * is one ECS's rules accept for EC2 (bridge mode, so links, hostnames and host devices are allowed).
 */
public final class EveryFieldFixture {

    private static final String ACCOUNT = "123456789012";

    private EveryFieldFixture() {
    }

    /** RegisterTaskDefinition with every member. */
    public static TaskDefinition everyField() {
        ContainerDefinition container = ContainerDefinition.builder()
                .name("app").image("registry.example.com/team/app:1.2.3")
                .repositoryCredentials(new RepositoryCredentials("arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:registry"))
                .cpu(512).memory(1024).memoryReservation(512)
                .links(List.of("init"))
                .portMappings(List.of(
                        PortMapping.builder().containerPort(8080).hostPort(0).protocol(TransportProtocol.TCP)
                                .name("http").appProtocol(ApplicationProtocol.HTTP).build(),
                        PortMapping.builder().protocol(TransportProtocol.UDP).containerPortRange("9000-9010").build()))
                .essential(true)
                .restartPolicy(ContainerRestartPolicy.builder().enabled(true).ignoredExitCodes(List.of(0)).restartAttemptPeriod(60).build())
                .entryPoint(List.of("/bin/sh", "-c")).command(List.of("exec java -jar app.jar"))
                .environment(List.of(KeyValuePair.of("MODE", "prod"), KeyValuePair.of("EMPTY", "")))
                .environmentFiles(List.of(new EnvironmentFile("arn:aws:s3:::config-bucket/app.env", EnvironmentFileType.S3)))
                .mountPoints(List.of(MountPoint.builder().sourceVolume("data").containerPath("/data").readOnly(false).build()))
                .volumesFrom(List.of(VolumeFrom.builder().sourceContainer("init").readOnly(true).build()))
                .linuxParameters(LinuxParameters.builder()
                        .capabilities(new KernelCapabilities(List.of("SYS_PTRACE"), List.of("NET_RAW")))
                        .devices(List.of(new Device("/dev/fuse", Option.of("/dev/fuse"),
                                List.of(DeviceCgroupPermission.READ, DeviceCgroupPermission.WRITE))))
                        .initProcessEnabled(true).sharedMemorySize(128)
                        .tmpfs(List.of(new Tmpfs("/run", 64, List.of("rw", "noexec")))).maxSwap(0).swappiness(10).build())
                .secrets(List.of(Secret.of("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:db")))
                .dependsOn(List.of(new ContainerDependency("init", ContainerCondition.SUCCESS)))
                .startTimeout(30).stopTimeout(60)
                .versionConsistency(VersionConsistency.DISABLED)
                .hostname("app-host").user("1000:1000").workingDirectory("/app")
                .disableNetworking(false).privileged(false).readonlyRootFilesystem(true)
                .dnsServers(List.of("10.0.0.2")).dnsSearchDomains(List.of("corp.example"))
                .extraHosts(List.of(new HostEntry("db", "10.0.0.3")))
                .dockerSecurityOptions(List.of("no-new-privileges"))
                .interactive(false).pseudoTerminal(false)
                .dockerLabels(LinkedHashMap.of("team", "payments", "tier", "backend"))
                .ulimits(List.of(new Ulimit(UlimitName.NOFILE, 65536, 65536)))
                .logConfiguration(LogConfiguration.builder().logDriver(LogDriver.AWSLOGS)
                        .options(LinkedHashMap.of("awslogs-group", "/ecs/app", "awslogs-region", "eu-west-1",
                                "awslogs-stream-prefix", "app", "awslogs-create-group", "true"))
                        .secretOptions(List.of(Secret.of("token", "arn:aws:ssm:eu-west-1:" + ACCOUNT + ":parameter/t"))).build())
                .healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"))
                        .interval(30).timeout(5).retries(3).startPeriod(60).build())
                .systemControls(List.of(SystemControl.builder().namespace("net.core.somaxconn").value("1024").build()))
                .resourceRequirements(List.of(new ResourceRequirement("1", ResourceType.GPU,
                        Option.of(new SharingStrategy(Option.of(new NvidiaMpsAllocation(Option.of(2048), Option.of(50))))))))
                .firelensConfiguration(new FirelensConfiguration(FirelensConfigurationType.FLUENTBIT,
                        LinkedHashMap.of("enable-ecs-log-metadata", "true")))
                .credentialSpecs(List.of("credentialspecdomainless:arn:aws:s3:::bucket/spec.json"))
                .build();
        // logs through the FireLens router above: ECS refuses a router nobody logs to (rule firelensDriverRequired)
        ContainerDefinition init = ContainerDefinition.builder().name("init").image("busybox:1.36").essential(false)
                .memory(128).logConfiguration(LogConfiguration.builder().logDriver(LogDriver.AWSFIRELENS)
                        .options(LinkedHashMap.of("Name", "cloudwatch")).build()).build();
        return TaskDefinition.builder()
                .family("every-field")
                .taskRoleArn("arn:aws:iam::" + ACCOUNT + ":role/app")
                .executionRoleArn("arn:aws:iam::" + ACCOUNT + ":role/ecsTaskExecutionRole")
                .networkMode(NetworkMode.BRIDGE)
                .containerDefinitions(List.of(container, init))
                .volumes(List.of(
                        Volume.builder().name("data").host(new HostVolumeProperties(Option.of("/mnt/data"))).build(),
                        Volume.builder().name("docker").dockerVolumeConfiguration(DockerVolumeConfiguration.builder()
                                .scope(Scope.SHARED).autoprovision(true).driver("local")
                                .driverOpts(LinkedHashMap.of("type", "nfs")).labels(LinkedHashMap.of("a", "b")).build()).build(),
                        Volume.efs("efs", EfsVolumeConfiguration.builder().fileSystemId("fs-12345678").rootDirectory("/")
                                .transitEncryption(EfsTransitEncryption.ENABLED).transitEncryptionPort(2049)
                                .authorizationConfig(new EfsAuthorizationConfig(Option.of("fsap-1234"), Option.of(EfsAuthorizationConfigIam.ENABLED)))
                                .build()),
                        Volume.builder().name("s3files").s3filesVolumeConfiguration(new S3FilesVolumeConfiguration(
                                "arn:aws:s3files:eu-west-1:" + ACCOUNT + ":file-system/fs-1", Option.of("/"), Option.of(2049),
                                Option.of("arn:aws:s3files:eu-west-1:" + ACCOUNT + ":access-point/ap-1"))).build(),
                        Volume.builder().name("fsx").fsxWindowsFileServerVolumeConfiguration(new FsxWindowsFileServerVolumeConfiguration(
                                "fs-0123456789abcdef0", "share", new FsxWindowsFileServerAuthorizationConfig(
                                        "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:fsx", "corp.example"))).build(),
                        Volume.builder().name("ebs").configuredAtLaunch(true).build()))
                .placementConstraints(List.of(new TaskDefinitionPlacementConstraint(
                        Option.of(TaskDefinitionPlacementConstraintType.MEMBER_OF), Option.of("attribute:ecs.instance-type =~ t3.*"))))
                .requiresCompatibilities(List.of(Compatibility.EC2))
                .cpu("1 vCPU").memory("2 GB")
                .tags(List.of(Tag.of("env", "prod"), Tag.of("owner", "payments")))
                .pidMode(PidMode.TASK).ipcMode(IpcMode.NONE)
                .proxyConfiguration(new ProxyConfiguration(Option.of(ProxyConfigurationType.APPMESH), "envoy",
                        List.of(KeyValuePair.of("IgnoredUID", "1337"))))
                .inferenceAccelerators(List.of(new InferenceAccelerator("device_1", "eia2.medium")))
                .ephemeralStorage(new EphemeralStorage(50))
                .runtimePlatform(new RuntimePlatform(Option.of(CpuArchitecture.X86_64), Option.of(OsFamily.LINUX)))
                .enableFaultInjection(true)
                .build();
    }

    /**
     * CreateService with every member, for a service named {@code service} in {@code cluster} over
     * {@code network}, but for two that cannot be: {@code launchType} (ECS refuses it beside a
     * capacity provider strategy) and {@code taskDefinition} (the deploy sets it).
     */
    public static ServiceSpec everyServiceField(ClusterName cluster, String service, AwsVpcConfiguration network) {
        String tg = "arn:aws:elasticloadbalancing:eu-west-1:" + ACCOUNT + ":targetgroup/";
        String rule = "arn:aws:elasticloadbalancing:eu-west-1:" + ACCOUNT + ":listener-rule/app/lb/1/2/";
        return ServiceSpec.builder()
                .cluster(cluster)
                .serviceName(service)
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                .loadBalancers(List.of(LoadBalancer.builder().targetGroupArn(tg + "blue/1").containerName("web").containerPort(80)
                        .advancedConfiguration(new AdvancedConfiguration(Option.of(tg + "green/2"), Option.of(rule + "prod"),
                                Option.of(rule + "test"), Option.of("arn:aws:iam::" + ACCOUNT + ":role/ecsInfrastructure")))
                        .build()))
                .serviceRegistries(List.of(ServiceRegistry.builder()
                        .registryArn("arn:aws:servicediscovery:eu-west-1:" + ACCOUNT + ":service/srv-1").port(80)
                        .containerName("web").containerPort(80).build()))
                .desiredCount(2)
                .clientToken("every-field-client-token")
                .capacityProviderStrategy(List.of(new CapacityProviderStrategyItem("FARGATE", Option.of(1), Option.of(1))))
                .platformVersion("LATEST")
                .role("arn:aws:iam::" + ACCOUNT + ":role/ecsServiceRole")
                .deploymentConfiguration(DeploymentConfiguration.builder()
                        .deploymentCircuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).resetOnHealthyTask(false)
                                .thresholdConfiguration(ThresholdConfiguration.builder().type(ThresholdType.COUNT).value(3).build()).build())
                        .maximumPercent(200).minimumHealthyPercent(100)
                        .alarms(new DeploymentAlarms(List.of("web-5xx"), true, true))
                        // ROLLING: the only strategy that takes earlySuccessCriteria (rule earlySuccessOnlyRolling)
                        .strategy(DeploymentStrategy.ROLLING).bakeTimeInMinutes(5)
                        .lifecycleHooks(List.of(DeploymentLifecycleHook.builder()
                                .targetType(DeploymentLifecycleHookTargetType.PAUSE)
                                .hookTargetArn("arn:aws:lambda:eu-west-1:" + ACCOUNT + ":function:check")
                                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/hooks")
                                .lifecycleStages(List.of(DeploymentLifecycleHookStage.POST_SCALE_UP))
                                .hookDetails(new JsonText("{\"ticket\":\"CHG-1\"}"))
                                .timeoutConfiguration(new DeploymentLifecycleHookTimeoutConfiguration(Option.of(30),
                                        Option.of(DeploymentLifecycleHookAction.CONTINUE)))
                                .build()))
                        .linearConfiguration(new LinearConfiguration(Option.of(10.0), Option.of(2)))
                        .canaryConfiguration(new CanaryConfiguration(Option.of(5.0), Option.of(3)))
                        .earlySuccessCriteria(new DeploymentEarlySuccessCriteria(Option.of(false), Option.of(90),
                                Option.of(ServiceRevisionCleanup.DEFERRED)))
                        .build())
                .placementConstraints(List.of(new PlacementConstraint(Option.of(PlacementConstraintType.MEMBER_OF),
                        Option.of("attribute:ecs.availability-zone in [eu-west-1a, eu-west-1b]"))))
                .placementStrategy(List.of(new PlacementStrategy(Option.of(PlacementStrategyType.SPREAD),
                        Option.of("attribute:ecs.availability-zone"))))
                .networkConfiguration(NetworkConfiguration.awsvpc(network))
                .healthCheckGracePeriodSeconds(60)
                .schedulingStrategy(SchedulingStrategy.REPLICA)
                .deploymentController(new DeploymentController(DeploymentControllerType.ECS))
                .tags(List.of(Tag.of("team", "web")))
                .enableECSManagedTags(true)
                .propagateTags(PropagateTags.SERVICE)
                .enableExecuteCommand(true)
                .serviceConnectConfiguration(ServiceConnectConfiguration.builder().enabled(true).namespace("internal")
                        .services(List.of(ServiceConnectService.builder().portName("http").discoveryName("web")
                                .clientAliases(List.of(new ServiceConnectClientAlias(80, Option.of("web.internal"),
                                        Option.of(new ServiceConnectTestTrafficRules(new ServiceConnectTestTrafficHeaderRules(
                                                "x-test", Option.of(new ServiceConnectTestTrafficHeaderMatchRules("yes"))))))))
                                .ingressPortOverride(8081)
                                .timeout(new TimeoutConfiguration(Option.of(60), Option.of(15)))
                                .tls(new ServiceConnectTlsConfiguration(new ServiceConnectTlsCertificateAuthority(
                                        Option.of("arn:aws:acm-pca:eu-west-1:" + ACCOUNT + ":certificate-authority/1")),
                                        Option.of("alias/sc"), Option.of("arn:aws:iam::" + ACCOUNT + ":role/sc-tls")))
                                .build()))
                        .logConfiguration(LogConfiguration.awslogs("/ecs/sc", "eu-west-1", "sc"))
                        .accessLogConfiguration(new ServiceConnectAccessLogConfiguration(ServiceConnectAccessLoggingFormat.JSON,
                                Option.of(ServiceConnectIncludeQueryParameters.ENABLED)))
                        .containerConfigurations(List.of(new ServiceConnectContainerConfiguration(
                                Option.of(ServiceConnectContainerLogLevel.INFO))))
                        .build())
                .volumeConfigurations(List.of(new ServiceVolumeConfiguration("ebs", Option.of(ServiceManagedEbsVolumeConfiguration.builder()
                        .encrypted(true).kmsKeyId("alias/ebs").volumeType("gp3").sizeInGiB(20).snapshotId("snap-0123")
                        .volumeInitializationRate(100).iops(3000).throughput(125)
                        .tagSpecifications(List.of(new EbsTagSpecification(EbsResourceType.VOLUME, List.of(Tag.of("v", "1")),
                                Option.of(PropagateTags.SERVICE))))
                        .roleArn("arn:aws:iam::" + ACCOUNT + ":role/ecsInfrastructure").filesystemType(TaskFilesystemType.XFS)
                        .build()))))
                .vpcLatticeConfigurations(List.of(new VpcLatticeConfiguration("arn:aws:iam::" + ACCOUNT + ":role/lattice",
                        "arn:aws:vpc-lattice:eu-west-1:" + ACCOUNT + ":targetgroup/tg-1", "http",
                        Option.of(new VpcLatticeAdvancedConfiguration(Option.of("arn:aws:vpc-lattice:eu-west-1:" + ACCOUNT + ":targetgroup/tg-2"),
                                Option.of("arn:aws:vpc-lattice:eu-west-1:" + ACCOUNT + ":rule/prod"),
                                Option.of("arn:aws:vpc-lattice:eu-west-1:" + ACCOUNT + ":rule/test"))))))
                .gatewayConnectors(List.of(new GatewayConnector(Option.of("http"), Option.of(new GatewayConnectorHealthCheck(
                        Option.of(GatewayConnectorHealthCheckProtocol.HTTP), Option.of(80), Option.of("/health"), Option.of(5),
                        Option.of(30), Option.of(3), Option.of(2), Option.of(new GatewayConnectorHealthCheckMatcher(Option.of("200"), Option.of("0"))))),
                        Option.of(new GatewayConnectorFilters(List.of(AccessType.PRIVATE))))))
                .monitoring(new MonitoringConfiguration(List.of(new MetricConfiguration(List.of("CPUUtilization"), 60))))
                .build();
    }
}
