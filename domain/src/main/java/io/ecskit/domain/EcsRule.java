package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule ECS, ECR and CloudWatch Logs apply that ecskit knows, in one place: the call AWS
 * applies it at, the error code AWS answers with, AWS's message (placeholders in braces, filled
 * in order) and the source the wording comes from. {@code docs/ecs-rules.md} lists each rule by
 * its {@link #id()}; a build test keeps the two in step, and another that each message is written
 * here and nowhere else.
 *
 * <p>The checks themselves live in one rule book per aggregate: {@code taskdef.RuleBook} (task
 * definitions), {@code service.ServiceRules} (services), the value types' {@code parse} methods
 * (names and ARNs); the in-memory backend applies the same checks and answers the first
 * violation, as ECS does.
 */
public enum EcsRule {

    // ---- task definitions, every launch type (RegisterTaskDefinition) -------------------------
    FAMILY_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Family can not be blank.", "ECS-RULES §4"),
    FAMILY_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER + ", any call naming a task definition", "ClientException",
            "Family contains invalid characters.", "ECS-RULES §4; RegisterTaskDefinition API reference (family)"),
    TASK_DEFINITION_REQUEST_SIZE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Actual length: '{length}'. Max allowed length is '65536' bytes.", "awsdocs/amazon-ecs-developer-guide#149"),
    CONTAINERS_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container list cannot be empty.", "ECS-RULES §4"),
    CONTAINERS_AT_MOST_TEN(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Too many containers.", "ECS-RULES §4; QUOTAS"),
    ESSENTIAL_CONTAINER_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Task definition doesn't have any essential container.", "eagletmt/hako#68"),
    TASK_CPU_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'cpu' setting for task.", "CPU-ERR; EC2 range 128..196608 from BM-ECS"),
    TASK_MEMORY_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'memory' setting for task.", "CPU-ERR (worded as for cpu)"),
    CONTAINER_MEMORY_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The 'memory' setting for container '{container}' is greater than for the task.", "ECS-RULES §4"),
    CPU_SUM_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.", "ECS-RULES §4"),
    RESERVATION_SUM_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
            "ECS-RULES §4"),
    ROLE_ARN_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid arn syntax for '{member}': {value}", "RegisterTaskDefinition API reference (taskRoleArn, executionRoleArn: IAM role ARNs); wording ecskit's"),
    SECRETS_REQUIRE_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
            "issue 11 (public bug reports quoting ECS); ECS developer guide 'specifying-sensitive-data'"),
    VOLUME_NAME_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Volume.name contains invalid characters.", "Volume API reference: up to 255 letters, numbers, hyphens, underscores; worded as Container.name"),
    VOLUME_NAMES_UNIQUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Volume name '{volume}' is used by more than one volume.", "Volume API reference (name must be unique); wording ecskit's"),
    MOUNT_POINT_VOLUME_EXISTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Unknown volume '{volume}'.", "issue 11 (public bug reports quoting ECS)"),
    TAGS_AT_MOST_FIFTY(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "The number of tags exceeds the maximum of 50.", "ECS tagging docs (limits); wording ecskit's"),
    TAG_KEY_LENGTH(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag keys must be between 1 and 128 characters.", "ECS tagging docs (limits); wording ecskit's"),
    TAG_VALUE_LENGTH(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag values must be 256 characters or fewer.", "ECS tagging docs (limits); wording ecskit's"),
    TAG_KEY_RESERVED(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag keys beginning with 'aws:' are reserved for AWS use.", "ECS tagging docs (limits); wording ecskit's"),
    TAG_CHARACTERS(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must satisfy regular expression pattern: ([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)",
            "ECS API model (botocore ecs 2014-11-13 TagKey/TagValue pattern); AWS's model-validation wording"),
    CAPACITY_PROVIDER_WEIGHT_RANGE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders",
            "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (CapacityProviderStrategyItemWeight 0..1000); AWS's model-validation wording"),
    CAPACITY_PROVIDER_BASE_RANGE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders",
            "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (CapacityProviderStrategyItemBase 0..100000); AWS's model-validation wording"),
    SERVICE_CONNECT_PORT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService (serviceConnectConfiguration)", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (PortNumber 0..65535 for clientAliases.port, ingressPortOverride); AWS's model-validation wording"),
    SERVICE_CONNECT_TIMEOUT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService (serviceConnectConfiguration)", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value greater than or equal to 0",
            "ECS API model (Duration 0..2147483647 for timeout.idleTimeoutSeconds, perRequestTimeoutSeconds); AWS's model-validation wording"),

    // ---- containers ----------------------------------------------------------------------------
    CONTAINER_NAME_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name should not be null or empty.", "ECS-RULES §4"),
    CONTAINER_NAME_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name contains invalid characters.", "ECS-RULES §4"),
    CONTAINER_NAMES_UNIQUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name '{container}' is used by more than one container.", "ECS-RULES §4 (no wording given; ecskit's)"),
    IMAGE_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.image should not be null or empty.", "ECS-RULES §4"),
    IMAGE_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.image contains invalid characters.", "BM-ECS ContainerDefinition.image (255 chars, letters digits -_:./#)"),
    RESERVATION_WITHIN_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The 'memoryReservation' setting for container '{container}' must be less than or equal to its 'memory' setting.",
            "ECS-RULES §4 (the model says >, an AWS docs fix says >=)"),
    DEPENDENCY_EXISTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container '{container}' depends on container '{dependency}' which is not in the task definition.",
            "ContainerDependency API reference; wording ecskit's"),
    COMPLETING_DEPENDENCY_NOT_ESSENTIAL(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container", "boto/boto3#2436"),
    HEALTH_CHECK_COMMAND(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check command for container '{container}' must start with CMD or CMD-SHELL.",
            "HealthCheck API reference; wording ecskit's"),
    HEALTH_CHECK_MINIMUM(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check {setting} must be greater than or equal to the minimum allowed value {minimum} for container '{container}'",
            "HealthCheck API reference (ranges); worded as the maximum"),
    HEALTH_CHECK_MAXIMUM(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check {setting} must be less than or equal to the maximum allowed value {maximum} for container '{container}'",
            "ECS-RULES §4"),
    CONTAINER_PORT_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'containerPort' setting for container '{container}'.", "ECS-RULES §4"),
    HOST_PORT_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'hostPort' setting for container '{container}'.", "PortMapping API reference; worded as containerPort"),
    HOST_PORT_MAPPED_ONCE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "{protocol} host port '{port}' is mapped multiple times in task.", "aws/amazon-ecs-agent#1220"),
    HOST_PORTS_MATCH_CONTAINER_PORTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When networkMode={networkMode}, the host ports and container ports in port mappings must match.",
            "aws/amazon-ecs-cli#1014"),
    NO_HOSTNAME_UNDER_AWSVPC(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "hostname is not supported on container when networkMode=awsvpc.", "labd/ecs-deplojo#26"),
    RESERVED_HOST_PORTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'hostPort' setting for container '{container}'. Port {port} is reserved on container instances.",
            "ECS-RULES §3 (reserved 22, 2375, 2376, 51678..51680); wording ecskit's"),
    NO_PORTS_WITHOUT_NETWORK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Port mappings are not supported on container '{container}' when networkMode=none.", "ECS-RULES §3; wording ecskit's"),
    LINKS_ONLY_IN_BRIDGE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "links are not supported on container when networkMode={networkMode}.", "ECS-RULES §3; worded as hostname"),
    AWSLOGS_REQUIRED_OPTIONS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver awslogs requires options: {options}", "ECS-RULES §4"),
    AWSLOGS_CREATE_GROUP_TRUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver awslogs option 'awslogs-create-group' should only be set to 'true', else omit option.", "ECS-RULES §4"),
    SPLUNK_TOKEN_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver splunk requires options: splunk-token", "ECS-RULES §4"),
    LOG_DRIVER_SUPPORTED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver {logDriver} is not supported for launch type {launchType}. Supported log drivers: {supported}.",
            "BM-ECS LogConfiguration; wording ecskit's"),

    // ---- Fargate -------------------------------------------------------------------------------
    FARGATE_REQUIRES_AWSVPC(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate only supports network mode \u2018awsvpc\u2019.", "aws/amazon-ecs-cli#1145"),
    FARGATE_REQUIRES_TASK_CPU(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires that 'cpu' be defined at the task level.", "klothoplatform/klotho#892"),
    FARGATE_REQUIRES_TASK_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires that 'memory' be defined at the task level.", "ECS-RULES §2 (worded as for cpu)"),
    FARGATE_TASK_SIZE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values.",
            "issue 11 (current ECS wording quoted in public reports; 2018's was 'No Fargate configuration exists for given values.')"),
    FARGATE_AWSLOGS_REQUIRES_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires task definition to have execution role ARN to support log driver awslogs.", "virtual-kubelet#193"),
    FARGATE_ECR_REQUIRES_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires task definition to have execution role ARN to support ECR images.",
            "hashicorp/terraform-provider-aws#3051"),
    FARGATE_AWSLOGS_STREAM_PREFIX(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.",
            "aws/aws-cdk#1422"),
    FARGATE_UNSUPPORTED_PARAMETER(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate compatible task definitions do not support {parameter}.",
            "FG (the newer of ECS's two wordings; older: 'Tasks using the Fargate launch type do not support X')"),
    FARGATE_PID_MODE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.",
            "aws/aws-cdk#29619"),
    FARGATE_CAPABILITIES(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate compatible task definitions only support adding the SYS_PTRACE kernel capability.", "FG; wording ecskit's"),
    FARGATE_CONTAINER_TIMEOUTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid '{setting}' setting for container '{container}'. Must be between 2 and 120 seconds.",
            "BM-ECS startTimeout/stopTimeout; worded as containerPort"),
    FARGATE_EPHEMERAL_STORAGE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The ephemeral storage size must be between 21 and 200 GiB.", "BM-ECS EphemeralStorage; wording ecskit's"),
    FARGATE_ARM64_LINUX_ONLY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "ARM64 is supported only with the LINUX operating system family.", "FG; wording ecskit's"),
    FARGATE_WINDOWS_CPU(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Windows containers on Fargate require at least 1 vCPU (1024 cpu units).", "FG; wording ecskit's"),

    // ---- EC2 -----------------------------------------------------------------------------------
    EC2_CONTAINER_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid setting for container '{container}'. At least one of 'memory' or 'memoryReservation' must be specified.",
            "sil-org/ecs-deploy#59"),

    // ---- task definition revisions ---------------------------------------------------------------
    TASK_DEFINITION_ARN_FORMAT(Aggregate.TASK_DEFINITION, "any call naming a task definition", "ClientException",
            "Invalid task definition ARN: {arn}", "ecskit's wording (ECS refuses malformed ARNs with ClientException)"),
    REVISION_NUMBER(Aggregate.TASK_DEFINITION, "any call naming a task definition", "ClientException",
            "Invalid revision number. Number: {revision}", "DescribeTaskDefinition answers for family:x"),
    TASK_DEFINITION_EXISTS(Aggregate.TASK_DEFINITION, "DeregisterTaskDefinition, DeleteTaskDefinitions", "ClientException",
            "The specified task definition does not exist.", "DeregisterTaskDefinition answers for an unknown revision"),
    DELETE_AT_MOST_TEN(Aggregate.TASK_DEFINITION, "DeleteTaskDefinitions", "InvalidParameterException",
            "The taskDefinitions list must contain between 1 and 10 task definitions.", "DeleteTaskDefinitions API reference (1..10); wording ecskit's"),
    DELETE_ONLY_INACTIVE(Aggregate.TASK_DEFINITION, "DeleteTaskDefinitions", "ClientException",
            "The specified task definition {arn} is ACTIVE. Deregister it before deleting it.",
            "DeleteTaskDefinitions API reference (must be INACTIVE); wording ecskit's"),
    TAGGED_RESOURCE_EXISTS(Aggregate.ANY, "TagResource", "InvalidParameterException",
            "The specified resource is not found.", "TagResource answers for an unknown ARN"),
    TASK_DEFINITION_FOUND(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "TaskDefinition not found.", "CreateService answers for an unknown revision"),
    TASK_DEFINITION_ACTIVE(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "TaskDefinition is inactive", "CreateService answers for a deregistered revision"),
    LAUNCH_TYPE_SUPPORTED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Task definition does not support launch_type {launchType}.", "aws/aws-cli#3983"),

    // ---- services (CreateService, UpdateService, DeleteService) ---------------------------------
    CLUSTER_NAME_FORMAT(Aggregate.CLUSTER, "every call taking a cluster", "InvalidParameterException",
            "Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was {cluster}", "ECS-RULES §5"),
    SERVICE_NAME_FORMAT(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "Service name must match ^[a-zA-Z0-9\\-_]{1,255}$, but was {service}", "ECS-RULES §5 (worded as the cluster's)"),
    SERVICE_CREATION_IDEMPOTENT(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "Creation of service was not idempotent.", "ECS-RULES §5"),
    DESIRED_COUNT_NOT_NEGATIVE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "desiredCount can not be negative.", "ECS-RULES §5"),
    TASK_DEFINITION_REQUIRED(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "TaskDefinition is required for the ECS deployment controller.", "CreateService answers without taskDefinition"),
    NETWORK_CONFIGURATION_REQUIRED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Network Configuration must be provided when networkMode 'awsvpc' is specified.", "ECS-RULES §5"),
    NETWORK_CONFIGURATION_ONLY_FOR_AWSVPC(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Network Configuration is not valid for the given networkMode of this task definition.", "CreateService answers for bridge + networkConfiguration"),
    SUBNETS_REQUIRED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "subnets can not be empty.", "ECS-RULES §5"),
    SUBNETS_AT_MOST_SIXTEEN(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "subnets can have at most 16 items.", "ECS-RULES §5"),
    SECURITY_GROUPS_AT_MOST_FIVE(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "securityGroups can have at most 5 items.", "ECS-RULES §5"),
    SUBNET_ID_FORMAT(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Invalid subnet id: {subnet}", "EC2 id format subnet-<8..17 hex>; wording ecskit's"),
    SECURITY_GROUP_ID_FORMAT(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Invalid security group id: {securityGroup}", "EC2 id format sg-<8..17 hex>; wording ecskit's"),
    SUBNET_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Error retrieving subnet information for [{subnet}]: The subnet ID '{subnet}' does not exist (ErrorCode: InvalidSubnetID.NotFound)",
            "ECS passes on EC2's InvalidSubnetID.NotFound"),
    SECURITY_GROUP_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Error retrieving security group information for [{securityGroup}]: The security group '{securityGroup}' does not exist (ErrorCode: InvalidGroup.NotFound)",
            "ECS passes on EC2's InvalidGroup.NotFound"),
    AWSVPC_NEEDS_TARGET_GROUP(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "Classic Load Balancers are not supported with the awsvpc network mode; specify a target group.",
            "ECS-RULES §5 (no Classic LB with awsvpc); wording ecskit's"),
    LOAD_BALANCER_CONTAINER_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The container {container} does not exist in the task definition.", "CreateService answers for an unknown containerName"),
    LOAD_BALANCER_CONTAINER_PORT(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The container {container} did not have a container port {port} defined.", "CreateService answers for an unmapped containerPort"),
    LOAD_BALANCED_PORT_ONE_MAPPING(Aggregate.SERVICE, "CreateService, UpdateService (with loadBalancers or serviceConnectConfiguration)",
            "InvalidParameterException",
            "Container port {port} is used in more than one port mapping for container {container}",
            "terraform-aws-modules/terraform-aws-ecs#89 (RegisterTaskDefinition and the console accept tcp+udp on one port)"),
    MINIMUM_HEALTHY_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "minimumHealthyPercent must be between 0 and 100.", "DeploymentConfiguration API reference; wording ecskit's"),
    MAXIMUM_PERCENT_AT_LEAST_100(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "maximumPercent must be at least 100 for a rolling update.", "DeploymentConfiguration API reference; wording ecskit's"),
    BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "bakeTimeInMinutes must be between 0 and 1440, but was {value}.", "ECS API reference, DeploymentConfiguration (issue 12: ranges); wording ecskit's"),
    LINEAR_STEP_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "linearConfiguration.stepPercent must be between 3.0 and 100.0, but was {value}.",
            "ECS API reference, LinearConfiguration (issue 12: ranges); wording ecskit's"),
    LINEAR_STEP_BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "linearConfiguration.stepBakeTimeInMinutes must be between 0 and 1440, but was {value}.",
            "ECS API reference, LinearConfiguration (issue 12: ranges); wording ecskit's"),
    CANARY_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "canaryConfiguration.canaryPercent must be between 0.1 and 100.0, but was {value}.",
            "ECS API reference, CanaryConfiguration (issue 12: ranges); wording ecskit's"),
    CANARY_BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "canaryConfiguration.canaryBakeTimeInMinutes must be between 0 and 1440, but was {value}.",
            "ECS API reference, CanaryConfiguration (issue 12: ranges); wording ecskit's"),
    EARLY_SUCCESS_ONLY_ROLLING(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "earlySuccessCriteria can only be specified with the ROLLING deployment strategy.",
            "ECS API reference, DeploymentEarlySuccessCriteria (issue 12: refused with BLUE_GREEN); wording ecskit's"),
    PAUSE_HOOK_STAGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "A PAUSE lifecycle hook cannot run at the {stage} lifecycle stage.",
            "ECS developer guide, lifecycle hooks (May 2026: PAUSE not at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT); wording ecskit's"),
    LAMBDA_HOOK_TARGET(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "A lifecycle hook with targetType AWS_LAMBDA needs a hookTargetArn (the function) and a roleArn ECS can assume to invoke it.",
            "ECS API reference, DeploymentLifecycleHook; wording ecskit's"),
    HOOK_TIMEOUT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (DeploymentLifecycleHookDuration 1..20160); AWS's model-validation wording"),
    TRAFFIC_SHIFT_NEEDS_ADVANCED_CONFIGURATION(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The {strategy} deployment strategy shifts traffic between two target groups: loadBalancers[{index}].advancedConfiguration needs alternateTargetGroupArn, productionListenerRule and roleArn.",
            "ECS developer guide, blue/green deployments with a load balancer; wording ecskit's"),
    SERVICE_DEPLOYMENT_FOUND(Aggregate.SERVICE, "StopServiceDeployment", "ServiceDeploymentNotFoundException",
            "The service deployment does not exist: {arn}", "ECS API reference, StopServiceDeployment errors; wording ecskit's"),
    SERVICE_DEPLOYMENT_IN_PROGRESS(Aggregate.SERVICE, "StopServiceDeployment", "ConflictException",
            "The service deployment {arn} is {status}: only a deployment in progress can be stopped.",
            "ECS API reference, StopServiceDeployment errors (ConflictException); wording ecskit's"),
    HOOK_AWAITING_ACTION(Aggregate.SERVICE, "ContinueServiceDeployment", "InvalidParameterException",
            "No lifecycle hook {hookId} of this service deployment is awaiting action.",
            "ECS API reference, ContinueServiceDeployment (May 2026); wording ecskit's"),
    SERVICE_FOUND(Aggregate.SERVICE, "UpdateService, DeleteService", "ServiceNotFoundException",
            "Service not found.", "ECS-RULES §5"),
    SERVICE_ACTIVE(Aggregate.SERVICE, "UpdateService, DeleteService", "ServiceNotActiveException",
            "Service was not ACTIVE.", "ECS-RULES §5"),
    SERVICE_SCALED_TO_ZERO_BEFORE_DELETE(Aggregate.SERVICE, "DeleteService", "InvalidParameterException",
            "The service cannot be stopped while it is scaled above 0.", "ECS-RULES §5"),

    // ---- clusters and tasks ----------------------------------------------------------------------
    CLUSTER_FOUND(Aggregate.CLUSTER, "every call taking a cluster", "ClusterNotFoundException",
            "Cluster not found.", "ECS-RULES §5"),
    CLUSTER_WITHOUT_SERVICES(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsServicesException",
            "The Cluster cannot be deleted while Services are active.", "ECS-RULES §5"),
    CLUSTER_WITHOUT_TASKS(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsTasksException",
            "The Cluster cannot be deleted while Tasks are active.", "ECS-RULES §5"),
    CLUSTER_WITHOUT_CONTAINER_INSTANCES(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsContainerInstancesException",
            "The Cluster cannot be deleted while Container Instances are active.", "ECS-RULES §5"),
    RUN_TASK_COUNT(Aggregate.TASK, "RunTask", "InvalidParameterException",
            "count must be between 1 and 10.", "RunTask API reference (count 1..10); wording ecskit's"),
    RUN_TASK_CLIENT_TOKEN(Aggregate.TASK, "RunTask", "InvalidParameterException",
            "clientToken must be at most 64 characters.", "ECS_Idempotency page; wording ecskit's"),
    TASK_FOUND(Aggregate.TASK, "StopTask", "InvalidParameterException",
            "The referenced task was not found.", "StopTask answers for an unknown task"),
    CONTAINER_INSTANCE_FOUND(Aggregate.CLUSTER, "DeregisterContainerInstance", "InvalidParameterException",
            "The referenced container instance {instance} was not found.", "DeregisterContainerInstance answers for an unknown instance"),

    // ---- ECR -----------------------------------------------------------------------------------
    REPOSITORY_NAME_FORMAT(Aggregate.ECR, "every ECR call taking repositoryName", "InvalidParameterException",
            "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''",
            "BM-ECR; ECR's wording"),
    IMAGE_TAG_LENGTH(Aggregate.ECR, "PutImage, BatchGetImage", "InvalidParameterException",
            "Invalid parameter at 'imageTag' failed to satisfy constraint: 'Member must have length between 1 and 300'", "BM-ECR"),
    IMAGE_DIGEST_FORMAT(Aggregate.ECR, "PutImage, BatchGetImage", "InvalidParameterException",
            "Invalid parameter at 'imageDigest' failed to satisfy constraint: 'must be sha256: and 64 hex digits'", "BM-ECR"),
    REPOSITORY_NAME_UNIQUE(Aggregate.ECR, "CreateRepository", "RepositoryAlreadyExistsException",
            "The repository with name '{repository}' already exists in the registry with id '{registry}'", "ECS-RULES §6"),
    REPOSITORY_FOUND(Aggregate.ECR, "every ECR call taking repositoryName", "RepositoryNotFoundException",
            "The repository with name '{repository}' does not exist in the registry with id '{registry}'", "ECS-RULES §6"),
    REPOSITORY_EMPTY_BEFORE_DELETE(Aggregate.ECR, "DeleteRepository", "RepositoryNotEmptyException",
            "The repository with name '{repository}' in registry with id '{registry}' cannot be deleted because it still contains images",
            "ECS-RULES §6"),
    IMMUTABLE_TAG_NOT_OVERWRITTEN(Aggregate.ECR, "PutImage", "ImageTagAlreadyExistsException",
            "The image tag '{tag}' already exists in the '{repository}' repository and cannot be overwritten because the repository is immutable.",
            "ECS-RULES §6"),
    AUTHORIZATION_TOKEN_VALID(Aggregate.ECR, "registry pushes", "AccessDeniedException",
            "Your authorization token has expired. Reauthenticate and try again.", "ECR registry answer after 12 h"),
    IMAGE_PULLABLE(Aggregate.TASK, "task start (stoppedReason)", "CannotPullContainerError",
            "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref {image}: {image}: not found",
            "Fargate platform 1.4 stoppedReason for a missing repository or tag (ECS 'stopped-task-errors' page); the in-memory backend applies it to images on its own ECR host that were not pushed"),

    // ---- CloudWatch Logs -----------------------------------------------------------------------
    LOG_GROUP_NAME_FORMAT(Aggregate.LOGS, "every Logs call taking logGroupName", "InvalidParameterException",
            "1 validation error detected: Value '{logGroupName}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
            "BM-LOGS"),
    LOG_GROUP_NAME_RESERVED(Aggregate.LOGS, "CreateLogGroup", "InvalidParameterException",
            "Log group names starting with 'aws/' are reserved for AWS services.", "ECS-RULES §7"),
    LOG_STREAM_NAME_FORMAT(Aggregate.LOGS, "every Logs call taking logStreamName", "InvalidParameterException",
            "1 validation error detected: Value '{logStreamName}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*",
            "BM-LOGS"),
    RETENTION_DAYS(Aggregate.LOGS, "PutRetentionPolicy", "InvalidParameterException",
            "1 validation error detected: Value '{days}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: {allowed}",
            "BM-LOGS"),
    LOG_GROUP_UNIQUE(Aggregate.LOGS, "CreateLogGroup", "ResourceAlreadyExistsException",
            "The specified log group already exists", "ECS-RULES §7"),
    LOG_STREAM_UNIQUE(Aggregate.LOGS, "CreateLogStream", "ResourceAlreadyExistsException",
            "The specified log stream already exists", "CreateLogStream API reference"),
    LOG_GROUP_FOUND(Aggregate.LOGS, "every Logs call taking logGroupName", "ResourceNotFoundException",
            "The specified log group does not exist.", "ECS-RULES §7"),
    LOG_STREAM_FOUND(Aggregate.LOGS, "GetLogEvents, PutLogEvents", "ResourceNotFoundException",
            "The specified log stream does not exist.", "GetLogEvents API reference");

    /** The resource a rule is about; one rule book each. */
    public enum Aggregate { TASK_DEFINITION, SERVICE, CLUSTER, TASK, ECR, LOGS, ANY }

    private static final class Call {
        static final String REGISTER = "RegisterTaskDefinition";
    }

    /** A placeholder is a lower-camel name in braces; {@code \p{L}} in a quoted pattern is not one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-zA-Z]*)}");

    private final Aggregate aggregate;
    private final String call;
    private final String code;
    private final String message;
    private final String source;

    EcsRule(Aggregate aggregate, String call, String code, String message, String source) {
        this.aggregate = aggregate;
        this.call = call;
        this.code = code;
        this.message = message;
        this.source = source;
    }

    /** The stable id docs/ecs-rules.md, code and tests cite: the constant's name in camelCase, e.g. {@code secretsRequireExecutionRole}. */
    public String id() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** The API call(s) AWS applies the rule at, e.g. {@code RegisterTaskDefinition}. */
    public String call() {
        return call;
    }

    /** Whether AWS applies the rule when a task definition is registered (what {@code validate} checks). */
    public boolean atRegistration() {
        return call.startsWith(Call.REGISTER);
    }

    /** AWS's error code, e.g. {@code ClientException}. */
    public String code() {
        return code;
    }

    /** AWS's message with its placeholders, e.g. {@code Unknown volume '{volume}'.} */
    public String template() {
        return message;
    }

    /** Where the wording and the rule come from (source keys as in docs/ecs-rules.md). */
    public String source() {
        return source;
    }

    /** The placeholders of the message, in order of first appearance. */
    public Seq<String> placeholders() {
        Matcher m = PLACEHOLDER.matcher(message);
        List<String> found = List.empty();
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found = found.append(m.group(1));
            }
        }
        return found;
    }

    /**
     * AWS's message with the placeholders filled, in order of first appearance; a placeholder used
     * twice takes the same value both times.
     */
    public String message(Object... values) {
        Seq<String> names = placeholders();
        if (values.length != names.size()) {
            throw new IllegalArgumentException(id() + " takes " + names.mkString(", ") + " but got " + values.length + " value(s)");
        }
        String text = message;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + names.get(i) + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The violation of this rule at a JSON path of the request. */
    public Violation at(String path, Object... values) {
        ErrorKind kind = switch (code) {
            case "ClientException" -> ErrorKind.CLIENT_EXCEPTION;
            case "InvalidParameterException" -> ErrorKind.INVALID_PARAMETER_EXCEPTION;
            default -> throw new IllegalStateException(id() + " answers " + code + ", not a request violation");
        };
        return new Violation(path, kind, message(values), io.vavr.control.Option.of(this));
    }
}
