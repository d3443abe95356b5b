package io.ecskit.port;

import io.ecskit.port.out.AccountSettingPort;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServiceDeploymentPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;

/**
 * One call per ECS, ECR or CloudWatch Logs operation, grouped by resource: what {@link EcsKit}'s
 * use cases are built on, for the calls they do not cover. Unlike the use cases these do
 * <em>not</em> pre-validate a whole request: each sends what it is given and answers what the
 * backend answers (AWS's, or the in-memory ECS's, {@code EcsError}), as one SDK call would.
 */
public interface EcsApi {

    /** CreateCluster, DescribeClusters, ListClusters, DeleteCluster, UpdateCluster, UpdateClusterSettings, PutClusterCapacityProviders. */
    ClusterPort clusters();

    /** RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions(Families), DeregisterTaskDefinition, DeleteTaskDefinitions. */
    TaskDefinitionPort taskDefinitions();

    /** CreateService, UpdateService, DescribeServices, ListServices, DeleteService. */
    ServicePort services();

    /** RunTask, DescribeTasks, ListTasks, StopTask. */
    TaskPort tasks();

    /**
     * RegisterContainerInstance, DescribeContainerInstances, ListContainerInstances, UpdateContainerInstancesState,
     * UpdateContainerAgent, DeregisterContainerInstance (EC2 capacity).
     */
    ContainerInstancePort containerInstances();

    /** PutAccountSetting, PutAccountSettingDefault, DeleteAccountSetting, ListAccountSettings. */
    AccountSettingPort accountSettings();

    /** TagResource, UntagResource, ListTagsForResource on clusters, services, tasks, task definitions and container instances. */
    io.ecskit.port.out.TagPort tags();

    /** CreateCapacityProvider, DescribeCapacityProviders, UpdateCapacityProvider, DeleteCapacityProvider. */
    io.ecskit.port.out.CapacityProviderPort capacityProviders();

    /** PutAttributes, DeleteAttributes, ListAttributes on container instances. */
    io.ecskit.port.out.AttributePort attributes();

    /** Task sets of EXTERNAL services: CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet. */
    io.ecskit.port.out.TaskSetPort taskSets();

    /** Express Gateway services: Create, Update, Delete, DescribeExpressGatewayService. */
    io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices();

    /** Daemons and daemon task definitions (the twelve daemon operations). */
    io.ecskit.port.out.DaemonPort daemons();

    /** Gateways and their cluster associations and routes (the eleven gateway operations). */
    io.ecskit.port.out.GatewayPort gateways();

    /** STS GetCallerIdentity: the account and caller the kit works as. */
    io.ecskit.port.out.IdentityPort identity();

    /** EC2 networking: VPCs, subnets and security groups (create, describe, delete; CreateDefaultVpc). */
    io.ecskit.port.out.NetworkPort network();

    /** Secrets Manager secrets and SSM Parameter Store parameters (what task definitions' secrets name). */
    io.ecskit.port.out.SecretsPort secrets();

    /** IAM roles and policies of the account (global: the same in every region), as task and execution roles use them. */
    io.ecskit.port.out.IamPort iam();

    /** EventBridge's default bus of the region: rules matching ECS's events or running on a schedule, and their targets. */
    io.ecskit.port.out.EventsPort events();

    /** CloudWatch metrics and metric alarms of the region (what deployment alarms watch). */
    io.ecskit.port.out.MetricsPort metrics();

    /** Elastic Load Balancing v2 of the region: load balancers, target groups, listeners, targets. */
    io.ecskit.port.out.LoadBalancingPort loadBalancing();

    /** Application Auto Scaling of the region's ECS services' desired count. */
    io.ecskit.port.out.AutoScalingPort autoScaling();

    /** ECR's API: CreateRepository, DescribeRepositories, DescribeImages, GetAuthorizationToken, DeleteRepository. */
    ImageRepositoryPort imageRepositories();

    /** CloudWatch Logs: CreateLogGroup, PutRetentionPolicy, DescribeLogGroups/Streams, FilterLogEvents, DeleteLogGroup. */
    LogPort logs();

    /** ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment, ContinueServiceDeployment. */
    ServiceDeploymentPort serviceDeployments();

    /** The registry protocol: pushing image content (ECR's own API is {@link #imageRepositories()}). */
    ImageRegistryPort registry();

    /**
     * The backend's time: the wall clock on AWS, the virtual clock in memory (where {@code sleep} advances the
     * simulated ECS instead of the thread).
     */
    TimeSource time();
}
