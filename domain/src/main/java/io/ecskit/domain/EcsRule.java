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
    /** RegisterTaskDefinition: refuses a blank {@code family} (docs/ecs-rules.md#familyRequired). */
    FAMILY_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Family can not be blank.", "ECS-RULES §4"),
    /** RegisterTaskDefinition and any call naming a task definition: a family must be 1..255 letters, digits, hyphens and underscores (docs/ecs-rules.md#familyFormat). */
    FAMILY_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER + ", any call naming a task definition", "ClientException",
            "Family contains invalid characters.", "ECS-RULES §4; RegisterTaskDefinition API reference (family)"),
    /** RegisterTaskDefinition: the request's JSON may weigh at most 65536 bytes (64 KiB) (docs/ecs-rules.md#taskDefinitionRequestSize). */
    TASK_DEFINITION_REQUEST_SIZE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Actual length: '{length}'. Max allowed length is '65536' bytes.", "awsdocs/amazon-ecs-developer-guide#149"),
    /** RegisterTaskDefinition: refuses an empty {@code containerDefinitions} list (docs/ecs-rules.md#containersRequired). */
    CONTAINERS_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container list cannot be empty.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: a task definition holds at most 10 containers (an ECS quota) (docs/ecs-rules.md#containersAtMostTen). */
    CONTAINERS_AT_MOST_TEN(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Too many containers.", "ECS-RULES §4; QUOTAS"),
    /** RegisterTaskDefinition: at least one container must be essential ({@code essential} defaults to true) (docs/ecs-rules.md#essentialContainerRequired). */
    ESSENTIAL_CONTAINER_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Task definition doesn't have any essential container.", "eagletmt/hako#68"),
    /** RegisterTaskDefinition: the task {@code cpu} must be a number of CPU units or vCPUs ECS understands; Fargate takes only its offered sizes, EC2 128..196608 units (docs/ecs-rules.md#taskCpuValid). */
    TASK_CPU_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'cpu' setting for task.", "CPU-ERR; EC2 range 128..196608 from BM-ECS"),
    /** RegisterTaskDefinition: the task {@code memory} must be a number of MiB or GB ECS understands (docs/ecs-rules.md#taskMemoryValid). */
    TASK_MEMORY_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'memory' setting for task.", "CPU-ERR (worded as for cpu)"),
    /** RegisterTaskDefinition: a container's {@code memory} (MiB) may not exceed the task's (docs/ecs-rules.md#containerMemoryWithinTask). */
    CONTAINER_MEMORY_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The 'memory' setting for container '{container}' is greater than for the task.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: the containers' {@code cpu} units together may not exceed the task's {@code cpu} (docs/ecs-rules.md#cpuSumWithinTask). */
    CPU_SUM_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: the containers' {@code memoryReservation} (MiB) together may not exceed the task's {@code memory} (docs/ecs-rules.md#reservationSumWithinTask). */
    RESERVATION_SUM_WITHIN_TASK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
            "ECS-RULES §4"),
    /** RegisterTaskDefinition: {@code taskRoleArn} and {@code executionRoleArn} must be an IAM role ARN or a role's short name (docs/ecs-rules.md#roleArnFormat). */
    ROLE_ARN_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid arn syntax for '{member}': {value}", "RegisterTaskDefinition API reference (taskRoleArn, executionRoleArn: IAM role ARNs); wording ecskit's"),
    /** RegisterTaskDefinition: container {@code secrets} need an {@code executionRoleArn} (the execution role fetches them), on every launch type (docs/ecs-rules.md#secretsRequireExecutionRole). */
    SECRETS_REQUIRE_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
            "issue 11 (public bug reports quoting ECS); ECS developer guide 'specifying-sensitive-data'"),
    /** RegisterTaskDefinition: a container's {@code repositoryCredentials} need an {@code executionRoleArn} (docs/ecs-rules.md#repositoryCredentialsRequireExecutionRole). */
    REPOSITORY_CREDENTIALS_REQUIRE_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Private repository authentication requires that the task definition specify a value for executionRoleArn.",
            "sil-org/ecs-deploy#188 (quoted)"),
    /** RegisterTaskDefinition: {@code repositoryCredentials} are for registries other than ECR (docs/ecs-rules.md#repositoryCredentialsNotForEcr). */
    REPOSITORY_CREDENTIALS_NOT_FOR_ECR(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Private repository credentials are not a supported authentication method for ECR repositories.",
            "aws-actions/amazon-ecs-deploy-task-definition#48 (quoted)"),
    /** RegisterTaskDefinition: a container logging to awsfirelens needs a FireLens router (a container with firelensConfiguration) in the task (docs/ecs-rules.md#firelensRouterRequired). */
    FIRELENS_ROUTER_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers.",
            "fabfuel/ecs-deploy#164, turnerlabs/fargate#60 (quoted)"),
    /** RegisterTaskDefinition: a FireLens router (firelensConfiguration) needs a container that logs to it with awsfirelens (docs/ecs-rules.md#firelensDriverRequired). */
    FIRELENS_DRIVER_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver.",
            "aws/amazon-cloudwatch-logs-for-fluent-bit#20, cloudposse/terraform-aws-ecs-container-definition#47 (quoted)"),
    /** RegisterTaskDefinition: an isolation mode other than SHARED is for ECS Managed Instances only (docs/ecs-rules.md#trustedExecutionManagedInstancesOnly). */
    TRUSTED_EXECUTION_MANAGED_INSTANCES_ONLY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Trusted execution isolation mode {isolationMode} is supported only for task definitions that require MANAGED_INSTANCES compatibility.",
            "ECS API reference TrustedExecutionConfiguration ('supported only for Amazon ECS Managed Instances'); wording ecskit's"),
    /** RegisterTaskDefinition: CONFIDENTIAL_SANDBOX needs an attestation policy (docs/ecs-rules.md#trustedExecutionAttestationPolicy). */
    TRUSTED_EXECUTION_ATTESTATION_POLICY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "An attestationPolicy is required when isolationMode is CONFIDENTIAL_SANDBOX.",
            "ECS API reference TrustedExecutionConfiguration.attestationPolicy ('required when isolationMode is CONFIDENTIAL_SANDBOX'); wording ecskit's"),
    /** RegisterTaskDefinition: a volume name must be up to 255 letters, digits, hyphens and underscores (docs/ecs-rules.md#volumeNameFormat). */
    VOLUME_NAME_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Volume.name contains invalid characters.", "Volume API reference: up to 255 letters, numbers, hyphens, underscores; worded as Container.name"),
    /** RegisterTaskDefinition: each volume name may be used by one volume of the task only (docs/ecs-rules.md#volumeNamesUnique). */
    VOLUME_NAMES_UNIQUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Volume name '{volume}' is used by more than one volume.", "Volume API reference (name must be unique); wording ecskit's"),
    /** RegisterTaskDefinition: a mount point's {@code sourceVolume} must name a volume of the task (a missing one is refused as {@code 'null'}) (docs/ecs-rules.md#mountPointVolumeExists). */
    MOUNT_POINT_VOLUME_EXISTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Unknown volume '{volume}'.", "issue 11 (public bug reports quoting ECS)"),
    /** Every call taking tags: at most 50 tags per resource (docs/ecs-rules.md#tagsAtMostFifty). */
    TAGS_AT_MOST_FIFTY(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "The number of tags exceeds the maximum of 50.", "ECS tagging docs (limits); wording ecskit's"),
    /** Every call taking tags: a tag key must be 1..128 characters (docs/ecs-rules.md#tagKeyLength). */
    TAG_KEY_LENGTH(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag keys must be between 1 and 128 characters.", "ECS tagging docs (limits); wording ecskit's"),
    /** Every call taking tags: a tag value may be at most 256 characters (docs/ecs-rules.md#tagValueLength). */
    TAG_VALUE_LENGTH(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag values must be 256 characters or fewer.", "ECS tagging docs (limits); wording ecskit's"),
    /** Every call: a member typed as an enum in the API model takes only the model's values (docs/ecs-rules.md#modelEnumValue). */
    MODEL_ENUM_VALUE(Aggregate.ANY, "every call (ECS, ECR, CloudWatch Logs)", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must satisfy enum value set: [{values}]",
            "the API models' enum shapes (botocore service-2.json); AWS's model-validation wording"),
    /** PutAccountSetting, PutAccountSettingDefault: the value must be one the setting takes (docs/ecs-rules.md#accountSettingValue). */
    ACCOUNT_SETTING_VALUE(Aggregate.ANY, "PutAccountSetting, PutAccountSettingDefault", "InvalidParameterException",
            "The value '{value}' is not valid for the account setting {name}. Valid values: {values}.",
            "ECS API reference PutAccountSetting (value: enabled, disabled, enhanced, on, off; 0, 7, 14 for fargateTaskRetirementWaitPeriod); wording ecskit's"),
    /** PutAccountSetting, PutAccountSettingDefault: guardDutyActivate is read-only (docs/ecs-rules.md#accountSettingReadOnly). */
    ACCOUNT_SETTING_READ_ONLY(Aggregate.ANY, "PutAccountSetting, PutAccountSettingDefault", "InvalidParameterException",
            "The account setting {name} is read-only.",
            "ECS API reference PutAccountSetting ('The guardDutyActivate parameter is read-only in Amazon ECS'); wording ecskit's"),
    /** ListAccountSettings: filtering by value needs a setting name (docs/ecs-rules.md#accountSettingValueNeedsName). */
    ACCOUNT_SETTING_VALUE_NEEDS_NAME(Aggregate.ANY, "ListAccountSettings", "InvalidParameterException",
            "You must also specify an account setting name to filter by value.",
            "ECS API reference ListAccountSettings.value ('You must also specify an account setting name to use this parameter'); wording ecskit's"),
    /** Every List call: {@code maxResults} must be within the operation's range (docs/ecs-rules.md#maxResultsRange). */
    MAX_RESULTS_RANGE(Aggregate.ANY, "every List call (ListClusters, ListServices, ListTasks, ...)", "InvalidParameterException",
            "maxResults must be between 1 and {max}.",
            "ECS API reference, each List call's maxResults ('can be between 1 and 100', 1 and 10 for ListAccountSettings); wording ecskit's"),
    /** Every List call: {@code nextToken} must be one the operation handed out (docs/ecs-rules.md#nextTokenValid). */
    NEXT_TOKEN_VALID(Aggregate.ANY, "every List call (ListClusters, ListServices, ListTasks, ...)", "InvalidParameterException",
            "Invalid token",
            "ECS API reference (nextToken is 'the nextToken value returned from a ... request'); wording ecskit's"),
    /** DescribeServices: at most 10 services per request (docs/ecs-rules.md#describeServicesAtMostTen). */
    DESCRIBE_SERVICES_AT_MOST_TEN(Aggregate.SERVICE, "DescribeServices", "InvalidParameterException",
            "service names can have at most 10 items.", "turbot/steampipe-plugin-aws#903 (quoted); DescribeServices API reference (up to 10)"),
    /** DescribeServices: at least one service (docs/ecs-rules.md#describeServicesNotEmpty). */
    DESCRIBE_SERVICES_NOT_EMPTY(Aggregate.SERVICE, "DescribeServices", "InvalidParameterException",
            "Services cannot be empty.", "worded as DescribeTasks' quoted 'Tasks cannot be empty.'; wording ecskit's"),
    /** DescribeTasks: at most 100 tasks per request (docs/ecs-rules.md#describeTasksAtMostHundred). */
    DESCRIBE_TASKS_AT_MOST_HUNDRED(Aggregate.TASK, "DescribeTasks", "InvalidParameterException",
            "tasks can have at most 100 items.", "DescribeTasks API reference (up to 100); worded as DescribeServices' quoted limit"),
    /** DescribeTasks: at least one task (docs/ecs-rules.md#describeTasksNotEmpty). */
    DESCRIBE_TASKS_NOT_EMPTY(Aggregate.TASK, "DescribeTasks", "InvalidParameterException",
            "Tasks cannot be empty.", "sil-org/ecs-deploy#54 (quoted)"),
    /** DescribeClusters: at most 100 clusters per request (docs/ecs-rules.md#describeClustersAtMostHundred). */
    DESCRIBE_CLUSTERS_AT_MOST_HUNDRED(Aggregate.CLUSTER, "DescribeClusters", "InvalidParameterException",
            "clusters can have at most 100 items.", "DescribeClusters API reference (up to 100); worded as DescribeServices' quoted limit"),
    /** PutClusterCapacityProviders, UpdateCapacityProvider, DeleteCapacityProvider: a capacity provider named must exist (docs/ecs-rules.md#capacityProviderExists). */
    CAPACITY_PROVIDER_EXISTS(Aggregate.ANY, "PutClusterCapacityProviders, UpdateCapacityProvider, DeleteCapacityProvider", "InvalidParameterException",
            "The specified capacity provider {name} does not exist. Specify a valid name or ARN and try again.",
            "ECS API reference PutClusterCapacityProviders (providers must exist); wording ecskit's"),
    /** PutClusterCapacityProviders: the default strategy may only name providers in the cluster's list (docs/ecs-rules.md#defaultStrategyProvidersAssociated). */
    DEFAULT_STRATEGY_PROVIDERS_ASSOCIATED(Aggregate.ANY, "PutClusterCapacityProviders", "InvalidParameterException",
            "The default capacity provider strategy can only contain capacity providers that are associated with the cluster: {name} is not.",
            "ECS API reference PutClusterCapacityProviders (\"the capacity providers must be associated with the cluster\"); wording ecskit's"),
    /** PutClusterCapacityProviders, DeleteCapacityProvider: a provider a service's strategy uses can be neither removed from its cluster nor deleted (docs/ecs-rules.md#capacityProviderInUse). */
    CAPACITY_PROVIDER_IN_USE(Aggregate.ANY, "PutClusterCapacityProviders, DeleteCapacityProvider", "ResourceInUseException",
            "The specified capacity provider is in use and cannot be removed.",
            "aws/containers-roadmap#631 (quoted, through CloudFormation); ECS API reference (ResourceInUseException; \"remove the capacity provider from the capacity provider strategy of all services first\")"),
    /** A service whose tasks keep failing to reach RUNNING is relaunched ever more slowly (up to 27 minutes) and says so in this event (docs/ecs-rules.md#serviceThrottled). */
    SERVICE_THROTTLED(Aggregate.SERVICE, "service scheduler (service event)", "SERVICE_TASK_START_IMPAIRED",
            "(service {service}) is unable to consistently start tasks successfully.",
            "ECS developer guide, service-throttle-logic (quoted; the pause grows up to 27 minutes, the steps are ecskit's) and ecs_service_events (SERVICE_TASK_START_IMPAIRED)"),
    /** A service's EC2 task that no container instance has room for waits; the service says so (docs/ecs-rules.md#servicePlacementInsufficient). */
    SERVICE_PLACEMENT_INSUFFICIENT(Aggregate.SERVICE, "service scheduler (service event)", "SERVICE_TASK_PLACEMENT_FAILURE",
            "(service {service}) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance {instance}) {insufficient}. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
            "ECS developer guide, service-event-messages (quoted: insufficient memory / CPU units, a port already in use)"),
    /** A service's EC2 task in a cluster without container instances waits; the service says so (docs/ecs-rules.md#servicePlacementNoInstances). */
    SERVICE_PLACEMENT_NO_INSTANCES(Aggregate.SERVICE, "service scheduler (service event)", "SERVICE_TASK_PLACEMENT_FAILURE",
            "(service {service}) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
            "ECS developer guide, service-event-messages (quoted)"),
    /** A Fargate Spot task whose capacity is taken back stops with stop code SpotInterruption and this reason (docs/ecs-rules.md#spotInterruption). */
    SPOT_INTERRUPTION(Aggregate.TASK, "Spot interruption (stoppedReason)", "SpotInterruption",
            "Your Spot Task was interrupted.",
            "ECS developer guide, fargate-capacity-providers (Fargate Spot termination notices: stopCode SpotInterruption); the simulator interrupts on request"),
    /** PutLogEvents: a batch's events are in chronological order (docs/ecs-rules.md#logEventsChronological). */
    LOG_EVENTS_CHRONOLOGICAL(Aggregate.LOGS, "PutLogEvents", "InvalidParameterException",
            "Log events in a single PutLogEvents request must be in chronological order.",
            "dibog/cloudwatch-logback-appender#17, segmentio/ecs-logs#22 (quoted)"),
    /** PutLogEvents: a batch spans at most 24 hours (docs/ecs-rules.md#logEventsSpan). */
    LOG_EVENTS_SPAN(Aggregate.LOGS, "PutLogEvents", "InvalidParameterException",
            "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.",
            "aws/amazon-cloudwatch-logs-for-fluent-bit#29, moby/moby#41529 (quoted)"),
    /** PutLogEvents: a batch holds at most 1,048,576 bytes, 26 counted for each event (docs/ecs-rules.md#logEventsBatchSize). */
    LOG_EVENTS_BATCH_SIZE(Aggregate.LOGS, "PutLogEvents", "InvalidParameterException",
            "Upload too large: {bytes} bytes exceeds limit of 1048576",
            "CloudWatch Logs API reference PutLogEvents (1,048,576 bytes: messages in UTF-8 plus 26 bytes per event); wording ecskit's"),
    /** GetLogEvents: {@code limit} is 1..10,000 (docs/ecs-rules.md#logEventsLimitRange). */
    LOG_EVENTS_LIMIT_RANGE(Aggregate.LOGS, "GetLogEvents", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "CloudWatch Logs API model (EventsLimit 1..10000); AWS's model-validation wording"),
    /** ListTasks: startedBy is a filter of its own (docs/ecs-rules.md#listTasksStartedByAlone). */
    LIST_TASKS_STARTED_BY_ALONE(Aggregate.TASK, "ListTasks", "InvalidParameterException",
            "When you specify startedBy as the filter, it must be the only filter that you use.",
            "ECS API reference ListTasks.startedBy (its words); the exception's wording ecskit's"),
    /** RunTask, StartTask: startedBy is up to 128 letters, numbers, hyphens, forward slashes and underscores (docs/ecs-rules.md#startedByFormat). */
    STARTED_BY_FORMAT(Aggregate.TASK, "RunTask, StartTask", "InvalidParameterException",
            "startedBy may contain up to 128 letters (uppercase and lowercase), numbers, hyphens (-), forward slash (/), and underscores (_).",
            "ECS API reference RunTask.startedBy; wording ecskit's"),
    /** RunTask: EC2 tasks need a container instance in the cluster (docs/ecs-rules.md#runTaskNoContainerInstances). */
    RUN_TASK_NO_CONTAINER_INSTANCES(Aggregate.TASK, "RunTask (EC2)", "InvalidParameterException",
            "No Container Instances were found in your cluster.",
            "boto/boto3#2862, aws/amazon-ecs-cli#1122 (quoted)"),
    /** RunTask, CreateService: placement constraints and strategies in the shapes ECS takes (docs/ecs-rules.md#placementShape). */
    PLACEMENT_SHAPE(Aggregate.TASK, "RunTask, CreateService", "InvalidParameterException",
            "Invalid placement: {problem}",
            "ECS API reference PlacementConstraint, PlacementStrategy (binpack on cpu or memory; spread on instanceId, host or an attribute; random takes no field; distinctInstance takes no expression; memberOf needs one); wording ecskit's"),
    /** RunTask, CreateService: a memberOf expression ecskit cannot evaluate is refused by name, not guessed (docs/ecs-rules.md#placementExpressionSupported). */
    PLACEMENT_EXPRESSION_SUPPORTED(Aggregate.TASK, "RunTask, CreateService (EC2 placement)", "InvalidParameterException",
            "ecskit does not evaluate the cluster query expression '{clause}' yet: it evaluates attribute:NAME with ==, !=, in, not_in, exists and !exists, and ec2InstanceId, joined by and / or.",
            "ecskit's own limit, named (ECS developer guide cluster-query-language has more: task groups, registeredAt, instance types by wildcard)"),
    /** CreateService, UpdateService: a Service Connect service's portName names a port mapping of the task definition (docs/ecs-rules.md#serviceConnectPortName). */
    SERVICE_CONNECT_PORT_NAME(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The portName '{portName}' in the Service Connect configuration does not match the name of any port mapping in the task definition.",
            "ECS API reference ServiceConnectService.portName (\"the portName must match the name of one of the portMappings from all the containers in the task definition\"); wording ecskit's"),
    /** CreateService, UpdateService: Service Connect needs a namespace, given or the cluster's default (docs/ecs-rules.md#serviceConnectNamespace). */
    SERVICE_CONNECT_NAMESPACE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "A namespace must be specified in the Service Connect configuration when the cluster has no default Service Connect namespace.",
            "ECS API reference ServiceConnectConfiguration.namespace (the cluster's serviceConnectDefaults otherwise); wording ecskit's"),
    /** CreateService, UpdateService, RunTask, CreateTaskSet: no platformVersion with the EC2 launch type (docs/ecs-rules.md#platformVersionEc2). */
    PLATFORM_VERSION_EC2(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet", "InvalidParameterException",
            "The platform version must be null when specifying an EC2 launch type.",
            "aws/amazon-ecs-cli#1040, aws/amazon-ecs-cli#1047 (quoted)"),
    /** CreateService, UpdateService, RunTask, CreateTaskSet: a Fargate platformVersion is LATEST, 1.4.0 or 1.3.0 on Linux, LATEST or 1.0.0 on Windows (docs/ecs-rules.md#platformVersionExists). */
    PLATFORM_VERSION_EXISTS(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet", "PlatformUnknownException",
            "The specified platform version doesn't exist.",
            "BM-ECS (PlatformUnknownException's description); ECS developer guide platform-fargate (Linux 1.4.0, 1.3.0; Windows 1.0.0; LATEST)"),
    /** CreateService, UpdateService, RunTask, CreateTaskSet: assignPublicIp ENABLED only on Fargate (docs/ecs-rules.md#assignPublicIpLaunchType). */
    ASSIGN_PUBLIC_IP_LAUNCH_TYPE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet", "InvalidParameterException",
            "Assign public IP is not supported for this launch type.",
            "aws/amazon-ecs-cli#627, hashicorp/waypoint#643, aws/aws-cdk#13348 (quoted)"),
    /** CreateService, UpdateService, RunTask, CreateTaskSet: a strategy names only providers associated with the cluster (docs/ecs-rules.md#strategyProvidersAssociated). */
    STRATEGY_PROVIDERS_ASSOCIATED(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet", "InvalidParameterException",
            "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.",
            "dask/dask-cloudprovider#328 (quoted); FARGATE and FARGATE_SPOT too must be put on the cluster (PutClusterCapacityProviders) first"),
    /** CreateService, RunTask: the cluster's default strategy they fall back on needs a provider with weight above 0 (docs/ecs-rules.md#defaultStrategyWeight). */
    DEFAULT_STRATEGY_WEIGHT(Aggregate.ANY, "CreateService, RunTask", "InvalidParameterException",
            "There are no capacity providers with a weight value greater than zero defined in the default capacity provider strategy. At least one capacity provider must have a weight value greater than zero specified. Update the cluster's default capacity provider strategy or specify a valid capacity provider strategy and try again.",
            "terraform-aws-modules/terraform-aws-ecs#27 (quoted)"),
    /** CreateService, UpdateService, RunTask, CreateTaskSet, PutClusterCapacityProviders: a strategy needs a provider with weight above 0 (docs/ecs-rules.md#strategyWeight). */
    STRATEGY_WEIGHT(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet, PutClusterCapacityProviders", "InvalidParameterException",
            "There are no capacity providers with a weight value greater than zero defined in the capacity provider strategy. At least one capacity provider must have a weight value greater than zero specified.",
            "ECS API reference CapacityProviderStrategyItem.weight (a strategy with every weight 0 places nothing); worded after defaultStrategyWeight's quoted message"),
    /** A strategy gives a base to at most one provider and names each provider once (docs/ecs-rules.md#strategyOneBase). */
    STRATEGY_ONE_BASE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateTaskSet, PutClusterCapacityProviders", "InvalidParameterException",
            "Only one capacity provider in a capacity provider strategy can have a base defined, and each capacity provider can appear only once.",
            "ECS API reference CapacityProviderStrategyItem.base (\"only one capacity provider in a capacity provider strategy can have a base defined\"); wording ecskit's"),
    /** UpdateService: moving from a launch type to a capacity provider strategy, or changing a strategy, needs forceNewDeployment (docs/ecs-rules.md#strategyChangeForcesDeployment). */
    STRATEGY_CHANGE_FORCES_DEPLOYMENT(Aggregate.SERVICE, "UpdateService", "InvalidParameterException",
            "When switching from launch type to capacity provider strategy on an existing service, or making a change to a capacity provider strategy on a service that is already using one, you must force a new deployment.",
            "kayac/ecspresso#481, reproio/ecs_deploy#74, pipe-cd/pipecd#6385 (quoted)"),
    /** CreateCapacityProvider: a name is taken while its provider is ACTIVE (docs/ecs-rules.md#capacityProviderNameTaken). */
    CAPACITY_PROVIDER_NAME_TAKEN(Aggregate.ANY, "CreateCapacityProvider", "ClientException",
            "The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.",
            "ECS CreateCapacityProvider answer for an existing name (as recalled from ECS; not verified here)"),
    /** CreateCapacityProvider: names are 1..255 letters, digits, _ and -, not beginning with aws, ecs or fargate (docs/ecs-rules.md#capacityProviderNameReserved). */
    CAPACITY_PROVIDER_NAME_RESERVED(Aggregate.ANY, "CreateCapacityProvider", "InvalidParameterException",
            "The capacity provider name {name} is not valid. It can be up to 255 letters, numbers, underscores and hyphens and cannot be prefixed with aws, ecs or fargate.",
            "ECS API reference CreateCapacityProvider.name; wording ecskit's"),
    /** UpdateCapacityProvider, DeleteCapacityProvider: FARGATE and FARGATE_SPOT are neither updated nor deleted (docs/ecs-rules.md#capacityProviderBuiltIn). */
    CAPACITY_PROVIDER_BUILT_IN(Aggregate.ANY, "UpdateCapacityProvider, DeleteCapacityProvider", "ClientException",
            "The capacity provider {name} is managed by AWS and cannot be updated or deleted.",
            "ECS developer guide (FARGATE and FARGATE_SPOT are reserved, available to every account); wording ecskit's"),
    /** CreateCapacityProvider: autoScalingGroupProvider.autoScalingGroupArn must be an Auto Scaling group ARN (docs/ecs-rules.md#autoScalingGroupArn). */
    AUTO_SCALING_GROUP_ARN(Aggregate.ANY, "CreateCapacityProvider", "InvalidParameterException",
            "The specified Auto Scaling group ARN {arn} is not valid.",
            "ECS API reference AutoScalingGroupProvider.autoScalingGroupArn; wording ecskit's"),
    /** CreateCapacityProvider, UpdateCapacityProvider: managed scaling's numbers within the model's ranges (docs/ecs-rules.md#managedScalingRanges). */
    MANAGED_SCALING_RANGES(Aggregate.ANY, "CreateCapacityProvider, UpdateCapacityProvider", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (ManagedScaling targetCapacity 1..100, step sizes 1..10000, instanceWarmupPeriod 0..10000); AWS's model-validation wording"),
    /** CreateCapacityProvider: an Auto Scaling group or a Managed Instances provider must be given (docs/ecs-rules.md#capacityProviderNeedsCapacity). */
    CAPACITY_PROVIDER_NEEDS_CAPACITY(Aggregate.ANY, "CreateCapacityProvider", "InvalidParameterException",
            "An autoScalingGroupProvider or a managedInstancesProvider must be specified.",
            "ECS API reference CreateCapacityProvider (one of the two); wording ecskit's"),
    /** UpdateContainerAgent: the simulated agents run the newest version: there is nothing to update (docs/ecs-rules.md#noUpdateAvailable). */
    NO_UPDATE_AVAILABLE(Aggregate.ANY, "UpdateContainerAgent", "NoUpdateAvailableException",
            "There's no update available for this Amazon ECS container agent. This might be because the agent is already running the latest version or because it's so old that there's no update path to the current version.",
            "ECS API reference UpdateContainerAgent, Errors (NoUpdateAvailableException)"),
    /** PutAttributes, DeleteAttributes: an attribute's target must be a container instance of the cluster (docs/ecs-rules.md#attributeTargetFound). */
    ATTRIBUTE_TARGET_FOUND(Aggregate.ANY, "PutAttributes, DeleteAttributes", "TargetNotFoundException",
            "The specified target wasn't found. You can view your available container instances with ListContainerInstances.",
            "ECS API reference PutAttributes, Errors (TargetNotFoundException)"),
    /** PutAttributes: at most 10 custom attributes per resource (docs/ecs-rules.md#attributesAtMostTen). */
    ATTRIBUTES_AT_MOST_TEN(Aggregate.ANY, "PutAttributes", "AttributeLimitExceededException",
            "You can apply up to 10 custom attributes for each resource. You can view the attributes of a resource with ListAttributes. You can remove existing attributes on a resource with DeleteAttributes.",
            "ECS API reference PutAttributes, Errors (AttributeLimitExceededException)"),
    /** UpdateContainerInstancesState: the status set is ACTIVE or DRAINING (docs/ecs-rules.md#containerInstanceState). */
    CONTAINER_INSTANCE_STATE(Aggregate.ANY, "UpdateContainerInstancesState", "InvalidParameterException",
            "Container instances can only be set to ACTIVE or DRAINING.",
            "ECS API reference UpdateContainerInstancesState.status (ACTIVE or DRAINING); wording ecskit's"),
    /** ExecuteCommand: the task must run with enableExecuteCommand and its agent running (docs/ecs-rules.md#executeCommandEnabled). */
    EXECUTE_COMMAND_ENABLED(Aggregate.TASK, "ExecuteCommand", "InvalidParameterException",
            "The execute command failed because execute command was not enabled when the task was run or the execute command agent isn't running. Wait and try again or run a new task with execute command enabled and try again.",
            "aws/containers-roadmap and aws-cli issues quoting ECS (ECS Exec troubleshooting guide)"),
    /** ExecuteCommand: interactive must be true (docs/ecs-rules.md#executeCommandInteractive). */
    EXECUTE_COMMAND_INTERACTIVE(Aggregate.TASK, "ExecuteCommand", "InvalidParameterException",
            "Interactive is the only mode supported currently.",
            "ECS API reference ExecuteCommand.interactive (\"Use this flag to run your command in interactive mode\"); wording ecskit's"),
    /** ExecuteCommand: a task of several containers needs the container named (docs/ecs-rules.md#executeCommandContainer). */
    EXECUTE_COMMAND_CONTAINER(Aggregate.TASK, "ExecuteCommand", "InvalidParameterException",
            "The task has more than one container: specify the container to run the command in.",
            "ECS API reference ExecuteCommand.container (\"required if the task has more than one container\"); wording ecskit's"),
    /** UpdateTaskProtection: a protection lasts 1 minute to 48 hours (docs/ecs-rules.md#taskProtectionExpiry). */
    TASK_PROTECTION_EXPIRY(Aggregate.TASK, "UpdateTaskProtection", "InvalidParameterException",
            "expiresInMinutes must be between 1 and 2880.",
            "ECS API reference UpdateTaskProtection.expiresInMinutes (minimum 1, maximum 2,880 minutes, 48 hours); wording ecskit's"),
    /** GetTaskProtection, UpdateTaskProtection: at most 10 tasks per call (docs/ecs-rules.md#taskProtectionAtMostTen). */
    TASK_PROTECTION_AT_MOST_TEN(Aggregate.TASK, "GetTaskProtection, UpdateTaskProtection", "InvalidParameterException",
            "tasks can have at most 10 items.",
            "ECS API reference UpdateTaskProtection.tasks (up to 10); worded as DescribeServices' quoted limit"),
    /** StartTask: 1..10 container instances (docs/ecs-rules.md#startTaskInstances). */
    START_TASK_INSTANCES(Aggregate.TASK, "StartTask", "InvalidParameterException",
            "containerInstances must contain between 1 and 10 container instances.",
            "ECS API reference StartTask.containerInstances (up to 10); wording ecskit's"),
    /** SubmitContainerStateChange: the container must be one of the task's (docs/ecs-rules.md#submittedContainerFound). */
    SUBMITTED_CONTAINER_FOUND(Aggregate.TASK, "SubmitContainerStateChange", "InvalidParameterException",
            "The task has no container named {container}.",
            "ECS API reference SubmitContainerStateChange.containerName; wording ecskit's"),
    /** CreateService, RunTask, CreateTaskSet: a launch type and a capacity provider strategy exclude each other (docs/ecs-rules.md#launchTypeOrStrategy). */
    LAUNCH_TYPE_OR_STRATEGY(Aggregate.ANY, "CreateService, RunTask, CreateTaskSet", "InvalidParameterException",
            "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.",
            "CLI and Terraform output quoted in public write-ups (e.g. CDKTF and Terraform service examples); ECS API reference (launchType: excludes capacityProviderStrategy)"),
    /** SubmitAttachmentStateChanges: each attachment reported must be an attachment of a task of the cluster (docs/ecs-rules.md#submittedAttachmentFound). */
    SUBMITTED_ATTACHMENT_FOUND(Aggregate.TASK, "SubmitAttachmentStateChanges", "InvalidParameterException",
            "The attachment {attachmentArn} does not belong to a task of the cluster.",
            "ECS API reference SubmitAttachmentStateChanges.attachments; wording ecskit's"),
    /** Every call taking tags: keys beginning with {@code aws:} are reserved for AWS (docs/ecs-rules.md#tagKeyReserved). */
    TAG_KEY_RESERVED(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "Tag keys beginning with 'aws:' are reserved for AWS use.", "ECS tagging docs (limits); wording ecskit's"),
    /** Every call taking tags: keys and values may hold only letters, spaces, digits and {@code _.:/=+-@} (the API model's pattern) (docs/ecs-rules.md#tagCharacters). */
    TAG_CHARACTERS(Aggregate.ANY, "every call taking tags", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must satisfy regular expression pattern: ([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)",
            "ECS API model (botocore ecs 2014-11-13 TagKey/TagValue pattern); AWS's model-validation wording"),
    /** CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders: a capacity provider strategy item's {@code weight} must be 0..1000 (docs/ecs-rules.md#capacityProviderWeightRange). */
    CAPACITY_PROVIDER_WEIGHT_RANGE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders",
            "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (CapacityProviderStrategyItemWeight 0..1000); AWS's model-validation wording"),
    /** CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders: a capacity provider strategy item's {@code base} must be 0..100000 (docs/ecs-rules.md#capacityProviderBaseRange). */
    CAPACITY_PROVIDER_BASE_RANGE(Aggregate.ANY, "CreateService, UpdateService, RunTask, CreateCluster, PutClusterCapacityProviders",
            "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (CapacityProviderStrategyItemBase 0..100000); AWS's model-validation wording"),
    /** CreateService, UpdateService: a Service Connect client alias {@code port} or {@code ingressPortOverride} must be 0..65535 (docs/ecs-rules.md#serviceConnectPortRange). */
    SERVICE_CONNECT_PORT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService (serviceConnectConfiguration)", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (PortNumber 0..65535 for clientAliases.port, ingressPortOverride); AWS's model-validation wording"),
    /** CreateService, UpdateService: Service Connect {@code idleTimeoutSeconds} and {@code perRequestTimeoutSeconds} may not be negative (docs/ecs-rules.md#serviceConnectTimeoutRange). */
    SERVICE_CONNECT_TIMEOUT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService (serviceConnectConfiguration)", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value greater than or equal to 0",
            "ECS API model (Duration 0..2147483647 for timeout.idleTimeoutSeconds, perRequestTimeoutSeconds); AWS's model-validation wording"),

    // ---- containers ----------------------------------------------------------------------------
    /** RegisterTaskDefinition: every container needs a non-empty {@code name} (docs/ecs-rules.md#containerNameRequired). */
    CONTAINER_NAME_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name should not be null or empty.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: a container name must be 1..255 letters, digits, hyphens and underscores (docs/ecs-rules.md#containerNameFormat). */
    CONTAINER_NAME_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name contains invalid characters.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: each container name may be used once in the task (docs/ecs-rules.md#containerNamesUnique). */
    CONTAINER_NAMES_UNIQUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.name '{container}' is used by more than one container.", "ECS-RULES §4 (no wording given; ecskit's)"),
    /** RegisterTaskDefinition: every container needs a non-empty {@code image} (docs/ecs-rules.md#imageRequired). */
    IMAGE_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.image should not be null or empty.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: an image reference is at most 255 letters, digits and {@code -_:./#}, optionally {@code @sha256:} and 64 hex digits (docs/ecs-rules.md#imageFormat). */
    IMAGE_FORMAT(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container.image contains invalid characters.", "BM-ECS ContainerDefinition.image (255 chars, letters digits -_:./#)"),
    /** RegisterTaskDefinition: a container's {@code memoryReservation} (soft limit, MiB) may not exceed its {@code memory} (hard limit) (docs/ecs-rules.md#reservationWithinMemory). */
    RESERVATION_WITHIN_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The 'memoryReservation' setting for container '{container}' must be less than or equal to its 'memory' setting.",
            "ECS-RULES §4 (the model says >, an AWS docs fix says >=)"),
    /** RegisterTaskDefinition: a {@code dependsOn} entry must name a container of the same task definition (docs/ecs-rules.md#dependencyExists). */
    DEPENDENCY_EXISTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Container '{container}' depends on container '{dependency}' which is not in the task definition.",
            "ContainerDependency API reference; wording ecskit's"),
    /** RegisterTaskDefinition: a container others wait on with condition SUCCESS or COMPLETE may not be essential (docs/ecs-rules.md#completingDependencyNotEssential). */
    COMPLETING_DEPENDENCY_NOT_ESSENTIAL(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container", "boto/boto3#2436"),
    /** RegisterTaskDefinition: a container health check's {@code command} must start with {@code CMD} or {@code CMD-SHELL} (docs/ecs-rules.md#healthCheckCommand). */
    HEALTH_CHECK_COMMAND(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check command for container '{container}' must start with CMD or CMD-SHELL.",
            "HealthCheck API reference; wording ecskit's"),
    /** RegisterTaskDefinition: a health check setting below its minimum (interval 5 s, timeout 2 s, retries 1, startPeriod 0 s) (docs/ecs-rules.md#healthCheckMinimum). */
    HEALTH_CHECK_MINIMUM(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check {setting} must be greater than or equal to the minimum allowed value {minimum} for container '{container}'",
            "HealthCheck API reference (ranges); worded as the maximum"),
    /** RegisterTaskDefinition: a health check setting above its maximum (interval 300 s, timeout 60 s, retries 10, startPeriod 300 s) (docs/ecs-rules.md#healthCheckMaximum). */
    HEALTH_CHECK_MAXIMUM(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Health check {setting} must be less than or equal to the maximum allowed value {maximum} for container '{container}'",
            "ECS-RULES §4"),
    /** RegisterTaskDefinition: a port mapping's {@code containerPort} must be 1..65535, unless the mapping gives a {@code containerPortRange} (docs/ecs-rules.md#containerPortValid). */
    CONTAINER_PORT_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'containerPort' setting for container '{container}'.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: a port mapping's {@code hostPort} must be 0..65535 (docs/ecs-rules.md#hostPortValid). */
    HOST_PORT_VALID(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'hostPort' setting for container '{container}'.", "PortMapping API reference; worded as containerPort"),
    /** RegisterTaskDefinition: a host port may be mapped once per protocol in the whole task (in bridge mode only explicit non-zero host ports count) (docs/ecs-rules.md#hostPortMappedOnce). */
    HOST_PORT_MAPPED_ONCE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "{protocol} host port '{port}' is mapped multiple times in task.", "aws/amazon-ecs-agent#1220"),
    /** RegisterTaskDefinition: under the awsvpc and host network modes a {@code hostPort}, when given, must equal the {@code containerPort} (docs/ecs-rules.md#hostPortsMatchContainerPorts). */
    HOST_PORTS_MATCH_CONTAINER_PORTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "When networkMode={networkMode}, the host ports and container ports in port mappings must match.",
            "aws/amazon-ecs-cli#1014"),
    /** RegisterTaskDefinition: a container may not set {@code hostname} under the awsvpc network mode (docs/ecs-rules.md#noHostnameUnderAwsvpc). */
    NO_HOSTNAME_UNDER_AWSVPC(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "hostname is not supported on container when networkMode=awsvpc.", "labd/ecs-deplojo#26"),
    /** RegisterTaskDefinition: in bridge mode the host ports 22, 2375, 2376 and 51678..51680 are reserved for SSH, Docker and the ECS agent (docs/ecs-rules.md#reservedHostPorts). */
    RESERVED_HOST_PORTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid 'hostPort' setting for container '{container}'. Port {port} is reserved on container instances.",
            "ECS-RULES §3 (reserved 22, 2375, 2376, 51678..51680); wording ecskit's"),
    /** RegisterTaskDefinition: a container may not map ports under the none network mode (docs/ecs-rules.md#noPortsWithoutNetwork). */
    NO_PORTS_WITHOUT_NETWORK(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Port mappings are not supported on container '{container}' when networkMode=none.", "ECS-RULES §3; wording ecskit's"),
    /** RegisterTaskDefinition: container {@code links} are allowed only under the bridge network mode (docs/ecs-rules.md#linksOnlyInBridge). */
    LINKS_ONLY_IN_BRIDGE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "links are not supported on container when networkMode={networkMode}.", "ECS-RULES §3; worded as hostname"),
    /** RegisterTaskDefinition: the awslogs log driver needs the {@code awslogs-region} and {@code awslogs-group} options (docs/ecs-rules.md#awslogsRequiredOptions). */
    AWSLOGS_REQUIRED_OPTIONS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver awslogs requires options: {options}", "ECS-RULES §4"),
    /** RegisterTaskDefinition: the awslogs option {@code awslogs-create-group} may only be {@code true} (otherwise omit it) (docs/ecs-rules.md#awslogsCreateGroupTrue). */
    AWSLOGS_CREATE_GROUP_TRUE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver awslogs option 'awslogs-create-group' should only be set to 'true', else omit option.", "ECS-RULES §4"),
    /** RegisterTaskDefinition: the splunk log driver needs a {@code splunk-token} option or secret option (docs/ecs-rules.md#splunkTokenRequired). */
    SPLUNK_TOKEN_REQUIRED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver splunk requires options: splunk-token", "ECS-RULES §4"),
    /** RegisterTaskDefinition: the log driver must be one the launch type supports (Fargate: awslogs, splunk, awsfirelens; Fargate on Windows: awslogs, splunk) (docs/ecs-rules.md#logDriverSupported). */
    LOG_DRIVER_SUPPORTED(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Log driver {logDriver} is not supported for launch type {launchType}. Supported log drivers: {supported}.",
            "BM-ECS LogConfiguration; wording ecskit's"),

    // ---- Fargate -------------------------------------------------------------------------------
    /** RegisterTaskDefinition: a Fargate task definition must use the awsvpc network mode (docs/ecs-rules.md#fargateRequiresAwsvpc). */
    FARGATE_REQUIRES_AWSVPC(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate only supports network mode \u2018awsvpc\u2019.", "aws/amazon-ecs-cli#1145"),
    /** RegisterTaskDefinition: a Fargate task definition must give {@code cpu} at the task level (docs/ecs-rules.md#fargateRequiresTaskCpu). */
    FARGATE_REQUIRES_TASK_CPU(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires that 'cpu' be defined at the task level.", "klothoplatform/klotho#892"),
    /** RegisterTaskDefinition: a Fargate task definition must give {@code memory} at the task level (docs/ecs-rules.md#fargateRequiresTaskMemory). */
    FARGATE_REQUIRES_TASK_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires that 'memory' be defined at the task level.", "ECS-RULES §2 (worded as for cpu)"),
    /** RegisterTaskDefinition: a Fargate task's cpu/memory pair must be one Fargate offers (docs/ecs-rules.md#fargateTaskSize). */
    FARGATE_TASK_SIZE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values.",
            "issue 11 (current ECS wording quoted in public reports; 2018's was 'No Fargate configuration exists for given values.')"),
    /** RegisterTaskDefinition: a Fargate task using the awslogs log driver needs an {@code executionRoleArn} (docs/ecs-rules.md#fargateAwslogsRequiresExecutionRole). */
    FARGATE_AWSLOGS_REQUIRES_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires task definition to have execution role ARN to support log driver awslogs.", "virtual-kubelet#193"),
    /** RegisterTaskDefinition: a Fargate task pulling from a private ECR repository needs an {@code executionRoleArn} (docs/ecs-rules.md#fargateEcrRequiresExecutionRole). */
    FARGATE_ECR_REQUIRES_EXECUTION_ROLE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires task definition to have execution role ARN to support ECR images.",
            "hashicorp/terraform-provider-aws#3051"),
    /** RegisterTaskDefinition: on Fargate the awslogs log driver needs the {@code awslogs-stream-prefix} option (docs/ecs-rules.md#fargateAwslogsStreamPrefix). */
    FARGATE_AWSLOGS_STREAM_PREFIX(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate requires log configuration options to include awslogs-stream-prefix to support log driver awslogs.",
            "aws/aws-cdk#1422"),
    /** RegisterTaskDefinition: a parameter Fargate does not support (e.g. {@code privileged}, {@code links}, {@code ipcMode}, placement constraints, Docker volumes, host source paths, GPUs) (docs/ecs-rules.md#fargateUnsupportedParameter). */
    FARGATE_UNSUPPORTED_PARAMETER(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate compatible task definitions do not support {parameter}.",
            "FG (the newer of ECS's two wordings; older: 'Tasks using the Fargate launch type do not support X')"),
    /** RegisterTaskDefinition: on Fargate {@code pidMode} may only be {@code task} (docs/ecs-rules.md#fargatePidMode). */
    FARGATE_PID_MODE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.",
            "aws/aws-cdk#29619"),
    /** RegisterTaskDefinition: on Fargate a container may add only the {@code SYS_PTRACE} kernel capability (docs/ecs-rules.md#fargateCapabilities). */
    FARGATE_CAPABILITIES(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Fargate compatible task definitions only support adding the SYS_PTRACE kernel capability.", "FG; wording ecskit's"),
    /** RegisterTaskDefinition: on Fargate a container's {@code startTimeout} and {@code stopTimeout} must be 2..120 seconds (docs/ecs-rules.md#fargateContainerTimeouts). */
    FARGATE_CONTAINER_TIMEOUTS(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid '{setting}' setting for container '{container}'. Must be between 2 and 120 seconds.",
            "BM-ECS startTimeout/stopTimeout; worded as containerPort"),
    /** RegisterTaskDefinition: on Fargate {@code ephemeralStorage.sizeInGiB} must be 21..200 GiB (docs/ecs-rules.md#fargateEphemeralStorage). */
    FARGATE_EPHEMERAL_STORAGE(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "The ephemeral storage size must be between 21 and 200 GiB.", "BM-ECS EphemeralStorage; wording ecskit's"),
    /** RegisterTaskDefinition: on Fargate the ARM64 CPU architecture needs the LINUX operating system family (docs/ecs-rules.md#fargateArm64LinuxOnly). */
    FARGATE_ARM64_LINUX_ONLY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "ARM64 is supported only with the LINUX operating system family.", "FG; wording ecskit's"),
    /** RegisterTaskDefinition: Windows containers on Fargate need at least 1 vCPU (1024 CPU units) (docs/ecs-rules.md#fargateWindowsCpu). */
    FARGATE_WINDOWS_CPU(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Windows containers on Fargate require at least 1 vCPU (1024 cpu units).", "FG; wording ecskit's"),

    // ---- EC2 -----------------------------------------------------------------------------------
    /** RegisterTaskDefinition: on EC2 without task-level {@code memory}, each container needs {@code memory} or {@code memoryReservation} (docs/ecs-rules.md#ec2ContainerMemory). */
    EC2_CONTAINER_MEMORY(Aggregate.TASK_DEFINITION, Call.REGISTER, "ClientException",
            "Invalid setting for container '{container}'. At least one of 'memory' or 'memoryReservation' must be specified.",
            "sil-org/ecs-deploy#59"),

    // ---- task definition revisions ---------------------------------------------------------------
    /** Any call naming a task definition: refuses a malformed task definition ARN (docs/ecs-rules.md#taskDefinitionArnFormat). */
    TASK_DEFINITION_ARN_FORMAT(Aggregate.TASK_DEFINITION, "any call naming a task definition", "ClientException",
            "Invalid task definition ARN: {arn}", "ecskit's wording (ECS refuses malformed ARNs with ClientException)"),
    /** Any call naming a task definition: the revision after {@code family:} must be a number (docs/ecs-rules.md#revisionNumber). */
    REVISION_NUMBER(Aggregate.TASK_DEFINITION, "any call naming a task definition", "ClientException",
            "Invalid revision number. Number: {revision}", "DescribeTaskDefinition answers for family:x"),
    /** DeregisterTaskDefinition, DeleteTaskDefinitions: the named task definition revision must exist (docs/ecs-rules.md#taskDefinitionExists). */
    TASK_DEFINITION_EXISTS(Aggregate.TASK_DEFINITION, "DeregisterTaskDefinition, DeleteTaskDefinitions", "ClientException",
            "The specified task definition does not exist.", "DeregisterTaskDefinition answers for an unknown revision"),
    /** DeleteTaskDefinitions: the {@code taskDefinitions} list must hold 1..10 revisions (docs/ecs-rules.md#deleteAtMostTen). */
    DELETE_AT_MOST_TEN(Aggregate.TASK_DEFINITION, "DeleteTaskDefinitions", "InvalidParameterException",
            "The taskDefinitions list must contain between 1 and 10 task definitions.", "DeleteTaskDefinitions API reference (1..10); wording ecskit's"),
    /** DeleteTaskDefinitions: only an INACTIVE (deregistered) revision may be deleted (docs/ecs-rules.md#deleteOnlyInactive). */
    DELETE_ONLY_INACTIVE(Aggregate.TASK_DEFINITION, "DeleteTaskDefinitions", "ClientException",
            "The specified task definition {arn} is ACTIVE. Deregister it before deleting it.",
            "DeleteTaskDefinitions API reference (must be INACTIVE); wording ecskit's"),
    /** TagResource, UntagResource, ListTagsForResource: the ARN must name an existing resource (docs/ecs-rules.md#taggedResourceExists). */
    TAGGED_RESOURCE_EXISTS(Aggregate.ANY, "TagResource, UntagResource, ListTagsForResource", "InvalidParameterException",
            "The specified resource is not found.", "TagResource answers for an unknown ARN"),
    /** TagResource, UntagResource, ListTagsForResource: the ARN must name a taggable ECS resource (docs/ecs-rules.md#taggedResourceArn). */
    TAGGED_RESOURCE_ARN(Aggregate.ANY, "TagResource, UntagResource, ListTagsForResource", "InvalidParameterException",
            "Invalid resource arn {arn}: not a cluster, service, task, task definition, container instance or task set ARN.",
            "TagResource API reference (resourceArn: clusters, services, tasks, task definitions, container instances, ...); wording ecskit's"),
    /** CreateService, UpdateService, RunTask: the task definition revision must exist (docs/ecs-rules.md#taskDefinitionFound). */
    TASK_DEFINITION_FOUND(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "TaskDefinition not found.", "CreateService answers for an unknown revision"),
    /** CreateService, UpdateService, RunTask: the task definition revision must be ACTIVE, not deregistered (docs/ecs-rules.md#taskDefinitionActive). */
    TASK_DEFINITION_ACTIVE(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "TaskDefinition is inactive", "CreateService answers for a deregistered revision"),
    /** CreateService, UpdateService, RunTask: the task definition must be compatible with the requested launch type (docs/ecs-rules.md#launchTypeSupported). */
    LAUNCH_TYPE_SUPPORTED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Task definition does not support launch_type {launchType}.", "aws/aws-cli#3983"),

    // ---- services (CreateService, UpdateService, DeleteService) ---------------------------------
    /** Every call taking a cluster: a cluster name must be 1..255 letters, digits, hyphens and underscores (docs/ecs-rules.md#clusterNameFormat). */
    CLUSTER_NAME_FORMAT(Aggregate.CLUSTER, "every call taking a cluster", "InvalidParameterException",
            "Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was {cluster}", "ECS-RULES §5"),
    /** CreateService: a service name must be 1..255 letters, digits, hyphens and underscores (docs/ecs-rules.md#serviceNameFormat). */
    SERVICE_NAME_FORMAT(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "Service name must match ^[a-zA-Z0-9\\-_]{1,255}$, but was {service}", "ECS-RULES §5 (worded as the cluster's)"),
    /** CreateService: the name is already used by an ACTIVE or DRAINING service of the cluster, and the request is not a retry with the same {@code clientToken} (docs/ecs-rules.md#serviceCreationIdempotent). */
    SERVICE_CREATION_IDEMPOTENT(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "Creation of service was not idempotent.", "ECS-RULES §5"),
    /** CreateService, UpdateService: {@code desiredCount} may not exceed ECS's quota of 5,000 tasks per service (docs/ecs-rules.md#desiredCountWithinLimit). */
    DESIRED_COUNT_WITHIN_LIMIT(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "Desired count exceeds limit.",
            "aws/containers-roadmap#768 (quoted); ECS service quotas: 5,000 tasks per service"),
    /** CreateService, UpdateService: {@code desiredCount} may not be negative (docs/ecs-rules.md#desiredCountNotNegative). */
    DESIRED_COUNT_NOT_NEGATIVE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "desiredCount can not be negative.", "ECS-RULES §5"),
    /** CreateService: a service with the ECS deployment controller needs a {@code taskDefinition} (docs/ecs-rules.md#taskDefinitionRequired). */
    TASK_DEFINITION_REQUIRED(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "TaskDefinition is required for the ECS deployment controller.", "CreateService answers without taskDefinition"),
    /** CreateService, UpdateService, RunTask: a task definition using awsvpc needs a {@code networkConfiguration} (docs/ecs-rules.md#networkConfigurationRequired). */
    NETWORK_CONFIGURATION_REQUIRED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Network Configuration must be provided when networkMode 'awsvpc' is specified.", "ECS-RULES §5"),
    /** CreateService, UpdateService, RunTask: a {@code networkConfiguration} is refused for a task definition not using awsvpc (docs/ecs-rules.md#networkConfigurationOnlyForAwsvpc). */
    NETWORK_CONFIGURATION_ONLY_FOR_AWSVPC(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Network Configuration is not valid for the given networkMode of this task definition.", "CreateService answers for bridge + networkConfiguration"),
    /** CreateService, UpdateService, RunTask: an awsvpc configuration needs at least one subnet (docs/ecs-rules.md#subnetsRequired). */
    SUBNETS_REQUIRED(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "subnets can not be empty.", "ECS-RULES §5"),
    /** CreateService, UpdateService, RunTask: an awsvpc configuration takes at most 16 subnets (docs/ecs-rules.md#subnetsAtMostSixteen). */
    SUBNETS_AT_MOST_SIXTEEN(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "subnets can have at most 16 items.", "ECS-RULES §5"),
    /** CreateService, UpdateService, RunTask: an awsvpc configuration takes at most 5 security groups (docs/ecs-rules.md#securityGroupsAtMostFive). */
    SECURITY_GROUPS_AT_MOST_FIVE(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "securityGroups can have at most 5 items.", "ECS-RULES §5"),
    /** CreateService, UpdateService, RunTask: a subnet id must be {@code subnet-} and 8..17 hex digits (docs/ecs-rules.md#subnetIdFormat). */
    SUBNET_ID_FORMAT(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Invalid subnet id: {subnet}", "EC2 id format subnet-<8..17 hex>; wording ecskit's"),
    /** CreateService, UpdateService, RunTask: a security group id must be {@code sg-} and 8..17 hex digits (docs/ecs-rules.md#securityGroupIdFormat). */
    SECURITY_GROUP_ID_FORMAT(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Invalid security group id: {securityGroup}", "EC2 id format sg-<8..17 hex>; wording ecskit's"),
    /** CreateService, UpdateService, RunTask: a subnet EC2 does not know (ECS passes on EC2's InvalidSubnetID.NotFound) (docs/ecs-rules.md#subnetExists). */
    SUBNET_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Error retrieving subnet information for [{subnet}]: The subnet ID '{subnet}' does not exist (ErrorCode: InvalidSubnetID.NotFound)",
            "ECS passes on EC2's InvalidSubnetID.NotFound"),
    /** CreateService, UpdateService, RunTask: a security group EC2 does not know (ECS passes on EC2's InvalidGroup.NotFound) (docs/ecs-rules.md#securityGroupExists). */
    SECURITY_GROUP_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Error retrieving security group information for [{securityGroup}]: The security group '{securityGroup}' does not exist (ErrorCode: InvalidGroup.NotFound)",
            "ECS passes on EC2's InvalidGroup.NotFound"),
    /** CreateService, UpdateService: under awsvpc a load balancer must be given as a target group, not a Classic Load Balancer (docs/ecs-rules.md#awsvpcNeedsTargetGroup). */
    AWSVPC_NEEDS_TARGET_GROUP(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "Classic Load Balancers are not supported with the awsvpc network mode; specify a target group.",
            "ECS-RULES §5 (no Classic LB with awsvpc); wording ecskit's"),
    /** CreateService, UpdateService: a load balancer's {@code containerName} must name a container of the task definition (docs/ecs-rules.md#loadBalancerContainerExists). */
    LOAD_BALANCER_CONTAINER_EXISTS(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The container {container} does not exist in the task definition.", "CreateService answers for an unknown containerName"),
    /** CreateService, UpdateService: a load balancer's {@code containerPort} must be mapped by that container (docs/ecs-rules.md#loadBalancerContainerPort). */
    LOAD_BALANCER_CONTAINER_PORT(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The container {container} did not have a container port {port} defined.", "CreateService answers for an unmapped containerPort"),
    /** CreateService, UpdateService with load balancers or Service Connect: a container port may appear in one port mapping only (e.g. not tcp and udp) (docs/ecs-rules.md#loadBalancedPortOneMapping). */
    LOAD_BALANCED_PORT_ONE_MAPPING(Aggregate.SERVICE, "CreateService, UpdateService (with loadBalancers or serviceConnectConfiguration)",
            "InvalidParameterException",
            "Container port {port} is used in more than one port mapping for container {container}",
            "terraform-aws-modules/terraform-aws-ecs#89 (RegisterTaskDefinition and the console accept tcp+udp on one port)"),
    /** CreateService, UpdateService: {@code deploymentConfiguration.minimumHealthyPercent} must be 0..100 (docs/ecs-rules.md#minimumHealthyPercentRange). */
    MINIMUM_HEALTHY_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "minimumHealthyPercent must be between 0 and 100.", "DeploymentConfiguration API reference; wording ecskit's"),
    /** CreateService, UpdateService: {@code deploymentConfiguration.maximumPercent} must be at least 100 for a rolling update (docs/ecs-rules.md#maximumPercentAtLeast100). */
    MAXIMUM_PERCENT_AT_LEAST_100(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "maximumPercent must be at least 100 for a rolling update.", "DeploymentConfiguration API reference; wording ecskit's"),
    /** CreateService, UpdateService: {@code deploymentConfiguration.bakeTimeInMinutes} must be 0..1440 minutes (docs/ecs-rules.md#bakeTimeRange). */
    BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "bakeTimeInMinutes must be between 0 and 1440, but was {value}.", "ECS API reference, DeploymentConfiguration (issue 12: ranges); wording ecskit's"),
    /** CreateService, UpdateService: {@code linearConfiguration.stepPercent} must be 3.0..100.0 percent (docs/ecs-rules.md#linearStepPercentRange). */
    LINEAR_STEP_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "linearConfiguration.stepPercent must be between 3.0 and 100.0, but was {value}.",
            "ECS API reference, LinearConfiguration (issue 12: ranges); wording ecskit's"),
    /** CreateService, UpdateService: {@code linearConfiguration.stepBakeTimeInMinutes} must be 0..1440 minutes (docs/ecs-rules.md#linearStepBakeTimeRange). */
    LINEAR_STEP_BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "linearConfiguration.stepBakeTimeInMinutes must be between 0 and 1440, but was {value}.",
            "ECS API reference, LinearConfiguration (issue 12: ranges); wording ecskit's"),
    /** CreateService, UpdateService: {@code canaryConfiguration.canaryPercent} must be 0.1..100.0 percent (docs/ecs-rules.md#canaryPercentRange). */
    CANARY_PERCENT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "canaryConfiguration.canaryPercent must be between 0.1 and 100.0, but was {value}.",
            "ECS API reference, CanaryConfiguration (issue 12: ranges); wording ecskit's"),
    /** CreateService, UpdateService: {@code canaryConfiguration.canaryBakeTimeInMinutes} must be 0..1440 minutes (docs/ecs-rules.md#canaryBakeTimeRange). */
    CANARY_BAKE_TIME_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "canaryConfiguration.canaryBakeTimeInMinutes must be between 0 and 1440, but was {value}.",
            "ECS API reference, CanaryConfiguration (issue 12: ranges); wording ecskit's"),
    /** CreateService, UpdateService: {@code earlySuccessCriteria} only with the ROLLING deployment strategy (docs/ecs-rules.md#earlySuccessOnlyRolling). */
    EARLY_SUCCESS_ONLY_ROLLING(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "earlySuccessCriteria can only be specified with the ROLLING deployment strategy.",
            "ECS API reference, DeploymentEarlySuccessCriteria (issue 12: refused with BLUE_GREEN); wording ecskit's"),
    /** CreateService, UpdateService: a PAUSE lifecycle hook may not run at the TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT stage (docs/ecs-rules.md#pauseHookStage). */
    PAUSE_HOOK_STAGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "A PAUSE lifecycle hook cannot run at the {stage} lifecycle stage.",
            "ECS developer guide, lifecycle hooks (May 2026: PAUSE not at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT); wording ecskit's"),
    /** CreateService, UpdateService: an AWS_LAMBDA lifecycle hook needs a {@code hookTargetArn} (the function) and a {@code roleArn} (docs/ecs-rules.md#lambdaHookTarget). */
    LAMBDA_HOOK_TARGET(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "A lifecycle hook with targetType AWS_LAMBDA needs a hookTargetArn (the function) and a roleArn ECS can assume to invoke it.",
            "ECS API reference, DeploymentLifecycleHook; wording ecskit's"),
    /** CreateService, UpdateService: a lifecycle hook's {@code timeoutInMinutes} must be 1..20160 minutes (the API model's range) (docs/ecs-rules.md#hookTimeoutRange). */
    HOOK_TIMEOUT_RANGE(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "1 validation error detected: Value '{value}' at '{wirePath}' failed to satisfy constraint: Member must have value {constraint}",
            "ECS API model (DeploymentLifecycleHookDuration 1..20160); AWS's model-validation wording"),
    /** CreateService, UpdateService: under BLUE_GREEN, LINEAR or CANARY a load balancer with a target group needs {@code advancedConfiguration} (alternate target group, production listener rule, role) (docs/ecs-rules.md#trafficShiftNeedsAdvancedConfiguration). */
    TRAFFIC_SHIFT_NEEDS_ADVANCED_CONFIGURATION(Aggregate.SERVICE, "CreateService, UpdateService", "InvalidParameterException",
            "The {strategy} deployment strategy shifts traffic between two target groups: loadBalancers[{index}].advancedConfiguration needs alternateTargetGroupArn, productionListenerRule and roleArn.",
            "ECS developer guide, blue/green deployments with a load balancer; wording ecskit's"),
    /** StopServiceDeployment: the service deployment ARN must name an existing service deployment (docs/ecs-rules.md#serviceDeploymentFound). */
    SERVICE_DEPLOYMENT_FOUND(Aggregate.SERVICE, "StopServiceDeployment", "ServiceDeploymentNotFoundException",
            "The service deployment does not exist: {arn}", "ECS API reference, StopServiceDeployment errors; wording ecskit's"),
    /** StopServiceDeployment: only a service deployment still in progress may be stopped (ConflictException) (docs/ecs-rules.md#serviceDeploymentInProgress). */
    SERVICE_DEPLOYMENT_IN_PROGRESS(Aggregate.SERVICE, "StopServiceDeployment", "ConflictException",
            "The service deployment {arn} is {status}: only a deployment in progress can be stopped.",
            "ECS API reference, StopServiceDeployment errors (ConflictException); wording ecskit's"),
    /** ContinueServiceDeployment: the lifecycle hook must be one of the deployment's hooks awaiting action (docs/ecs-rules.md#hookAwaitingAction). */
    HOOK_AWAITING_ACTION(Aggregate.SERVICE, "ContinueServiceDeployment", "InvalidParameterException",
            "No lifecycle hook {hookId} of this service deployment is awaiting action.",
            "ECS API reference, ContinueServiceDeployment (May 2026); wording ecskit's"),
    /** UpdateService, DeleteService: the service must exist in the cluster (docs/ecs-rules.md#serviceFound). */
    SERVICE_FOUND(Aggregate.SERVICE, "UpdateService, DeleteService", "ServiceNotFoundException",
            "Service not found.", "ECS-RULES §5"),
    /** UpdateService, DeleteService: the service must be ACTIVE (not DRAINING or INACTIVE) (docs/ecs-rules.md#serviceActive). */
    SERVICE_ACTIVE(Aggregate.SERVICE, "UpdateService, DeleteService", "ServiceNotActiveException",
            "Service was not ACTIVE.", "ECS-RULES §5"),
    /** DeleteService: a service must be scaled to a desired count of 0 first (unless forced) (docs/ecs-rules.md#serviceScaledToZeroBeforeDelete). */
    SERVICE_SCALED_TO_ZERO_BEFORE_DELETE(Aggregate.SERVICE, "DeleteService", "InvalidParameterException",
            "The service cannot be stopped while it is scaled above 0.", "ECS-RULES §5"),

    // ---- task sets and deployment controllers (issue 21 item 4) ---------------------------------
    /** CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet: task sets are managed only on services whose deploymentController is EXTERNAL (docs/ecs-rules.md#taskSetExternalControllerOnly). */
    TASK_SET_EXTERNAL_CONTROLLER_ONLY(Aggregate.SERVICE, "CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet", "InvalidParameterException",
            "Amazon ECS only supports task set management on services configured to use external deployment controllers.",
            "hashicorp/terraform-provider-aws#30347 (quoted); DescribeTaskSets also reads a CODE_DEPLOY service's task sets (aws/aws-cli#5380)"),
    /** UpdateTaskSet, DeleteTaskSet, UpdateServicePrimaryTaskSet: the task set (ID or ARN) must exist in the service (docs/ecs-rules.md#taskSetFound). */
    TASK_SET_FOUND(Aggregate.SERVICE, "UpdateTaskSet, DeleteTaskSet, UpdateServicePrimaryTaskSet", "TaskSetNotFoundException",
            "The specified task set wasn't found. You can view your available task sets with DescribeTaskSets. Task sets are specific to each cluster, service and Region.",
            "BM-ECS (TaskSetNotFoundException's documentation; no answer of AWS's quoted anywhere found)"),
    /** CreateTaskSet, UpdateTaskSet: a task set's scale is 0..100 PERCENT (docs/ecs-rules.md#taskSetScaleRange). */
    TASK_SET_SCALE_RANGE(Aggregate.SERVICE, "CreateTaskSet, UpdateTaskSet", "InvalidParameterException",
            "Scale value must be between 0 and 100.",
            "BM-ECS (Scale.value: numbers between 0 and 100; unit PERCENT); wording ecskit's"),
    /** CreateTaskSet: a service has at most 5 task sets (docs/ecs-rules.md#taskSetsAtMostFive). */
    TASK_SETS_AT_MOST_FIVE(Aggregate.SERVICE, "CreateTaskSet", "InvalidParameterException",
            "5 deployments exist on the service. Unable to create new TaskSet since this exceeds the maximum limit.",
            "CLI output quoted in a PipeCD write-up of ECS external deployments (not in ECS's quotas page)"),
    /** CreateTaskSet: a task set registers with at most one load balancer (docs/ecs-rules.md#taskSetOneLoadBalancer). */
    TASK_SET_ONE_LOAD_BALANCER(Aggregate.SERVICE, "CreateTaskSet", "InvalidParameterException",
            "CreateTaskSet cannot have more than 1 load balancer.",
            "aws/containers-roadmap#1380 (quoted up to \u201cmore than 1 l\u201d, the rest ecskit's)"),
    /** DeleteTaskSet: the PRIMARY task set is deleted only with force (docs/ecs-rules.md#primaryTaskSetNotDeleted). */
    PRIMARY_TASK_SET_NOT_DELETED(Aggregate.SERVICE, "DeleteTaskSet", "InvalidParameterException",
            "Primary TaskSet cannot be deleted",
            "CLI output quoted in a PipeCD write-up of ECS external deployments; force deletes it (hashicorp/terraform-provider-aws#30839)"),
    /** DeleteTaskSet: a task set with tasks to run or running is deleted only with force (docs/ecs-rules.md#taskSetScaledToZeroBeforeDelete). */
    TASK_SET_SCALED_TO_ZERO_BEFORE_DELETE(Aggregate.SERVICE, "DeleteTaskSet", "InvalidParameterException",
            "The task set cannot be deleted while it is scaled above 0.",
            "BM-ECS (DeleteTaskSet.force: delete a task set even if it hasn't been scaled down to zero); wording ecskit's"),
    /** UpdateServicePrimaryTaskSet: a DRAINING task set cannot become PRIMARY (docs/ecs-rules.md#taskSetDrainingNotPrimary). */
    TASK_SET_DRAINING_NOT_PRIMARY(Aggregate.SERVICE, "UpdateServicePrimaryTaskSet", "InvalidParameterException",
            "A DRAINING task set cannot become the primary task set.",
            "BM-ECS (TaskSet.status: DRAINING tasks are being stopped); wording ecskit's"),
    /** CreateService: an EXTERNAL service takes no task definition: its task sets bring one (docs/ecs-rules.md#externalServiceTaskDefinitionBlank). */
    EXTERNAL_SERVICE_TASK_DEFINITION_BLANK(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "TaskDefinition must be blank.",
            "terraform-aws-modules/terraform-aws-ecs#278, aws/aws-cdk#6245 (quoted)"),
    /** CreateService: an EXTERNAL service takes no load balancers: its task sets bring them (docs/ecs-rules.md#externalServiceLoadBalancersEmpty). */
    EXTERNAL_SERVICE_LOAD_BALANCERS_EMPTY(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "LoadBalancers must be empty or null.",
            "hashicorp/terraform-provider-aws#27291 (quoted)"),
    /** CreateService: an EXTERNAL service takes no network configuration, launch type, capacity provider strategy, platform version or service registries (docs/ecs-rules.md#externalServiceTaskSetMember). */
    EXTERNAL_SERVICE_TASK_SET_MEMBER(Aggregate.SERVICE, "CreateService", "InvalidParameterException",
            "{member} must be null.",
            "aws/aws-cdk#26335 quotes it for NetworkConfiguration; for LaunchType, CapacityProviderStrategy, PlatformVersion and ServiceRegistries the developer guide's deployment-type-external (\u201cAll other service parameters are specified when creating a task set\u201d), worded alike"),
    /** UpdateService: a CODE_DEPLOY service's task definition, network, load balancers and platform version change only through CodeDeploy (docs/ecs-rules.md#codeDeployServiceUpdate). */
    CODE_DEPLOY_SERVICE_UPDATE(Aggregate.SERVICE, "UpdateService", "InvalidParameterException",
            "Unable to update {what} on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.",
            "boto/boto3#1936 (task definition), hashicorp/terraform-provider-aws#8005 (network parameters), kayac/ecspresso#393 (load balancers), quoted; platform version by the UpdateService reference's list"),
    /** UpdateService: a CODE_DEPLOY service takes no forced deployment (docs/ecs-rules.md#codeDeployForceNewDeployment). */
    CODE_DEPLOY_FORCE_NEW_DEPLOYMENT(Aggregate.SERVICE, "UpdateService", "InvalidParameterException",
            "Cannot force a new deployment on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.",
            "CLI output quoted in several write-ups of CodeDeploy blue/green (also for a capacity provider strategy change)"),
    /** UpdateService: an EXTERNAL service's task definition, launch type, network, load balancers, platform, registries and forced deployments go through task sets (docs/ecs-rules.md#externalServiceUpdate). */
    EXTERNAL_SERVICE_UPDATE(Aggregate.SERVICE, "UpdateService", "InvalidParameterException",
            "Unable to update {what} on services with an EXTERNAL deployment controller. Create a new task set instead.",
            "BM-ECS (UpdateService: for the external controller only desired count, placement, grace period, managed tags and propagate tags; the rest through a new task set); wording ecskit's, modelled on CODE_DEPLOY's"),

    // ---- Express Gateway services ----------------------------------------------------------------
    /** CreateExpressGatewayService: an Express service runs either the container it describes or a task definition (docs/ecs-rules.md#expressContainerOrDefinition). */
    EXPRESS_CONTAINER_OR_DEFINITION(Aggregate.SERVICE, "CreateExpressGatewayService", "InvalidParameterException",
            "Specify either primaryContainer or taskDefinitionArn.",
            "ECS API reference, CreateExpressGatewayService (primaryContainer, taskDefinitionArn); wording ecskit's"),
    /** CreateExpressGatewayService, UpdateExpressGatewayService: a task definition given brings the container, roles, size and architecture itself (docs/ecs-rules.md#expressDefinitionExclusive). */
    EXPRESS_DEFINITION_EXCLUSIVE(Aggregate.SERVICE, "CreateExpressGatewayService, UpdateExpressGatewayService", "InvalidParameterException",
            "taskDefinitionArn cannot be combined with {member}.",
            "ECS API reference, CreateExpressGatewayService.taskDefinitionArn (not with primaryContainer, executionRoleArn, taskRoleArn, cpu, memory or cpuArchitecture); wording ecskit's"),
    /** CreateExpressGatewayService, UpdateExpressGatewayService: a task definition for an Express service has its Main container with one named TCP port (docs/ecs-rules.md#expressDefinitionMainContainer). */
    EXPRESS_DEFINITION_MAIN_CONTAINER(Aggregate.SERVICE, "CreateExpressGatewayService, UpdateExpressGatewayService", "InvalidParameterException",
            "The task definition must be compatible with FARGATE and have a container named Main with one TCP port mapping that has a containerPort and a name.",
            "ECS developer guide, Express mode with your own task definition; wording ecskit's"),
    /** DescribeExpressGatewayService: the Express service must exist (docs/ecs-rules.md#expressServiceFound). */
    EXPRESS_SERVICE_FOUND(Aggregate.SERVICE, "DescribeExpressGatewayService", "ResourceNotFoundException",
            "Could not find Express service {arn}.",
            "ECS API reference, DescribeExpressGatewayService errors (ResourceNotFoundException); wording ecskit's"),
    /** UpdateExpressGatewayService, DeleteExpressGatewayService, DescribeExpressGatewayService: the Express calls act on services ECS manages as Express services only (docs/ecs-rules.md#expressServiceOnly). */
    EXPRESS_SERVICE_ONLY(Aggregate.SERVICE, "UpdateExpressGatewayService, DeleteExpressGatewayService, DescribeExpressGatewayService", "InvalidParameterException",
            "The service {arn} is not an Express service: use UpdateService and DeleteService.",
            "ECS developer guide, Express mode (resourceManagementType ECS); wording ecskit's"),

    // ---- daemons -----------------------------------------------------------------------------------
    /** CreateDaemon, UpdateDaemon: a daemon runs only on Managed Instances capacity providers of its cluster (docs/ecs-rules.md#daemonManagedInstancesProviders). */
    DAEMON_MANAGED_INSTANCES_PROVIDERS(Aggregate.SERVICE, "CreateDaemon, UpdateDaemon", "InvalidParameterException",
            "Daemons are only supported on Amazon ECS Managed Instances capacity providers associated with the cluster: {arn} is not one.",
            "ECS API reference, CreateDaemon.capacityProviderArns (only supported for Amazon ECS Managed Instances capacity providers); wording ecskit's"),
    /** UpdateDaemon, DeleteDaemon, DescribeDaemon, ListDaemonDeployments: the daemon must exist (docs/ecs-rules.md#daemonFound). */
    DAEMON_FOUND(Aggregate.SERVICE, "UpdateDaemon, DeleteDaemon, DescribeDaemon, ListDaemonDeployments", "DaemonNotFoundException",
            "The daemon {arn} was not found.",
            "ECS API reference, DaemonNotFoundException; wording ecskit's"),
    /** DescribeDaemonTaskDefinition, DeleteDaemonTaskDefinition, CreateDaemon, UpdateDaemon: the daemon task definition revision must exist (docs/ecs-rules.md#daemonTaskDefinitionFound). */
    DAEMON_TASK_DEFINITION_FOUND(Aggregate.TASK_DEFINITION, "DescribeDaemonTaskDefinition, DeleteDaemonTaskDefinition, CreateDaemon, UpdateDaemon", "ClientException",
            "Unable to describe daemon task definition {ref}.",
            "ECS API reference, DescribeDaemonTaskDefinition (ClientException, as DescribeTaskDefinition answers an unknown revision); wording ecskit's"),
    /** DeleteDaemonTaskDefinition, CreateDaemon, UpdateDaemon: only an ACTIVE daemon task definition revision is used or deleted (docs/ecs-rules.md#daemonTaskDefinitionActive). */
    DAEMON_TASK_DEFINITION_ACTIVE(Aggregate.TASK_DEFINITION, "DeleteDaemonTaskDefinition, CreateDaemon, UpdateDaemon", "ClientException",
            "The daemon task definition {arn} is {status}: only an ACTIVE revision can be used or deleted.",
            "ECS API reference, DeleteDaemonTaskDefinition (must be ACTIVE); wording ecskit's"),
    /** DeleteDaemonTaskDefinition: deleting names one revision (docs/ecs-rules.md#daemonTaskDefinitionRevisionRequired). */
    DAEMON_TASK_DEFINITION_REVISION_REQUIRED(Aggregate.TASK_DEFINITION, "DeleteDaemonTaskDefinition", "ClientException",
            "A revision is required: give family:revision or the full ARN.",
            "ECS API reference, DeleteDaemonTaskDefinition.daemonTaskDefinition (family:revision or ARN); wording ecskit's"),

    // ---- gateways ----------------------------------------------------------------------------------
    /** UpdateGateway, DeleteGateway, DescribeGateway, AssociateGatewayWithCluster, DisassociateGatewayFromCluster, DescribeGatewayResources, ListGatewayRoutes: the gateway (name or ARN) must exist (docs/ecs-rules.md#gatewayFound). */
    GATEWAY_FOUND(Aggregate.ANY, "UpdateGateway, DeleteGateway, DescribeGateway, AssociateGatewayWithCluster, DisassociateGatewayFromCluster, DescribeGatewayResources, ListGatewayRoutes", "GatewayNotFoundException",
            "Could not find gateway {gateway}.",
            "ECS API reference, GatewayNotFoundException; wording ecskit's"),
    /** CreateGateway: a gateway's name is unique in the account and Region (docs/ecs-rules.md#gatewayNameTaken). */
    GATEWAY_NAME_TAKEN(Aggregate.ANY, "CreateGateway", "InvalidParameterException",
            "Could not create gateway {name}: the account already has a gateway of that name.",
            "ECS developer guide, gateways (a name is unique in the account and Region); wording ecskit's"),
    /** CreateGateway, UpdateGateway: a configuration sets its one type, hostSharedAlb (docs/ecs-rules.md#gatewayConfigurationOneType). */
    GATEWAY_CONFIGURATION_ONE_TYPE(Aggregate.ANY, "CreateGateway, UpdateGateway", "InvalidParameterException",
            "Exactly one gateway configuration type must be set (hostSharedAlb).",
            "BM-ECS (GatewayConfiguration is a union; hostSharedAlb its only member); wording ecskit's"),
    /** CreateGateway: a shared ALB gateway listens on HTTPS port 443 (docs/ecs-rules.md#gatewayListener). */
    GATEWAY_LISTENER(Aggregate.ANY, "CreateGateway", "InvalidParameterException",
            "hostSharedAlb gateways listen on HTTPS port 443 only: {member} {value} is not supported.",
            "ECS API reference, HostSharedAlbConfiguration (port: only 443; protocol: only HTTPS); wording ecskit's"),
    /** DeleteGateway: a gateway with deletion protection is not deleted (docs/ecs-rules.md#gatewayDeletionProtection). */
    GATEWAY_DELETION_PROTECTION(Aggregate.ANY, "DeleteGateway", "InvalidParameterException",
            "Deletion protection is enabled on gateway {gateway}: turn it off with UpdateGateway first.",
            "ECS API reference, DeleteGateway and CreateGateway.deletionProtection (true by default); wording ecskit's"),
    /** DeleteGateway: a gateway associated with clusters is not deleted (docs/ecs-rules.md#gatewayStillAssociated). */
    GATEWAY_STILL_ASSOCIATED(Aggregate.ANY, "DeleteGateway", "InvalidParameterException",
            "Cannot delete gateway {gateway} while it is associated with clusters: disassociate it first.",
            "ECS API reference, DeleteGateway (no association ACTIVE or DISASSOCIATING); wording ecskit's"),
    /** AssociateGatewayWithCluster: a cluster has at most 5 gateways (docs/ecs-rules.md#gatewaysPerCluster). */
    GATEWAYS_PER_CLUSTER(Aggregate.CLUSTER, "AssociateGatewayWithCluster", "InvalidParameterException",
            "A cluster can be associated with at most 5 gateways.",
            "ECS API reference, AssociateGatewayWithCluster (up to 5 gateways per cluster); wording ecskit's"),
    /** DisassociateGatewayFromCluster: only an existing association is removed (docs/ecs-rules.md#gatewayAssociationFound). */
    GATEWAY_ASSOCIATION_FOUND(Aggregate.CLUSTER, "DisassociateGatewayFromCluster", "ResourceNotFoundException",
            "No association of gateway {gateway} with cluster {cluster} exists.",
            "ECS API reference, DisassociateGatewayFromCluster (ResourceNotFoundException); wording ecskit's"),
    /** DescribeGatewayRoute: the gateway route must exist (docs/ecs-rules.md#gatewayRouteFound). */
    GATEWAY_ROUTE_FOUND(Aggregate.ANY, "DescribeGatewayRoute", "ResourceNotFoundException",
            "Could not find gateway route {arn}.",
            "ECS API reference, DescribeGatewayRoute (ResourceNotFoundException); wording ecskit's"),

    // ---- clusters and tasks ----------------------------------------------------------------------
    /** Every call taking a cluster: the cluster must exist (docs/ecs-rules.md#clusterFound). */
    CLUSTER_FOUND(Aggregate.CLUSTER, "every call taking a cluster", "ClusterNotFoundException",
            "Cluster not found.", "ECS-RULES §5"),
    /** DeleteCluster: refuses a cluster that still has active services (docs/ecs-rules.md#clusterWithoutServices). */
    CLUSTER_WITHOUT_SERVICES(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsServicesException",
            "The Cluster cannot be deleted while Services are active.", "ECS-RULES §5"),
    /** DeleteCluster: refuses a cluster that still has active tasks (docs/ecs-rules.md#clusterWithoutTasks). */
    CLUSTER_WITHOUT_TASKS(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsTasksException",
            "The Cluster cannot be deleted while Tasks are active.", "ECS-RULES §5"),
    /** DeleteCluster: refuses a cluster that still has registered container instances (docs/ecs-rules.md#clusterWithoutContainerInstances). */
    CLUSTER_WITHOUT_CONTAINER_INSTANCES(Aggregate.CLUSTER, "DeleteCluster", "ClusterContainsContainerInstancesException",
            "The Cluster cannot be deleted while Container Instances are active.", "ECS-RULES §5"),
    /** RunTask: {@code count} must be 1..10 (docs/ecs-rules.md#runTaskCount). */
    RUN_TASK_COUNT(Aggregate.TASK, "RunTask", "InvalidParameterException",
            "count must be between 1 and 10.", "RunTask API reference (count 1..10); wording ecskit's"),
    /** RunTask: the idempotency {@code clientToken} may be at most 64 characters (docs/ecs-rules.md#runTaskClientToken). */
    RUN_TASK_CLIENT_TOKEN(Aggregate.TASK, "RunTask", "InvalidParameterException",
            "clientToken must be at most 64 characters.", "ECS_Idempotency page; wording ecskit's"),
    /** RunTask, StartTask: each container override names a container of the task definition (docs/ecs-rules.md#overrideContainerFound). */
    OVERRIDE_CONTAINER_FOUND(Aggregate.TASK, "RunTask, StartTask", "InvalidParameterException",
            "Override for container named {name} is not a container in the TaskDefinition.",
            "azavea/django-ecsmanage#21 (quoted); an override without a name is refused as named null (ecskit's choice)"),
    /** RunTask, StartTask: a container is overridden at most once (docs/ecs-rules.md#overrideContainerOnce). */
    OVERRIDE_CONTAINER_ONCE(Aggregate.TASK, "RunTask, StartTask", "InvalidParameterException",
            "Container {name} is overridden more than once; give each container one override.",
            "ecskit's: which of two overrides ECS applies is not documented, so neither is dropped silently; wording ecskit's"),
    /** RunTask, StartTask: the overrides, written as JSON, are at most 8192 characters (docs/ecs-rules.md#containerOverridesLength). */
    CONTAINER_OVERRIDES_LENGTH(Aggregate.TASK, "RunTask, StartTask", "InvalidParameterException",
            "Container Overrides length must be at most 8192",
            "convox/rack#1906, Netflix/metaflow#1482 (quoted); RunTask API reference (8192 characters including the JSON formatting of the overrides)"),
    /** StopTask: the task must exist in the cluster (docs/ecs-rules.md#taskFound). */
    TASK_FOUND(Aggregate.TASK, "StopTask", "InvalidParameterException",
            "The referenced task was not found.", "StopTask answers for an unknown task"),
    /** DeregisterContainerInstance: the container instance must exist in the cluster (docs/ecs-rules.md#containerInstanceFound). */
    CONTAINER_INSTANCE_FOUND(Aggregate.CLUSTER, "DeregisterContainerInstance", "InvalidParameterException",
            "The referenced container instance {instance} was not found.", "DeregisterContainerInstance answers for an unknown instance"),

    // ---- ECR -----------------------------------------------------------------------------------
    /** Every ECR call taking {@code repositoryName}: lower-case letters and digits in {@code /}-separated parts joined by {@code .}, {@code _} or {@code -} (docs/ecs-rules.md#repositoryNameFormat). */
    REPOSITORY_NAME_FORMAT(Aggregate.ECR, "every ECR call taking repositoryName", "InvalidParameterException",
            "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''",
            "BM-ECR; ECR's wording"),
    /** ECR PutImage, BatchGetImage: an image tag must be 1..300 characters (docs/ecs-rules.md#imageTagLength). */
    IMAGE_TAG_LENGTH(Aggregate.ECR, "PutImage, BatchGetImage", "InvalidParameterException",
            "Invalid parameter at 'imageTag' failed to satisfy constraint: 'Member must have length between 1 and 300'", "BM-ECR"),
    /** ECR PutImage, BatchGetImage: an image digest must be {@code sha256:} and 64 hex digits (docs/ecs-rules.md#imageDigestFormat). */
    IMAGE_DIGEST_FORMAT(Aggregate.ECR, "PutImage, BatchGetImage", "InvalidParameterException",
            "Invalid parameter at 'imageDigest' failed to satisfy constraint: 'must be sha256: and 64 hex digits'", "BM-ECR"),
    /** ECR CreateRepository: the registry already has a repository of that name (docs/ecs-rules.md#repositoryNameUnique). */
    REPOSITORY_NAME_UNIQUE(Aggregate.ECR, "CreateRepository", "RepositoryAlreadyExistsException",
            "The repository with name '{repository}' already exists in the registry with id '{registry}'", "ECS-RULES §6"),
    /** Every ECR call taking {@code repositoryName}: the repository must exist in the registry (docs/ecs-rules.md#repositoryFound). */
    REPOSITORY_FOUND(Aggregate.ECR, "every ECR call taking repositoryName", "RepositoryNotFoundException",
            "The repository with name '{repository}' does not exist in the registry with id '{registry}'", "ECS-RULES §6"),
    /** ECR DeleteRepository: refuses a repository that still holds images (unless forced) (docs/ecs-rules.md#repositoryEmptyBeforeDelete). */
    REPOSITORY_EMPTY_BEFORE_DELETE(Aggregate.ECR, "DeleteRepository", "RepositoryNotEmptyException",
            "The repository with name '{repository}' in registry with id '{registry}' cannot be deleted because it still contains images",
            "ECS-RULES §6"),
    /** ECR PutImage: a tag of an IMMUTABLE repository may not be moved to another image (docs/ecs-rules.md#immutableTagNotOverwritten). */
    IMMUTABLE_TAG_NOT_OVERWRITTEN(Aggregate.ECR, "PutImage", "ImageTagAlreadyExistsException",
            "The image tag '{tag}' already exists in the '{repository}' repository and cannot be overwritten because the repository is immutable.",
            "ECS-RULES §6"),
    /** ECR PutImage: a digest given must be the manifest's (docs/ecs-rules.md#imageDigestMatches). */
    IMAGE_DIGEST_MATCHES(Aggregate.ECR, "PutImage", "ImageDigestDoesNotMatchException",
            "The specified image digest {given} does not match the digest ECR calculated for the manifest, {computed}.",
            "BM-ECR (ImageDigestDoesNotMatchException: the digest given does not match the one ECR computes); wording ecskit's"),
    /** ECR PutImage: the same manifest with the same tag (or untagged twice) is refused (docs/ecs-rules.md#imageAlreadyExists). */
    IMAGE_ALREADY_EXISTS(Aggregate.ECR, "PutImage", "ImageAlreadyExistsException",
            "Image with digest '{digest}' and tag '{tag}' already exists in the repository with name '{repository}' in registry with id '{registry}'",
            "BM-ECR (ImageAlreadyExistsException: the image has already been pushed, and there were no changes to the manifest or image tag); wording as ECR's re-tagging errors read"),
    /** ECR registry pushes: the registry authorization token is valid for 12 hours, then refused (AccessDeniedException) (docs/ecs-rules.md#authorizationTokenValid). */
    AUTHORIZATION_TOKEN_VALID(Aggregate.ECR, "registry pushes", "AccessDeniedException",
            "Your authorization token has expired. Reauthenticate and try again.", "ECR registry answer after 12 h"),
    /** ECR GetRepositoryPolicy, DeleteRepositoryPolicy: the repository has no policy (docs/ecs-rules.md#repositoryPolicyFound). */
    REPOSITORY_POLICY_FOUND(Aggregate.ECR, "GetRepositoryPolicy, DeleteRepositoryPolicy", "RepositoryPolicyNotFoundException",
            "Repository policy does not exist for the repository with name '{repository}' in the registry with id '{registry}'",
            "ECR's wording as moto's ecr/exceptions.py copies it"),
    /** ECR GetRegistryPolicy, DeleteRegistryPolicy: the registry has no policy (docs/ecs-rules.md#registryPolicyFound). */
    REGISTRY_POLICY_FOUND(Aggregate.ECR, "GetRegistryPolicy, DeleteRegistryPolicy", "RegistryPolicyNotFoundException",
            "Registry policy does not exist in the registry with id '{registry}'", "ECR's wording as moto's ecr/exceptions.py copies it"),
    /** ECR SetRepositoryPolicy, PutRegistryPolicy: the policy must be a JSON policy document with statements, at most 10,240 characters (docs/ecs-rules.md#policyTextValid). */
    POLICY_TEXT_VALID(Aggregate.ECR, "SetRepositoryPolicy, PutRegistryPolicy", "InvalidParameterException",
            "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid {kind} policy provided'",
            "ECR's wording as moto's ecr/models.py copies it; the length limit from the SDK's model (policyText: 0..10240)"),
    /** ECR TagResource, UntagResource, ListTagsForResource: the ARN must be an ECR repository's (docs/ecs-rules.md#ecrResourceArnValid). */
    ECR_RESOURCE_ARN_VALID(Aggregate.ECR, "TagResource, UntagResource, ListTagsForResource (ECR)", "InvalidParameterException",
            "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'", "ECR's wording as moto's ecr/models.py copies it"),
    /** ECR TagResource, CreateRepository: at most 50 tags on a repository (docs/ecs-rules.md#ecrTagsAtMostFifty). */
    ECR_TAGS_AT_MOST_FIFTY(Aggregate.ECR, "TagResource, CreateRepository (ECR)", "TooManyTagsException",
            "The list of tags on the repository is over the limit. The maximum number of tags that can be applied to a repository is 50.",
            "ECR API reference, TooManyTagsException"),
    /** ECR TagResource, CreateRepository: tag keys 1..128, values 0..256 characters (docs/ecs-rules.md#ecrTagFormat). */
    ECR_TAG_FORMAT(Aggregate.ECR, "TagResource, CreateRepository (ECR)", "InvalidTagParameterException",
            "An invalid parameter has been specified. Tag keys can have a maximum character length of 128 characters, and tag values can have a maximum length of 256 characters.",
            "ECR API reference, InvalidTagParameterException"),
    /** ECR GetLifecyclePolicy, DeleteLifecyclePolicy, StartLifecyclePolicyPreview: the repository has no lifecycle policy (docs/ecs-rules.md#lifecyclePolicyFound). */
    LIFECYCLE_POLICY_FOUND(Aggregate.ECR, "GetLifecyclePolicy, DeleteLifecyclePolicy, StartLifecyclePolicyPreview", "LifecyclePolicyNotFoundException",
            "Lifecycle policy does not exist for the repository with name '{repository}' in the registry with id '{registry}'",
            "ECR's wording as moto's ecr/exceptions.py copies it"),
    /** ECR GetLifecyclePolicyPreview: no preview was started for the repository (docs/ecs-rules.md#lifecyclePreviewFound). */
    LIFECYCLE_PREVIEW_FOUND(Aggregate.ECR, "GetLifecyclePolicyPreview", "LifecyclePolicyPreviewNotFoundException",
            "There is no dry run for this repository.", "ECR API reference, LifecyclePolicyPreviewNotFoundException"),
    /** ECR PutLifecyclePolicy, StartLifecyclePolicyPreview: the policy must follow ECR's lifecycle policy schema and rules (docs/ecs-rules.md#lifecyclePolicyValid). */
    LIFECYCLE_POLICY_VALID(Aggregate.ECR, "PutLifecyclePolicy, StartLifecyclePolicyPreview", "InvalidParameterException",
            "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: {problem}'",
            "ECR's wording as moto's ecr/policy_validation.py copies it; the problems follow ECR's lifecycle policy page (priorities unique, "
                    + "tagged rules name prefixes or patterns, an 'any' rule last, countUnit days only with sinceImagePushed)"),
    /** ECR DescribeImages (with imageIds), StartImageScan, DescribeImageScanFindings: the image named must be in the repository (docs/ecs-rules.md#imageIdFound). */
    IMAGE_ID_FOUND(Aggregate.ECR, "DescribeImages (with imageIds), StartImageScan, DescribeImageScanFindings, UpdateImageStorageClass", "ImageNotFoundException",
            "The image with imageId {imageId} does not exist within the repository with name '{repository}' in the registry with id '{registry}'",
            "ECR's wording as moto's ecr/exceptions.py copies it"),
    /** ECR StartReplicationBackfill: the destination must be in the replication configuration (docs/ecs-rules.md#backfillDestinationConfigured). */
    BACKFILL_DESTINATION_CONFIGURED(Aggregate.ECR, "StartReplicationBackfill", "ValidationException",
            "The destination {region}/{registryId} is not in the registry's replication configuration",
            "ECR API reference (StartReplicationBackfill: the destination must already be configured); wording ecskit's"),
    /** ECR StartReplicationBackfill: one backfill in progress per destination Region (docs/ecs-rules.md#backfillOnePerRegion). */
    BACKFILL_ONE_PER_REGION(Aggregate.ECR, "StartReplicationBackfill", "ReplicationBackfillInProgressException",
            "A replication backfill to the Region {region} is already in progress", "ECR API reference (StartReplicationBackfill); wording ecskit's"),
    /** ECR StartReplicationBackfill: at most 10 in progress in a registry (docs/ecs-rules.md#backfillLimit). */
    BACKFILL_LIMIT(Aggregate.ECR, "StartReplicationBackfill", "LimitExceededException",
            "A registry can have at most 10 replication backfills in progress at once", "ECR API reference (StartReplicationBackfill); wording ecskit's"),
    /** ECR StopReplicationBackfill, DescribeReplicationBackfillResults: the backfill must exist (docs/ecs-rules.md#backfillFound). */
    BACKFILL_FOUND(Aggregate.ECR, "StopReplicationBackfill, DescribeReplicationBackfillResults", "ReplicationBackfillNotFoundException",
            "The replication backfill with id '{id}' does not exist in the registry with id '{registry}'", "ECR API reference (ReplicationBackfillNotFoundException); wording ecskit's, after ECR's other not-found messages"),
    /** ECR StopReplicationBackfill: only a PREPARING or IN_PROGRESS backfill stops (docs/ecs-rules.md#backfillStoppable). */
    BACKFILL_STOPPABLE(Aggregate.ECR, "StopReplicationBackfill", "ReplicationBackfillInvalidStatusException",
            "The replication backfill '{id}' is {status}: only a PREPARING or IN_PROGRESS backfill can be stopped",
            "ECR user guide, replication backfill (only PREPARING or IN_PROGRESS can be stopped); wording ecskit's"),
    /** ECR UpdateImageStorageClass: ARCHIVE of an ACTIVE image, STANDARD (restore) of an ARCHIVED one (docs/ecs-rules.md#imageStorageClassUpdate). */
    IMAGE_STORAGE_CLASS_UPDATE(Aggregate.ECR, "UpdateImageStorageClass", "ImageStorageClassUpdateNotSupportedException",
            "The requested image storage class update is not supported: {targetStorageClass} for an image that is {status}",
            "ECR API reference (ImageStorageClassUpdateNotSupportedException's documentation, quoted; the reason after the colon ecskit's)"),
    /** ECR StartImageScan: an archived image is not scanned (docs/ecs-rules.md#imageArchivedNotScanned). */
    IMAGE_ARCHIVED_NOT_SCANNED(Aggregate.ECR, "StartImageScan", "ImageArchivedException",
            "The specified image is archived and cannot be scanned.", "ECR API reference (ImageArchivedException's documentation, quoted)"),
    /** ECR DescribeImageScanFindings: the image was never scanned (docs/ecs-rules.md#imageScanFound). */
    IMAGE_SCAN_FOUND(Aggregate.ECR, "DescribeImageScanFindings", "ScanNotFoundException",
            "Image scan does not exist for the image with '{imageId}' in the repository with name '{repository}' in the registry with id '{registry}'",
            "ECR's wording as moto's ecr/exceptions.py copies it"),
    /** ECR StartImageScan: basic scanning scans an image at most once a day (docs/ecs-rules.md#imageScanOncePerDay). */
    IMAGE_SCAN_ONCE_PER_DAY(Aggregate.ECR, "StartImageScan", "LimitExceededException",
            "The scan quota per image has been exceeded. Wait and try again.",
            "ECR user guide, basic scanning (an image can be scanned once every 24 hours); ECR's wording as users quote it"),
    /** ECR CreatePullThroughCacheRule: one rule per repository prefix (docs/ecs-rules.md#pullThroughCacheRuleUnique). */
    PULL_THROUGH_CACHE_RULE_UNIQUE(Aggregate.ECR, "CreatePullThroughCacheRule", "PullThroughCacheRuleAlreadyExistsException",
            "A pull through cache rule with these settings already exists for the private registry.",
            "ECR API reference, PullThroughCacheRuleAlreadyExistsException"),
    /** ECR Describe/Delete/Update/ValidatePullThroughCacheRule: the prefix must have a rule (docs/ecs-rules.md#pullThroughCacheRuleFound). */
    PULL_THROUGH_CACHE_RULE_FOUND(Aggregate.ECR, "DescribePullThroughCacheRules, DeletePullThroughCacheRule, UpdatePullThroughCacheRule, ValidatePullThroughCacheRule",
            "PullThroughCacheRuleNotFoundException",
            "The pull through cache rule was not found. Specify a valid pull through cache rule and try again.",
            "ECR API reference, PullThroughCacheRuleNotFoundException"),
    /** ECR CreatePullThroughCacheRule: Docker Hub, GitHub, Azure and GitLab upstreams need a Secrets Manager credential (docs/ecs-rules.md#pullThroughCacheCredential). */
    PULL_THROUGH_CACHE_CREDENTIAL(Aggregate.ECR, "CreatePullThroughCacheRule, UpdatePullThroughCacheRule", "InvalidParameterException",
            "A credentialArn is required for the upstream registry {upstream}: store its credentials in a Secrets Manager secret whose name starts with ecr-pullthroughcache/.",
            "ECR user guide, pull through cache rules (which upstreams need authentication, secret name prefix); wording ecskit's"),
    /** ECR PutReplicationConfiguration: at most 10 rules, 25 destinations in all, 100 filters per rule, never the registry's own region and account (docs/ecs-rules.md#replicationConfigurationValid). */
    REPLICATION_CONFIGURATION_VALID(Aggregate.ECR, "PutReplicationConfiguration", "InvalidParameterException",
            "Invalid parameter at 'replicationConfiguration' failed to satisfy constraint: '{problem}'",
            "ECR API reference (ReplicationConfiguration: 1..10 rules; 25 unique destinations; 100 filters) and user guide (no replication to the same region and account); the wording's frame as moto copies it"),
    /** ECR CreateRepository, PutImageTagMutability: exclusion filters go with, and only with, the _WITH_EXCLUSION settings, 1..5 of them (docs/ecs-rules.md#tagMutabilityExclusionFilters). */
    TAG_MUTABILITY_EXCLUSION_FILTERS(Aggregate.ECR, "CreateRepository, PutImageTagMutability", "InvalidParameterException",
            "Invalid parameter at 'imageTagMutabilityExclusionFilters' failed to satisfy constraint: '{problem}'",
            "ECR's wording as moto's ecr/models.py copies it; ECR API reference (ImageTagMutabilityExclusionFilter: 1..5, WILDCARD, 1..128 characters)"),
    /** ECR CreateRepositoryCreationTemplate: one template per prefix (docs/ecs-rules.md#creationTemplateUnique). */
    CREATION_TEMPLATE_UNIQUE(Aggregate.ECR, "CreateRepositoryCreationTemplate", "TemplateAlreadyExistsException",
            "The repository creation template already exists. Specify a unique prefix and try again.",
            "ECR API reference, TemplateAlreadyExistsException"),
    /** ECR Describe/Update/DeleteRepositoryCreationTemplate: the prefix must have a template (docs/ecs-rules.md#creationTemplateFound). */
    CREATION_TEMPLATE_FOUND(Aggregate.ECR, "DescribeRepositoryCreationTemplates, UpdateRepositoryCreationTemplate, DeleteRepositoryCreationTemplate",
            "TemplateNotFoundException",
            "The specified repository creation template can't be found. Verify the registry ID and prefix and try again.",
            "ECR API reference, TemplateNotFoundException"),
    /** ECR CreateRepositoryCreationTemplate: the prefix is ROOT or a repository name (prefix), and appliedFor is given (docs/ecs-rules.md#creationTemplatePrefix). */
    CREATION_TEMPLATE_PREFIX(Aggregate.ECR, "CreateRepositoryCreationTemplate", "InvalidParameterException",
            "Invalid parameter at 'prefix' failed to satisfy constraint: 'must be ROOT or a repository name prefix of 1 to 256 characters'",
            "ECR API reference (Prefix: 1..256, ROOT or a repository name pattern); wording ecskit's"),
    /** ECR GetSigningConfiguration, DeleteSigningConfiguration: the registry has a signing configuration (docs/ecs-rules.md#signingConfigurationFound). */
    SIGNING_CONFIGURATION_FOUND(Aggregate.ECR, "GetSigningConfiguration, DeleteSigningConfiguration", "SigningConfigurationNotFoundException",
            "The specified signing configuration was not found. This occurs when attempting to retrieve or delete a signing configuration that does not exist.",
            "ECR API reference, SigningConfigurationNotFoundException"),
    /** ECR RegisterPullTimeUpdateExclusion: a principal is excluded once (docs/ecs-rules.md#pullTimeExclusionUnique). */
    PULL_TIME_EXCLUSION_UNIQUE(Aggregate.ECR, "RegisterPullTimeUpdateExclusion", "ExclusionAlreadyExistsException",
            "The specified pull time update exclusion already exists for the registry.", "ECR API reference, ExclusionAlreadyExistsException"),
    /** ECR DeregisterPullTimeUpdateExclusion: the principal must be excluded (docs/ecs-rules.md#pullTimeExclusionFound). */
    PULL_TIME_EXCLUSION_FOUND(Aggregate.ECR, "DeregisterPullTimeUpdateExclusion", "ExclusionNotFoundException",
            "The specified pull time update exclusion was not found.", "ECR API reference, ExclusionNotFoundException"),
    /** ECR RegisterPullTimeUpdateExclusion: an IAM role or user of an account, at most 100 (docs/ecs-rules.md#pullTimeExclusionValid). */
    PULL_TIME_EXCLUSION_VALID(Aggregate.ECR, "RegisterPullTimeUpdateExclusion", "InvalidParameterException",
            "Invalid parameter at 'principalArn' failed to satisfy constraint: '{problem}'",
            "ECR API reference (PrincipalArn: an IAM role or user ARN, at most 200 characters; at most 100 exclusions); wording ecskit's"),
    /** ECR PutAccountSetting: the setting and value ECR knows (docs/ecs-rules.md#ecrAccountSettingValid). */
    ECR_ACCOUNT_SETTING_VALID(Aggregate.ECR, "PutAccountSetting, GetAccountSetting (ECR)", "InvalidParameterException",
            "Invalid account setting: {problem}",
            "ECR API reference, PutAccountSetting (BASIC_SCAN_TYPE_VERSION: AWS_NATIVE or CLAIR; REGISTRY_POLICY_SCOPE: V1 or V2; BLOB_MOUNTING: ENABLED or DISABLED); wording ecskit's"),
    /** ECR UploadLayerPart, CompleteLayerUpload: the upload id must be one InitiateLayerUpload opened in this repository and not yet completed (docs/ecs-rules.md#layerUploadFound). */
    LAYER_UPLOAD_FOUND(Aggregate.ECR, "UploadLayerPart, CompleteLayerUpload", "UploadNotFoundException",
            "The upload could not be found, or the specified upload ID is not valid for this repository.",
            "ECR API reference, UploadNotFoundException"),
    /** ECR UploadLayerPart: parts come in order, each starting at the byte after the last one received, and the range must match the part's size (docs/ecs-rules.md#layerPartConsecutive). */
    LAYER_PART_CONSECUTIVE(Aggregate.ECR, "UploadLayerPart", "InvalidLayerPartException",
            "The layer part size is not valid, or the first byte specified is not consecutive to the last byte of a previous layer part upload. Last valid byte received: {lastByte}.",
            "ECR API reference, InvalidLayerPartException (which carries lastValidByteReceived); the last sentence ecskit's"),
    /** ECR CompleteLayerUpload: an upload with no part cannot complete (docs/ecs-rules.md#layerUploadNotEmpty). */
    LAYER_UPLOAD_NOT_EMPTY(Aggregate.ECR, "CompleteLayerUpload", "EmptyUploadException",
            "The specified layer upload does not contain any layer parts.", "ECR API reference, EmptyUploadException"),
    /** ECR CompleteLayerUpload: the digest named must be the sha256 of the bytes uploaded (docs/ecs-rules.md#layerDigestMatches). */
    LAYER_DIGEST_MATCHES(Aggregate.ECR, "CompleteLayerUpload", "InvalidLayerException",
            "The layer digest calculation performed by Amazon ECR upon receipt of the image layer does not match the digest specified.",
            "ECR API reference, InvalidLayerException"),
    /** ECR CompleteLayerUpload: a layer the repository already holds is not stored twice (docs/ecs-rules.md#layerNew). */
    LAYER_NEW(Aggregate.ECR, "CompleteLayerUpload", "LayerAlreadyExistsException",
            "The image layer already exists in the associated repository.",
            "ECR API reference, LayerAlreadyExistsException (the registry endpoint answers 201 for it, as registries do)"),
    /** ECR PutImage, GetDownloadUrlForLayer: every layer and config blob an image manifest references must have been uploaded to the repository (docs/ecs-rules.md#layersFound). */
    LAYERS_FOUND(Aggregate.ECR, "PutImage, GetDownloadUrlForLayer", "LayersNotFoundException",
            "The specified layers could not be found, or the specified layer is not valid for this repository. Missing: {digests}",
            "ECR API reference, LayersNotFoundException; the digests named are ecskit's addition"),
    /** ECR GetDownloadUrlForLayer: a layer no image of the repository references is not served (docs/ecs-rules.md#layerAssociated). */
    LAYER_ASSOCIATED(Aggregate.ECR, "GetDownloadUrlForLayer", "LayerInaccessibleException",
            "The specified layer is not available because it is not associated with an image. Unassociated image layers may be cleaned up at any time.",
            "ECR API reference, LayerInaccessibleException"),
    /** ECR PutImage: every image a manifest list (image index) names must be in the repository (docs/ecs-rules.md#referencedImagesFound). */
    REFERENCED_IMAGES_FOUND(Aggregate.ECR, "PutImage", "ReferencedImagesNotFoundException",
            "The manifest list is referencing an image that does not exist. Missing: {digests}",
            "ECR API reference, ReferencedImagesNotFoundException; the digests named are ecskit's addition"),
    /** ecskit's in-memory registry: layer content is kept in the heap, so a region holds a bounded amount (docs/ecs-rules.md#registryStorageLimit). */
    REGISTRY_STORAGE_LIMIT(Aggregate.ECR, "UploadLayerPart, registry pushes", "LimitExceededException",
            "ecskit's in-memory registry holds at most {max} bytes of layer content per region; this upload would take it to {total}.",
            "ecskit's own limit (the heap holds what is pushed); wording ecskit's"),
    /** CreateService, UpdateService, RunTask: the subnets of an awsvpc configuration are in one VPC (docs/ecs-rules.md#subnetsInOneVpc). */
    SUBNETS_IN_ONE_VPC(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Subnets must all be in the same VPC: {subnets}", "ECS API reference, AwsVpcConfiguration (all subnets from the same VPC); wording ecskit's (no quote of ECS's found)"),
    /** CreateService, UpdateService, RunTask: the security groups are in the subnets' VPC (docs/ecs-rules.md#securityGroupsInSubnetsVpc). */
    SECURITY_GROUPS_IN_SUBNETS_VPC(Aggregate.SERVICE, "CreateService, UpdateService, RunTask", "InvalidParameterException",
            "Security group {securityGroup} does not appear to belong to the same VPC as the input subnets.",
            "ECS's RunTask answer quoted in one public test script; ECS API reference, AwsVpcConfiguration (groups from the same VPC)"),
    /** Task start, as the task's {@code stoppedReason}: the image's repository or tag cannot be pulled (the in-memory backend: not pushed to its own ECR host) (docs/ecs-rules.md#imagePullable). */
    IMAGE_PULLABLE(Aggregate.TASK, "task start (stoppedReason)", "CannotPullContainerError",
            "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref {image}: {image}: not found",
            "Fargate platform 1.4 stoppedReason for a missing repository or tag (ECS 'stopped-task-errors' page); the in-memory backend applies it to images on its own ECR host that were not pushed"),

    // ---- CloudWatch Logs -----------------------------------------------------------------------
    /** Every CloudWatch Logs call taking {@code logGroupName}: 1..512 of letters, digits and {@code ._-/#} (docs/ecs-rules.md#logGroupNameFormat). */
    LOG_GROUP_NAME_FORMAT(Aggregate.LOGS, "every Logs call taking logGroupName", "InvalidParameterException",
            "1 validation error detected: Value '{logGroupName}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
            "BM-LOGS"),
    /** CloudWatch Logs CreateLogGroup: names starting with {@code aws/} are reserved for AWS services (docs/ecs-rules.md#logGroupNameReserved). */
    LOG_GROUP_NAME_RESERVED(Aggregate.LOGS, "CreateLogGroup", "InvalidParameterException",
            "Log group names starting with 'aws/' are reserved for AWS services.", "ECS-RULES §7"),
    /** Every CloudWatch Logs call taking {@code logStreamName}: 1..512 characters, none of them {@code :} or {@code *} (docs/ecs-rules.md#logStreamNameFormat). */
    LOG_STREAM_NAME_FORMAT(Aggregate.LOGS, "every Logs call taking logStreamName", "InvalidParameterException",
            "1 validation error detected: Value '{logStreamName}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*",
            "BM-LOGS"),
    /** CloudWatch Logs PutRetentionPolicy: {@code retentionInDays} must be one of the values Logs offers (see {@code logs.RetentionDays.ALLOWED}) (docs/ecs-rules.md#retentionDays). */
    RETENTION_DAYS(Aggregate.LOGS, "PutRetentionPolicy", "InvalidParameterException",
            "1 validation error detected: Value '{days}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: {allowed}",
            "BM-LOGS"),
    /** CloudWatch Logs CreateLogGroup: the log group already exists (docs/ecs-rules.md#logGroupUnique). */
    LOG_GROUP_UNIQUE(Aggregate.LOGS, "CreateLogGroup", "ResourceAlreadyExistsException",
            "The specified log group already exists", "ECS-RULES §7"),
    /** CloudWatch Logs CreateLogStream: the log stream already exists in the group (docs/ecs-rules.md#logStreamUnique). */
    LOG_STREAM_UNIQUE(Aggregate.LOGS, "CreateLogStream", "ResourceAlreadyExistsException",
            "The specified log stream already exists", "CreateLogStream API reference"),
    /** Every CloudWatch Logs call taking {@code logGroupName}: the log group must exist (docs/ecs-rules.md#logGroupFound). */
    LOG_GROUP_FOUND(Aggregate.LOGS, "every Logs call taking logGroupName", "ResourceNotFoundException",
            "The specified log group does not exist.", "ECS-RULES §7"),
    /** CloudWatch Logs GetLogEvents, PutLogEvents: the log stream must exist in the group (docs/ecs-rules.md#logStreamFound). */
    LOG_STREAM_FOUND(Aggregate.LOGS, "GetLogEvents, PutLogEvents", "ResourceNotFoundException",
            "The specified log stream does not exist.", "GetLogEvents API reference"),
    /** CloudWatch Logs TagResource, TagLogGroup, CreateLogGroup: at most 50 tags on a log group (docs/ecs-rules.md#logTagsAtMostFifty). */
    LOG_TAGS_AT_MOST_FIFTY(Aggregate.LOGS, "TagResource, TagLogGroup, CreateLogGroup (Logs)", "TooManyTagsException",
            "A resource can have no more than 50 tags.", "CloudWatch Logs API reference, TooManyTagsException (50 tags per resource); wording ecskit's"),
    /** CloudWatch Logs TagResource, UntagResource, ListTagsForResource: the ARN must be a log group's of this account and region (docs/ecs-rules.md#logResourceArnValid). */
    LOG_RESOURCE_ARN_VALID(Aggregate.LOGS, "TagResource, UntagResource, ListTagsForResource (Logs)", "InvalidParameterException",
            "Invalid resourceArn: {arn} is not a log group of this account and region.", "CloudWatch Logs API reference (resourceArn); wording ecskit's"),
    /** CloudWatch Logs FilterLogEvents, PutMetricFilter, PutSubscriptionFilter, TestMetricFilter: the pattern must parse (docs/ecs-rules.md#filterPatternValid). */
    FILTER_PATTERN_VALID(Aggregate.LOGS, "FilterLogEvents, PutMetricFilter, PutSubscriptionFilter, TestMetricFilter", "InvalidParameterException",
            "Invalid filter pattern: {problem}", "CloudWatch Logs filter pattern syntax (user guide); wording ecskit's"),
    /** CloudWatch Logs DeleteMetricFilter: the filter must exist in the group (docs/ecs-rules.md#metricFilterFound). */
    METRIC_FILTER_FOUND(Aggregate.LOGS, "DeleteMetricFilter", "ResourceNotFoundException",
            "The specified metric filter does not exist.", "CloudWatch Logs' wording for a missing resource, as for log groups and streams"),
    /** CloudWatch Logs DeleteSubscriptionFilter: the filter must exist in the group (docs/ecs-rules.md#subscriptionFilterFound). */
    SUBSCRIPTION_FILTER_FOUND(Aggregate.LOGS, "DeleteSubscriptionFilter", "ResourceNotFoundException",
            "The specified subscription filter does not exist.", "CloudWatch Logs' wording for a missing resource, as for log groups and streams"),
    /** CloudWatch Logs PutMetricFilter, PutSubscriptionFilter: at most 100 metric filters and 2 subscription filters per log group (docs/ecs-rules.md#logFiltersPerGroup). */
    LOG_FILTERS_PER_GROUP(Aggregate.LOGS, "PutMetricFilter, PutSubscriptionFilter", "LimitExceededException",
            "Resource limit exceeded.", "CloudWatch Logs quotas (100 metric filters, 2 subscription filters per log group); the exception's wording as moto copies it"),

    // ---- EC2 networking (issue 25 item 2) ----------------------------------------------------------
    /** EC2 CreateVpc: an IPv4 block of /16 to /28 (docs/ecs-rules.md#vpcCidrValid). */
    VPC_CIDR_VALID(Aggregate.NETWORK, "CreateVpc", "InvalidVpc.Range",
            "The CIDR '{cidr}' is invalid.", "Amazon VPC user guide (VPC sizes /16 to /28); EC2's answer quoted in public reports (grycap/im#1011, trailofbits/algo#340)"),
    /** EC2 CreateVpc, CreateSubnet: {@code a.b.c.d/n}; host bits are cleared, as EC2 does (docs/ecs-rules.md#cidrBlockFormat). */
    CIDR_BLOCK_FORMAT(Aggregate.NETWORK, "CreateVpc, CreateSubnet", "InvalidParameterValue",
            "Value ({cidr}) for parameter cidrBlock is invalid. This is not a valid CIDR block.",
            "EC2's answer asserted by a test against real AWS (EC-EC2 plugin) and quoted by aws-controllers-k8s; canonical blocks: EC2 API reference, CreateVpc"),
    /** EC2 CreateSubnet: an IPv4 block of /16 to /28 inside its VPC's (docs/ecs-rules.md#subnetCidrValid). */
    SUBNET_CIDR_VALID(Aggregate.NETWORK, "CreateSubnet", "InvalidSubnet.Range",
            "The CIDR '{cidr}' is invalid.", "Amazon VPC user guide (subnet sizes /16 to /28, inside the VPC's block); EC2's answer quoted in pulumi/pulumi-awsx#111"),
    /** EC2 CreateSubnet: a block overlapping no other subnet of the VPC (docs/ecs-rules.md#subnetCidrFree). */
    SUBNET_CIDR_FREE(Aggregate.NETWORK, "CreateSubnet", "InvalidSubnet.Conflict",
            "The CIDR '{cidr}' conflicts with another subnet", "Amazon VPC user guide (subnet blocks cannot overlap); EC2's answer quoted in hashicorp/terraform#33470"),
    /** EC2 CreateVpc, CreateSubnet, CreateSecurityGroup: a block is required (there are no IPAM pools in the simulation), a group needs a description (docs/ecs-rules.md#parameterRequired). */
    PARAMETER_REQUIRED(Aggregate.NETWORK, "CreateVpc, CreateSubnet, CreateSecurityGroup", "MissingParameter",
            "The request must contain the parameter {parameter}", "EC2 API reference (CidrBlock, or an IPAM pool; GroupDescription); EC2's MissingParameter wording, quoted for GroupDescription in getmoto/moto#112"),
    /** EC2 CreateSubnet: an Availability Zone of the region, by name or AZ ID (docs/ecs-rules.md#availabilityZoneValid). */
    AVAILABILITY_ZONE_VALID(Aggregate.NETWORK, "CreateSubnet", "InvalidParameterValue",
            "Value ({zone}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: {zones}.",
            "EC2's answer quoted in boto/boto#1904 and crossplane-contrib/provider-aws#1048 (the region's own zones)"),
    /** EC2 CreateSubnet, CreateSecurityGroup, DescribeVpcs, DeleteVpc: the VPC must exist (docs/ecs-rules.md#vpcFound). */
    VPC_FOUND(Aggregate.NETWORK, "CreateSubnet, CreateSecurityGroup, DescribeVpcs, DeleteVpc", "InvalidVpcID.NotFound",
            "The vpc ID '{vpcId}' does not exist", "EC2's answer quoted in hashicorp/terraform-aws-consul#29 and kubernetes-sigs/aws-load-balancer-controller#1188"),
    /** EC2 DescribeSubnets, DeleteSubnet: the subnet must exist (docs/ecs-rules.md#subnetFound). */
    SUBNET_FOUND(Aggregate.NETWORK, "DescribeSubnets, DeleteSubnet", "InvalidSubnetID.NotFound",
            "The subnet ID '{subnetId}' does not exist", "EC2's answer quoted in jschementi/riker#42 (raw XML); the wording ECS quotes in rule subnetExists"),
    /** EC2 DescribeSecurityGroups, DeleteSecurityGroup: the group must exist (docs/ecs-rules.md#securityGroupFound). */
    SECURITY_GROUP_FOUND(Aggregate.NETWORK, "DescribeSecurityGroups, DeleteSecurityGroup", "InvalidGroup.NotFound",
            "The security group '{groupId}' does not exist", "EC2's answer quoted in boto/boto3#701; the wording ECS quotes in rule securityGroupExists"),
    /** EC2 DescribeSecurityGroups: a group named by GroupNames is looked up in the default VPC (docs/ecs-rules.md#securityGroupNameFound). */
    SECURITY_GROUP_NAME_FOUND(Aggregate.NETWORK, "DescribeSecurityGroups", "InvalidGroup.NotFound",
            "The security group '{groupName}' does not exist in default VPC '{vpcId}'", "EC2's answer quoted in aws/aws-cli#612, #1207, #5348"),
    /** EC2 CreateSecurityGroup: a name unique in its VPC ({@code default} is every VPC's own group) (docs/ecs-rules.md#securityGroupUnique). */
    SECURITY_GROUP_UNIQUE(Aggregate.NETWORK, "CreateSecurityGroup", "InvalidGroup.Duplicate",
            "The security group '{groupName}' already exists for VPC '{vpcId}'", "EC2's answer quoted in hashicorp/terraform#15428 and dask/dask-cloudprovider#198 (names compare case-insensitively: EC2 API reference, GroupName)"),
    /** EC2 CreateSecurityGroup: a name may not look like a group id (docs/ecs-rules.md#securityGroupNameValid). */
    SECURITY_GROUP_NAME_VALID(Aggregate.NETWORK, "CreateSecurityGroup", "InvalidParameterValue",
            "Value ({groupName}) for parameter GroupName is invalid. Group names may not be in the format sg-*.",
            "EC2's answer quoted in pulumi/pulumi-awsx#477; EC2 API reference, CreateSecurityGroup (GroupName cannot start with sg-)"),
    /** EC2 CreateSecurityGroup without a VpcId, DescribeSecurityGroups by GroupNames: the region needs a default VPC (docs/ecs-rules.md#defaultVpcNeeded). */
    DEFAULT_VPC_NEEDED(Aggregate.NETWORK, "CreateSecurityGroup, DescribeSecurityGroups", "VPCIdNotSpecified",
            "No default VPC for this user", "EC2's answer to CreateSecurityGroup without a VpcId in a region without a default VPC, quoted in public reports"),
    /** EC2 DeleteVpc: not while subnets or security groups other than its default one are in it (docs/ecs-rules.md#vpcHasNoDependencies). */
    VPC_HAS_NO_DEPENDENCIES(Aggregate.NETWORK, "DeleteVpc", "DependencyViolation",
            "The vpc '{vpcId}' has dependencies and cannot be deleted.", "EC2's answer quoted in terraform-aws-modules/terraform-aws-vpc#540 (raw XML)"),
    /** EC2 DeleteSubnet: not while a task's network interface is in it (docs/ecs-rules.md#subnetHasNoDependencies). */
    SUBNET_HAS_NO_DEPENDENCIES(Aggregate.NETWORK, "DeleteSubnet", "DependencyViolation",
            "The subnet '{subnetId}' has dependencies and cannot be deleted.", "EC2's answer quoted in aws/aws-cdk#14456 (ENIs left in the subnet)"),
    /** EC2 DeleteSecurityGroup: not while a task's network interface uses it (docs/ecs-rules.md#securityGroupUnused). */
    SECURITY_GROUP_UNUSED(Aggregate.NETWORK, "DeleteSecurityGroup", "DependencyViolation",
            "resource {groupId} has a dependent object", "EC2's answer quoted in lianghong/delete_vpc#10; EC2 API reference, DeleteSecurityGroup (a group a network interface uses)"),
    /** EC2 DeleteSecurityGroup: a VPC's default group stays while the VPC does (docs/ecs-rules.md#defaultSecurityGroupKept). */
    DEFAULT_SECURITY_GROUP_KEPT(Aggregate.NETWORK, "DeleteSecurityGroup", "CannotDelete",
            "the specified group: \"{groupId}\" name: \"default\" cannot be deleted by a user", "Amazon VPC user guide (VPC_SecurityGroups: Client.CannotDelete with this message)"),
    /** EC2 CreateDefaultVpc: one default VPC per region (docs/ecs-rules.md#defaultVpcUnique). */
    DEFAULT_VPC_UNIQUE(Aggregate.NETWORK, "CreateDefaultVpc", "DefaultVpcAlreadyExists",
            "A Default VPC already exists for this account in this region.", "EC2's answer quoted in aws-samples/aws-blockchain-node-runners"),
    /** EC2 DescribeVpcs, DescribeSubnets, DescribeSecurityGroups: only the filter names the call documents (docs/ecs-rules.md#networkFilterValid). */
    NETWORK_FILTER_VALID(Aggregate.NETWORK, "DescribeVpcs, DescribeSubnets, DescribeSecurityGroups", "InvalidParameterValue",
            "The filter '{filter}' is invalid", "EC2's answer quoted for DescribeInstances and DescribeSubnets in public transcripts; the filter names: EC2 API reference of each call"),
    /** EC2 CreateVpc, CreateSubnet, CreateSecurityGroup: tags only for the resource type the call creates (docs/ecs-rules.md#taggableResourceType). */
    TAGGABLE_RESOURCE_TYPE(Aggregate.NETWORK, "CreateVpc, CreateSubnet, CreateSecurityGroup", "InvalidParameterValue",
            "'{resourceType}' is not a valid taggable resource type for this operation.", "EC2's answer to a TagSpecification of another resource type"),
    /** EC2: a member the simulation does not model (IPv6, IPAM, Outposts, encryption control) is refused by name, never ignored (docs/ecs-rules.md#networkMemberModelled). */
    NETWORK_MEMBER_MODELLED(Aggregate.NETWORK, "CreateVpc, CreateSubnet", "UnsupportedOperation",
            "ecskit does not model {what}: {member} is not supported here.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),
    /** EC2 DescribeAvailabilityZones: names and AZ IDs of the region's zones (docs/ecs-rules.md#availabilityZoneKnown). */
    AVAILABILITY_ZONE_KNOWN(Aggregate.NETWORK, "DescribeAvailabilityZones", "InvalidParameterValue",
            "The zone '{zone}' does not exist.", "EC2 API reference, DescribeAvailabilityZones (ZoneNames, ZoneIds); wording ecskit's in EC2's form"),
    /** EC2 CreateTags, DeleteTags: the resources must exist, and only VPCs, subnets and security groups are simulated (docs/ecs-rules.md#taggedResourceKnown). */
    TAGGED_RESOURCE_KNOWN(Aggregate.NETWORK, "CreateTags, DeleteTags", "InvalidID",
            "The ID '{id}' is not valid", "EC2 API reference, error codes (InvalidID: the resource id is malformed or of a type ecskit does not simulate); wording as moto has it"),
    /** EC2 CreateTags: at most 50 tags on a resource, keys of 1..128 characters not starting with {@code aws:} (docs/ecs-rules.md#ec2TagsValid). */
    EC2_TAGS_VALID(Aggregate.NETWORK, "CreateTags", "TagLimitExceeded",
            "The maximum number of Tags for a resource has been reached.", "EC2 user guide, tag restrictions (50 per resource); wording as moto has it"),
    /** EC2 DescribeVpcs, DescribeSubnets, DescribeSecurityGroups: {@code MaxResults} 5..1000 (docs/ecs-rules.md#ec2MaxResultsRange). */
    EC2_MAX_RESULTS_RANGE(Aggregate.NETWORK, "DescribeVpcs, DescribeSubnets, DescribeSecurityGroups", "InvalidParameterValue",
            "Value ( {value} ) for parameter MaxResults is invalid. Expecting a value between 5 and 1000.",
            "botocore's EC2 model (5..1000); EC2's 'Value ( n ) for parameter maxResults is invalid' form (aws/aws-sdk-ruby#2575), the range's wording ecskit's"),
    /** EC2 DescribeVpcs, DescribeSubnets, DescribeSecurityGroups: ids and {@code MaxResults} do not go together (docs/ecs-rules.md#idsWithoutMaxResults). */
    IDS_WITHOUT_MAX_RESULTS(Aggregate.NETWORK, "DescribeVpcs, DescribeSubnets, DescribeSecurityGroups", "InvalidParameterCombination",
            "The parameter {ids} cannot be used with the parameter MaxResults",
            "EC2 API reference, 'Pagination' (ids with MaxResults fail with InvalidParameterCombination); the form EC2 answers for NetworkInterfaceIds (cilium/cilium#39106)"),
    /** EC2 Describe calls: a {@code NextToken} this server handed out for the same call (docs/ecs-rules.md#ec2NextTokenValid). */
    EC2_NEXT_TOKEN_VALID(Aggregate.NETWORK, "DescribeVpcs, DescribeSubnets, DescribeSecurityGroups", "InvalidParameterValue",
            "The token '{token}' is invalid.", "EC2 API reference, 'Pagination' (NextToken as returned); wording ecskit's"),
    /** EC2: a parameter the action does not take (docs/ecs-rules.md#ec2ParameterKnown). */
    EC2_PARAMETER_KNOWN(Aggregate.NETWORK, "every EC2 call", "UnknownParameter",
            "The parameter {parameter} is not recognized", "EC2 API reference, common client errors (UnknownParameter)"),
    /** EC2: a parameter's value of the wrong type or outside the member's values (docs/ecs-rules.md#ec2ParameterValue). */
    EC2_PARAMETER_VALUE(Aggregate.NETWORK, "every EC2 call", "InvalidParameterValue",
            "Value ({value}) for parameter {parameter} is invalid. {problem}", "EC2's 'Value (x) for parameter y is invalid.' form (rules cidrBlockFormat, availabilityZoneValid)"),
    /** EC2: an action this server does not serve (docs/ecs-rules.md#ec2ActionServed). */
    EC2_ACTION_SERVED(Aggregate.NETWORK, "every EC2 call", "InvalidAction",
            "The action {action} is not valid for this web service (ecskit server serves EC2's {served}).",
            "EC2 API reference, common client errors (InvalidAction); the list of what is served ecskit's"),
    /** EC2: {@code DryRun} answers whether the request would have succeeded, and does nothing (docs/ecs-rules.md#dryRun). */
    DRY_RUN(Aggregate.NETWORK, "every EC2 call taking DryRun", "DryRunOperation",
            "Request would have succeeded, but DryRun flag is set.", "EC2 API reference (DryRun); EC2's wording"),

    // ---- Secrets Manager and SSM Parameter Store (issue 25 item 7) ----------------------------------
    /** Secrets Manager: a secret named by name or ARN must exist (docs/ecs-rules.md#secretFound). */
    SECRET_FOUND(Aggregate.SECRETS, "GetSecretValue, PutSecretValue, DescribeSecret, DeleteSecret, RestoreSecret", "ResourceNotFoundException",
            "Secrets Manager can't find the specified secret.", "Secrets Manager's answer quoted in quipper/monorepo-deploy-actions#1237, lgallard/terraform-aws-secrets-manager#24"),
    /** Secrets Manager CreateSecret: names are unique in the region (docs/ecs-rules.md#secretUnique). */
    SECRET_UNIQUE(Aggregate.SECRETS, "CreateSecret", "ResourceExistsException",
            "The operation failed because the secret {name} already exists.", "Secrets Manager's answer quoted in public reports (CreateSecret of an existing name)"),
    /** Secrets Manager CreateSecret: not while a secret of that name is scheduled for deletion (docs/ecs-rules.md#secretNameFree). */
    SECRET_NAME_FREE(Aggregate.SECRETS, "CreateSecret", "InvalidRequestException",
            "You can't create this secret because a secret with this name is already scheduled for deletion.", "Secrets Manager's answer quoted in public reports"),
    /** Secrets Manager: a secret scheduled for deletion is read or changed only by RestoreSecret (docs/ecs-rules.md#secretNotScheduledForDeletion). */
    SECRET_NOT_SCHEDULED_FOR_DELETION(Aggregate.SECRETS, "GetSecretValue, PutSecretValue, DeleteSecret", "InvalidRequestException",
            "You can't perform this operation on the secret because it was marked for deletion.", "Secrets Manager's answer to GetSecretValue of a deleted secret, quoted in public reports"),
    /** Secrets Manager GetSecretValue: the staging label must be on a version (docs/ecs-rules.md#secretStageFound). */
    SECRET_STAGE_FOUND(Aggregate.SECRETS, "GetSecretValue", "ResourceNotFoundException",
            "Secrets Manager can't find the specified secret value for staging label: {stage}", "Secrets Manager's answer quoted in aws/aws-sdk-js-v3#7701 and in ECS stoppedReasons"),
    /** Secrets Manager GetSecretValue: the version must exist (docs/ecs-rules.md#secretVersionFound). */
    SECRET_VERSION_FOUND(Aggregate.SECRETS, "GetSecretValue", "ResourceNotFoundException",
            "Secrets Manager can't find the specified secret value for VersionId: {versionId}", "the form of secretStageFound; every emulator words it so, no capture of AWS found"),
    /** Secrets Manager CreateSecret: names of 1..512 letters, digits and {@code /_+=.@!-} (docs/ecs-rules.md#secretNameFormat). */
    SECRET_NAME_FORMAT(Aggregate.SECRETS, "CreateSecret", "InvalidParameterException",
            "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!",
            "Secrets Manager API reference, CreateSecret (Name); the answer as users quote it"),
    /** Secrets Manager PutSecretValue: a version's value never changes (docs/ecs-rules.md#secretVersionUnchanged). */
    SECRET_VERSION_UNCHANGED(Aggregate.SECRETS, "PutSecretValue", "ResourceExistsException",
            "You can't modify an existing version, you can only create a new version.",
            "Secrets Manager API reference, PutSecretValue (ClientRequestToken: the same token with another value fails)"),
    /** Secrets Manager CreateSecret, PutSecretValue: a string or a binary value, not both (docs/ecs-rules.md#secretOneValue). */
    SECRET_ONE_VALUE(Aggregate.SECRETS, "CreateSecret, PutSecretValue", "InvalidParameterException",
            "You can't specify both a binary secret value and a string secret value in the same secret.", "Secrets Manager's answer quoted in public reports"),
    /** Secrets Manager PutSecretValue: a value is required (docs/ecs-rules.md#secretValueRequired). */
    SECRET_VALUE_REQUIRED(Aggregate.SECRETS, "PutSecretValue", "InvalidRequestException",
            "You must provide either SecretString or SecretBinary.", "Secrets Manager API reference, PutSecretValue (one of them is required); wording ecskit's"),
    /** Secrets Manager DeleteSecret: a recovery window of 7..30 days (docs/ecs-rules.md#secretRecoveryWindow). */
    SECRET_RECOVERY_WINDOW(Aggregate.SECRETS, "DeleteSecret", "InvalidParameterException",
            "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).", "Secrets Manager's answer quoted in public reports; API reference, DeleteSecret"),
    /** Secrets Manager DeleteSecret: a recovery window or no recovery, not both (docs/ecs-rules.md#secretForceOrWindow). */
    SECRET_FORCE_OR_WINDOW(Aggregate.SECRETS, "DeleteSecret", "InvalidParameterException",
            "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.", "Secrets Manager API reference, DeleteSecret (the two exclude each other); wording as moto has it"),
    /** SSM: a parameter named must exist; AWS's ParameterNotFound carries no message (docs/ecs-rules.md#parameterFound). */
    PARAMETER_FOUND(Aggregate.SECRETS, "GetParameter, GetParameterHistory, DeleteParameter", "ParameterNotFound",
            "", "Systems Manager's ParameterNotFound, sent without a message (public captures)"),
    /** SSM GetParameter {@code name:version}: the version must exist (docs/ecs-rules.md#parameterVersionFound). */
    PARAMETER_VERSION_FOUND(Aggregate.SECRETS, "GetParameter", "ParameterVersionNotFound",
            "Systems Manager could not find version {version} of {name}. Verify the version and try again.", "Systems Manager API reference (ParameterVersionNotFound); wording as moto has it"),
    /** SSM PutParameter: an existing name needs Overwrite (docs/ecs-rules.md#parameterNew). */
    PARAMETER_NEW(Aggregate.SECRETS, "PutParameter", "ParameterAlreadyExists",
            "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.", "Systems Manager's answer quoted in public reports"),
    /** SSM PutParameter: a new parameter needs a Type (docs/ecs-rules.md#parameterTypeRequired). */
    PARAMETER_TYPE_REQUIRED(Aggregate.SECRETS, "PutParameter", "ValidationException",
            "A parameter type is required when you create a parameter.", "Systems Manager API reference, PutParameter (Type required for new parameters); wording as moto has it"),
    /** SSM: names of letters, digits, {@code _.-} and {@code /}, not prefixed with {@code ssm} (docs/ecs-rules.md#parameterNameFormat). */
    PARAMETER_NAME_FORMAT(Aggregate.SECRETS, "PutParameter, GetParameter, DeleteParameter", "ValidationException",
            "Parameter name: can't be prefixed with \"ssm\" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_",
            "Systems Manager's answer quoted in boto/boto3#1499, aws/aws-sdk-php#1952"),
    /** SSM: a name that is not a path may not begin with {@code aws} or {@code ssm} (docs/ecs-rules.md#parameterNamePrefix). */
    PARAMETER_NAME_PREFIX(Aggregate.SECRETS, "PutParameter, GetParameter, DeleteParameter", "ValidationException",
            "Parameter name: can't be prefixed with \"aws\" or \"ssm\" (case-insensitive).",
            "Systems Manager API reference, PutParameter (Name); wording as moto copies it"),
    /** SSM PutParameter: AllowedPattern is a regular expression of at most 1,024 characters (docs/ecs-rules.md#parameterPatternValid). */
    PARAMETER_PATTERN_VALID(Aggregate.SECRETS, "PutParameter", "ValidationException",
            "1 validation error detected: Value '{pattern}' at 'allowedPattern' failed to satisfy constraint: Member must be a valid regular expression of at most 1024 characters",
            "Systems Manager API reference, PutParameter (AllowedPattern 0..1024); wording ecskit's in Coral's form"),
    /** SSM PutParameter: the {@code /aws/} hierarchy is AWS's (docs/ecs-rules.md#parameterNameReserved). */
    PARAMETER_NAME_RESERVED(Aggregate.SECRETS, "PutParameter", "AccessDeniedException",
            "No access to reserved parameter name: {name}.", "Systems Manager's answer quoted in public reports"),
    /** SSM PutParameter: at most 4,096 characters in the Standard tier (docs/ecs-rules.md#parameterValueSize). */
    PARAMETER_VALUE_SIZE(Aggregate.SECRETS, "PutParameter", "ValidationException",
            "Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html",
            "Systems Manager's answer quoted in hashicorp/terraform-provider-aws#18521, aws/aws-sdk-net#3157"),
    /** SSM PutParameter: a value must match the parameter's AllowedPattern (docs/ecs-rules.md#parameterPatternMatched). */
    PARAMETER_PATTERN_MATCHED(Aggregate.SECRETS, "PutParameter", "ParameterPatternMismatchException",
            "Parameter value, cannot be validated against allowedPattern: {pattern}", "Systems Manager API reference (ParameterPatternMismatchException); wording as moto has it"),
    /** SSM PutParameter: Tags create, not overwrite (docs/ecs-rules.md#parameterTagsOnCreate). */
    PARAMETER_TAGS_ON_CREATE(Aggregate.SECRETS, "PutParameter", "ValidationException",
            "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags on an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
            "Systems Manager API reference, PutParameter (Tags: not with Overwrite); the answer as users quote it"),
    /** Secrets Manager, SSM: a member the simulation does not model is refused by name (docs/ecs-rules.md#secretsMemberModelled). */
    SECRETS_MEMBER_MODELLED(Aggregate.SECRETS, "CreateSecret, PutParameter", "InvalidRequestException",
            "ecskit does not model {what}: {member} is not supported here.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),
    /** Task start: a modelled subnet must have a free address for the task's network interface (docs/ecs-rules.md#subnetHasFreeAddresses). */
    SUBNET_HAS_FREE_ADDRESSES(Aggregate.TASK, "task start (stoppedReason)", "ResourceInitializationError",
            "ResourceInitializationError: unable to create the task's network interface: subnet {subnet} has no free IPv4 addresses",
            "Amazon VPC user guide (a subnet's addresses; each awsvpc task takes one); wording ecskit's, no capture of Fargate's found"),
    /** Task start: every SSM parameter a container's secrets name must exist (docs/ecs-rules.md#taskSsmParametersExist). */
    TASK_SSM_PARAMETERS_EXIST(Aggregate.TASK, "task start (stoppedReason)", "ResourceInitializationError",
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: {names}",
            "Fargate's stoppedReason quoted in HHS/simpler-grants-gov#4330 (a missing parameter, named without its ARN); several joined by commas as the ECS agent joins them"),
    /** Task start: the execution role may read the SSM parameters a container's secrets name (docs/ecs-rules.md#taskSsmParametersReadable). */
    TASK_SSM_PARAMETERS_READABLE(Aggregate.TASK, "task start (stoppedReason)", "ResourceInitializationError",
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): {cause}",
            "Fargate's stoppedReason as quoted in public reports (an execution role without ssm:GetParameters: IAM's AccessDeniedException as the cause)"),
    /** Task start: every Secrets Manager secret, version and JSON key a container's secrets name must exist (docs/ecs-rules.md#taskSecretsExist). */
    TASK_SECRETS_EXIST(Aggregate.TASK, "task start (stoppedReason)", "ResourceInitializationError",
            "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): {cause}",
            "Fargate's stoppedReason as quoted in public reports: 'failed to fetch secret ARN from secrets manager: ResourceNotFoundException: ...', 'retrieved secret from Secrets Manager did not contain json key KEY'"),

    // ---- IAM roles (issue 25 item 8) -----------------------------------------------------------------
    /** IAM: a role named must exist (docs/ecs-rules.md#iamRoleFound). */
    IAM_ROLE_FOUND(Aggregate.IAM, "GetRole, UpdateRole, DeleteRole, AttachRolePolicy, PutRolePolicy, ...", "NoSuchEntity",
            "The role with name {roleName} cannot be found.", "IAM's answer quoted in hashicorp/terraform-provider-aws and aws/aws-cli reports (GetRole of a missing role)"),
    /** IAM CreateRole: role names are unique in the account, case-insensitively (docs/ecs-rules.md#iamRoleUnique). */
    IAM_ROLE_UNIQUE(Aggregate.IAM, "CreateRole", "EntityAlreadyExists",
            "Role with name {roleName} already exists.", "IAM's answer quoted in public reports (CreateRole of an existing name); IAM user guide, names are case-insensitive"),
    /** IAM: a policy document must be JSON (docs/ecs-rules.md#iamPolicyJson). */
    IAM_POLICY_JSON(Aggregate.IAM, "CreateRole, UpdateAssumeRolePolicy, PutRolePolicy, CreatePolicy", "MalformedPolicyDocument",
            "This policy contains invalid Json", "IAM's answer quoted in public reports (a document that is not JSON)"),
    /** IAM: a policy document has a {@code Statement} of statements with {@code Effect} Allow or Deny and an {@code Action} (docs/ecs-rules.md#iamPolicySyntax). */
    IAM_POLICY_SYNTAX(Aggregate.IAM, "CreateRole, UpdateAssumeRolePolicy, PutRolePolicy, CreatePolicy", "MalformedPolicyDocument",
            "Syntax errors in policy.", "IAM's answer quoted in public reports (a statement without Effect or Action)"),
    /** IAM: a trust policy names who may assume the role, not resources (docs/ecs-rules.md#iamTrustPolicyWithoutResource). */
    IAM_TRUST_POLICY_WITHOUT_RESOURCE(Aggregate.IAM, "CreateRole, UpdateAssumeRolePolicy", "MalformedPolicyDocument",
            "Has prohibited field Resource", "IAM's answer quoted in public reports (a trust policy with a Resource)"),
    /** IAM: a trust policy's statements name a {@code Principal} (docs/ecs-rules.md#iamTrustPolicyPrincipal). */
    IAM_TRUST_POLICY_PRINCIPAL(Aggregate.IAM, "CreateRole, UpdateAssumeRolePolicy", "MalformedPolicyDocument",
            "Missing required field Principal", "IAM's answer quoted in public reports (a trust policy without Principal)"),
    /** IAM: an identity-based policy names no {@code Principal} (docs/ecs-rules.md#iamPolicyWithoutPrincipal). */
    IAM_POLICY_WITHOUT_PRINCIPAL(Aggregate.IAM, "PutRolePolicy, CreatePolicy", "MalformedPolicyDocument",
            "Policy document should not specify a principal.", "IAM's answer quoted in public reports (a Principal in an identity-based policy)"),
    /** IAM: an identity-based policy's statements name resources (docs/ecs-rules.md#iamPolicyResources). */
    IAM_POLICY_RESOURCES(Aggregate.IAM, "PutRolePolicy, CreatePolicy", "MalformedPolicyDocument",
            "Policy statement must contain resources.", "IAM's answer quoted in public reports (a statement without Resource)"),
    /** IAM: a trust policy of at most 2,048 characters, white space not counted (docs/ecs-rules.md#iamTrustPolicySize). */
    IAM_TRUST_POLICY_SIZE(Aggregate.IAM, "CreateRole, UpdateAssumeRolePolicy", "LimitExceeded",
            "Cannot exceed quota for ACLSizePerRole: 2048", "IAM's answer quoted in public reports; IAM user guide, IAM quotas (role trust policy length 2,048)"),
    /** IAM PutRolePolicy: a role's inline policies together at most 10,240 characters, white space not counted (docs/ecs-rules.md#iamRolePolicySize). */
    IAM_ROLE_POLICY_SIZE(Aggregate.IAM, "PutRolePolicy", "LimitExceeded",
            "Maximum policy size of 10240 bytes exceeded for role {roleName}", "IAM's answer quoted in public reports; IAM user guide, IAM quotas (role inline policies 10,240)"),
    /** IAM CreatePolicy: a managed policy of at most 6,144 characters, white space not counted (docs/ecs-rules.md#iamPolicySize). */
    IAM_POLICY_SIZE(Aggregate.IAM, "CreatePolicy", "LimitExceeded",
            "Cannot exceed quota for PolicySize: 6144", "IAM's answer quoted in public reports; IAM user guide, IAM quotas (managed policy length 6,144)"),
    /** IAM AttachRolePolicy: at most 10 managed policies on a role (docs/ecs-rules.md#iamPoliciesPerRole). */
    IAM_POLICIES_PER_ROLE(Aggregate.IAM, "AttachRolePolicy", "LimitExceeded",
            "Cannot exceed quota for PoliciesPerRole: 10", "IAM's answer quoted in public reports; IAM user guide, IAM quotas (10 managed policies per role by default)"),
    /** IAM DeleteRole: not while managed policies are attached (docs/ecs-rules.md#iamRoleDetached). */
    IAM_ROLE_DETACHED(Aggregate.IAM, "DeleteRole", "DeleteConflict",
            "Cannot delete entity, must detach all policies first.", "IAM's answer quoted in hashicorp/terraform reports; IAM API reference, DeleteRole"),
    /** IAM DeleteRole: not while inline policies are put (docs/ecs-rules.md#iamRoleWithoutInlinePolicies). */
    IAM_ROLE_WITHOUT_INLINE_POLICIES(Aggregate.IAM, "DeleteRole", "DeleteConflict",
            "Cannot delete entity, must delete policies first.", "IAM's answer quoted in public reports; IAM API reference, DeleteRole"),
    /** IAM: a service-linked role is changed only by its service (docs/ecs-rules.md#iamServiceRoleProtected). */
    IAM_SERVICE_ROLE_PROTECTED(Aggregate.IAM, "DeleteRole, UpdateAssumeRolePolicy, AttachRolePolicy, PutRolePolicy", "UnmodifiableEntity",
            "Cannot perform the operation on the protected role '{roleName}' - this role is only modifiable by AWS",
            "IAM's answer quoted in public reports (DeleteRole of AWSServiceRoleForECS)"),
    /** IAM CreateServiceLinkedRole: one role of a name per account (docs/ecs-rules.md#iamServiceLinkedRoleUnique). */
    IAM_SERVICE_LINKED_ROLE_UNIQUE(Aggregate.IAM, "CreateServiceLinkedRole", "InvalidInput",
            "Service role name {roleName} has been taken in this account, please try a different suffix.",
            "IAM's answer quoted in hashicorp/terraform-provider-aws reports (aws_iam_service_linked_role for ECS)"),
    /** IAM CreateServiceLinkedRole: the services whose service-linked roles ecskit knows (docs/ecs-rules.md#iamServiceLinkedRoleKnown). */
    IAM_SERVICE_LINKED_ROLE_KNOWN(Aggregate.IAM, "CreateServiceLinkedRole", "InvalidInput",
            "ecskit knows the service-linked roles of {known}, not of {service}.",
            "IAM user guide, services that work with IAM (each service names its role); the list and wording ecskit's"),
    /** IAM CreateServiceLinkedRole: the services that take a custom suffix (ECS does not) (docs/ecs-rules.md#iamCustomSuffixAllowed). */
    IAM_CUSTOM_SUFFIX_ALLOWED(Aggregate.IAM, "CreateServiceLinkedRole", "InvalidInput",
            "Custom suffix is not allowed for {service}", "IAM's answer quoted in public reports (a CustomSuffix for a service that takes none)"),
    /** IAM: a managed policy named must exist (docs/ecs-rules.md#iamPolicyFound). */
    IAM_POLICY_FOUND(Aggregate.IAM, "AttachRolePolicy, GetPolicy, DeletePolicy", "NoSuchEntity",
            "Policy {policyArn} does not exist or is not attachable.", "IAM's answer quoted in public reports (AttachRolePolicy of a missing policy)"),
    /** IAM DetachRolePolicy: the policy must be attached to the role (docs/ecs-rules.md#iamPolicyAttached). */
    IAM_POLICY_ATTACHED(Aggregate.IAM, "DetachRolePolicy", "NoSuchEntity",
            "Policy {policyArn} was not found.", "IAM's answer quoted in public reports (DetachRolePolicy of a policy not attached)"),
    /** IAM GetRolePolicy, DeleteRolePolicy: the inline policy must exist (docs/ecs-rules.md#iamRolePolicyFound). */
    IAM_ROLE_POLICY_FOUND(Aggregate.IAM, "GetRolePolicy, DeleteRolePolicy", "NoSuchEntity",
            "The role policy with name {policyName} cannot be found.", "IAM's answer quoted in public reports (GetRolePolicy of a missing policy)"),
    /** IAM CreatePolicy: policy names are unique in the account (docs/ecs-rules.md#iamPolicyUnique). */
    IAM_POLICY_UNIQUE(Aggregate.IAM, "CreatePolicy", "EntityAlreadyExists",
            "A policy called {policyName} already exists. Duplicate names are not allowed.", "IAM's answer quoted in public reports (CreatePolicy of an existing name)"),
    /** IAM DeletePolicy: not while attached; AWS managed policies are AWS's (docs/ecs-rules.md#iamPolicyDeletable). */
    IAM_POLICY_DELETABLE(Aggregate.IAM, "DeletePolicy", "DeleteConflict",
            "Cannot delete a policy attached to entities.", "IAM's answer quoted in public reports; IAM API reference, DeletePolicy"),
    /** IAM: paths begin and end with {@code /}; {@code /aws-service-role/} is AWS's own (docs/ecs-rules.md#iamPathFormat). */
    IAM_PATH_FORMAT(Aggregate.IAM, "CreateRole, CreatePolicy", "ValidationError",
            "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.",
            "IAM's answer quoted in public reports (a path without its slashes)"),
    /**
     * Every Coral service (ECS, ECR, CloudWatch Logs, Secrets Manager, SSM over JSON 1.1; IAM over query): a member outside
     * its model's length, pattern, range or enum, in Coral's words; {@code value} is {@code  'x'}, {@code  null} or nothing,
     * as Coral quotes it; several at once as "N validation errors detected: A; B" (docs/ecs-rules.md#memberConstraint).
     */
    MEMBER_CONSTRAINT(Aggregate.ANY, "every call of a Coral service (JSON 1.1, IAM's query)", "ValidationException",
            "Value{value} at '{member}' failed to satisfy constraint: Member must {constraint}",
            "Coral's validation as quoted in public reports for ECS, CloudWatch Logs, SSM and IAM (roleName pattern, maxSessionDuration range); IAM answers the code ValidationError; the constraints: botocore's models"),
    /** IAM: at most 50 tags on a role or policy (docs/ecs-rules.md#iamTagsAtMostFifty). */
    IAM_TAGS_AT_MOST_FIFTY(Aggregate.IAM, "CreateRole, TagRole, CreatePolicy", "LimitExceeded",
            "The number of tags has reached the maximum limit.", "IAM user guide, tagging IAM resources (50 per resource); IAM's answer quoted in public reports"),
    /** IAM GetPolicy of an AWS managed policy whose document ecskit does not carry, where the document is asked for (docs/ecs-rules.md#iamPolicyDocumentKnown). */
    IAM_POLICY_DOCUMENT_KNOWN(Aggregate.IAM, "GetPolicyVersion", "InvalidInput",
            "ecskit does not carry the document of the AWS managed policy {policyArn}; it carries {known}.",
            "ecskit's own refusal (AWS has over a thousand managed policies; ecskit carries the documents of those ECS workloads attach); wording ecskit's"),

    /** IAM List calls: a {@code Marker} this server handed out for the same call (docs/ecs-rules.md#iamMarkerValid). */
    IAM_MARKER_VALID(Aggregate.IAM, "ListRoles, ListPolicies, ListAttachedRolePolicies, ListRolePolicies, ListRoleTags", "ValidationError",
            "Invalid Marker: {marker} was not handed out by this server for this call.", "IAM API reference (Marker: the value a truncated answer gave); wording ecskit's"),
    /** IAM: a parameter the action does not take (docs/ecs-rules.md#iamParameterKnown). */
    IAM_PARAMETER_KNOWN(Aggregate.IAM, "every IAM call", "InvalidInput",
            "The parameter {parameter} is not recognized", "ecskit's own (IAM's answer to an unknown parameter is not captured); worded as EC2's UnknownParameter"),
    /** IAM: a member ecskit does not model yet is refused by name, never ignored (docs/ecs-rules.md#iamMemberModelled). */
    IAM_MEMBER_MODELLED(Aggregate.IAM, "ListPolicies (PolicyUsageFilter)", "InvalidInput",
            "ecskit does not model IAM's {member}: leave it out, or run against real AWS.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),
    /** IAM DeleteServiceLinkedRole: only a service-linked role (docs/ecs-rules.md#iamServiceLinkedRoleOnly). */
    IAM_SERVICE_LINKED_ROLE_ONLY(Aggregate.IAM, "DeleteServiceLinkedRole", "InvalidInput",
            "Role {roleName} is not a service-linked role; DeleteRole deletes it.", "IAM API reference, DeleteServiceLinkedRole (a service-linked role's name); wording ecskit's"),
    /** IAM GetServiceLinkedRoleDeletionStatus: a deletion task DeleteServiceLinkedRole started (docs/ecs-rules.md#iamDeletionTaskFound). */
    IAM_DELETION_TASK_FOUND(Aggregate.IAM, "GetServiceLinkedRoleDeletionStatus", "NoSuchEntity",
            "Deletion task {deletionTaskId} cannot be found.", "IAM API reference, GetServiceLinkedRoleDeletionStatus (NoSuchEntity); wording ecskit's in IAM's form"),

    // ---- CloudWatch (issue 25 item 4) -------------------------------------------------------------------
    /** CloudWatch PutMetricData: {@code AWS/} namespaces are AWS's (docs/ecs-rules.md#metricNamespaceOurs). */
    METRIC_NAMESPACE_OURS(Aggregate.METRICS, "PutMetricData", "InvalidParameterValue",
            "The value {namespace} for parameter Namespace is invalid.", "CloudWatch's answer quoted in public reports (PutMetricData to AWS/EC2)"),
    /** CloudWatch PutMetricData: a datum's Value and StatisticValues exclude each other (docs/ecs-rules.md#metricValueOrStatistics). */
    METRIC_VALUE_OR_STATISTICS(Aggregate.METRICS, "PutMetricData", "InvalidParameterCombination",
            "The parameters MetricData.member.{index}.Value and MetricData.member.{index}.StatisticValues are mutually exclusive and you have specified both.",
            "CloudWatch's answer quoted in public reports"),
    /** CloudWatch PutMetricData: at most two weeks old and two hours ahead (docs/ecs-rules.md#metricTimestampRecent). */
    METRIC_TIMESTAMP_RECENT(Aggregate.METRICS, "PutMetricData", "InvalidParameterValue",
            "The parameter MetricData.member.{index}.Timestamp must specify a time no more than {limit}.",
            "CloudWatch API reference, MetricDatum (Timestamp: up to two weeks in the past, two hours in the future); CloudWatch's wording as quoted for the past"),
    /** CloudWatch PutMetricData: numbers CloudWatch can store (docs/ecs-rules.md#metricValueFinite). */
    METRIC_VALUE_FINITE(Aggregate.METRICS, "PutMetricData", "InvalidParameterValue",
            "The value {value} for parameter MetricData.member.{index}.Value is invalid.", "CloudWatch API reference, MetricDatum (NaN and infinities are refused); wording in CloudWatch's form"),
    /** CloudWatch GetMetricStatistics: StartTime before EndTime (docs/ecs-rules.md#metricTimeRange). */
    METRIC_TIME_RANGE(Aggregate.METRICS, "GetMetricStatistics, GetMetricData", "InvalidParameterValue",
            "The parameter StartTime must be less than the parameter EndTime.", "CloudWatch's answer quoted in public reports"),
    /** CloudWatch GetMetricStatistics: at most 1,440 data points (docs/ecs-rules.md#metricDatapointLimit). */
    METRIC_DATAPOINT_LIMIT(Aggregate.METRICS, "GetMetricStatistics", "InvalidParameterCombination",
            "You have requested up to {count} datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.",
            "CloudWatch's answer quoted in public reports (aws-cli, grafana)"),
    /** CloudWatch GetMetricStatistics: Statistics are required here (docs/ecs-rules.md#metricStatisticsRequired). */
    METRIC_STATISTICS_REQUIRED(Aggregate.METRICS, "GetMetricStatistics", "InvalidParameterCombination",
            "Must specify either Statistics or ExtendedStatistics, but not both.", "CloudWatch API reference, GetMetricStatistics; ecskit computes Statistics (ExtendedStatistics are refused by name)"),
    /** CloudWatch: Period 10, 20, 30 or a multiple of 60 (docs/ecs-rules.md#metricPeriodValid). */
    METRIC_PERIOD_VALID(Aggregate.METRICS, "PutMetricAlarm, GetMetricStatistics, GetMetricData", "InvalidParameterValue",
            "The parameter Period must be 10, 20, 30 or a multiple of 60.", "CloudWatch API reference (Period: 10, 20, 30, or any multiple of 60); wording ecskit's in CloudWatch's form"),
    /** CloudWatch PutMetricAlarm: DatapointsToAlarm at most EvaluationPeriods (docs/ecs-rules.md#alarmDatapointsWithinPeriods). */
    ALARM_DATAPOINTS_WITHIN_PERIODS(Aggregate.METRICS, "PutMetricAlarm", "InvalidParameterValue",
            "DatapointsToAlarm must be less than or equal to EvaluationPeriods.", "CloudWatch API reference, PutMetricAlarm (DatapointsToAlarm); wording ecskit's"),
    /** CloudWatch PutMetricAlarm: an alarm on one metric needs its name, namespace, statistic, period, evaluation periods, threshold and comparison (docs/ecs-rules.md#alarmMetricComplete). */
    ALARM_METRIC_COMPLETE(Aggregate.METRICS, "PutMetricAlarm", "MissingParameter",
            "The parameter {parameter} is required.", "CloudWatch's MissingParameter wording as quoted in public reports"),
    /** CloudWatch PutMetricAlarm: Period × EvaluationPeriods at most a day (a week for periods of an hour or more) (docs/ecs-rules.md#alarmEvaluationRange). */
    ALARM_EVALUATION_RANGE(Aggregate.METRICS, "PutMetricAlarm", "InvalidParameterCombination",
            "Period * EvaluationPeriods must be less than or equal to {limit}.", "CloudWatch API reference, PutMetricAlarm (EvaluationPeriods × Period: at most one day, seven days for periods of an hour or more); wording ecskit's"),
    /** CloudWatch SetAlarmState, DeleteAlarms: the alarm must exist (docs/ecs-rules.md#alarmFound). */
    ALARM_FOUND(Aggregate.METRICS, "SetAlarmState, DeleteAlarms", "ResourceNotFound",
            "Alarm {alarmName} not found", "CloudWatch's answer to SetAlarmState of a missing alarm, quoted in public reports"),
    /** CloudWatch GetMetricData: 1..500 queries (docs/ecs-rules.md#metricQueriesCount). */
    METRIC_QUERIES_COUNT(Aggregate.METRICS, "GetMetricData", "InvalidParameterValue",
            "The collection MetricDataQueries must have between 1 and 500 members.", "CloudWatch API reference, GetMetricData (MetricDataQueries: at most 500); wording ecskit's in CloudWatch's form"),
    /** CloudWatch GetMetricData: a query's Id starts with a lower-case letter, then letters, digits and underscores (docs/ecs-rules.md#metricQueryIdValid). */
    METRIC_QUERY_ID_VALID(Aggregate.METRICS, "GetMetricData", "InvalidParameterValue",
            "The value {id} for parameter MetricDataQueries.member.{index}.Id is invalid.", "CloudWatch API reference, MetricDataQuery (Id: the first character a lower-case letter; letters, numbers and underscore; at most 255); wording in CloudWatch's form"),
    /** CloudWatch GetMetricData: query ids are unique (docs/ecs-rules.md#metricQueryIdUnique). */
    METRIC_QUERY_ID_UNIQUE(Aggregate.METRICS, "GetMetricData", "InvalidParameterValue",
            "The values for parameter id in MetricDataQueries are not unique.", "CloudWatch's answer quoted in public reports (grafana, aws-sdk issues)"),
    /** CloudWatch GetMetricData: a query reads a metric (MetricStat) or computes an Expression, one of them (docs/ecs-rules.md#metricQueryStatOrExpression). */
    METRIC_QUERY_STAT_OR_EXPRESSION(Aggregate.METRICS, "GetMetricData", "InvalidParameterCombination",
            "Exactly one of MetricStat and Expression must be specified in MetricDataQueries.member.{index}.", "CloudWatch API reference, MetricDataQuery (MetricStat or Expression, but not both); wording ecskit's in CloudWatch's form"),
    /** CloudWatch TagResource, UntagResource, ListTagsForResource: an alarm's ARN (docs/ecs-rules.md#metricTaggedResourceFound). */
    METRIC_TAGGED_RESOURCE_FOUND(Aggregate.METRICS, "TagResource, UntagResource, ListTagsForResource", "ResourceNotFoundException",
            "The named resource does not exist: {arn}", "CloudWatch API reference, TagResource (ResourceNotFoundException: The named resource does not exist); the ARN named ecskit's"),
    /** CloudWatch, EventBridge TagResource: at most 50 tags on a resource (docs/ecs-rules.md#neighbourTagsAtMostFifty). */
    NEIGHBOUR_TAGS_AT_MOST_FIFTY(Aggregate.METRICS, "CloudWatch and EventBridge TagResource", "LimitExceededException",
            "A resource can have at most 50 tags: {arn}", "CloudWatch and EventBridge API references (TagResource: up to 50 tags); wording ecskit's"),
    /** CloudWatch: a member ecskit does not evaluate is refused by name, never ignored (docs/ecs-rules.md#metricMemberModelled). */
    METRIC_MEMBER_MODELLED(Aggregate.METRICS, "PutMetricAlarm, GetMetricStatistics, GetMetricData, PutMetricData", "InvalidParameterValue",
            "ecskit does not evaluate CloudWatch's {member} yet; leave it out, or run against real AWS.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),

    // ---- Elastic Load Balancing v2 (issue 25 item 3) ----------------------------------------------------------
    /** ELB: a load balancer's or target group's name: 1..32 letters, digits and hyphens, no hyphen at either end, not internal-... (docs/ecs-rules.md#elbNameValid). */
    ELB_NAME_VALID(Aggregate.ELB, "CreateLoadBalancer, CreateTargetGroup", "ValidationError",
            "The {kind} name '{name}' {problem}", "ELB API reference (Name: at most 32 characters, alphanumerics and hyphens, no hyphen at either end, not beginning with internal-); the length message as quoted in public reports (cfn-lint issue 3259), the others ecskit's in its form"),
    /** ELB CreateLoadBalancer: a name in use with other settings (docs/ecs-rules.md#elbLoadBalancerNameUnique). */
    ELB_LOAD_BALANCER_NAME_UNIQUE(Aggregate.ELB, "CreateLoadBalancer", "DuplicateLoadBalancerName",
            "A load balancer with the same name '{name}' exists, but with different settings", "ELB's answer quoted in public reports (fortigate-terraform-deploy issue 21, aws-load-balancer-controller issue 3173)"),
    /** ELB CreateTargetGroup: a name in use with other settings (docs/ecs-rules.md#elbTargetGroupNameUnique). */
    ELB_TARGET_GROUP_NAME_UNIQUE(Aggregate.ELB, "CreateTargetGroup", "DuplicateTargetGroupName",
            "A target group with the same name '{name}' exists, but with different settings", "ELB's answer quoted in public reports (fortigate-terraform-deploy issue 21)"),
    /** ELB CreateLoadBalancer: a subnet at least (docs/ecs-rules.md#elbSubnetRequired). */
    ELB_SUBNET_REQUIRED(Aggregate.ELB, "CreateLoadBalancer, SetSubnets", "ValidationError",
            "At least one subnet must be specified", "ELB's answer quoted in public reports (ansible issue 42060)"),
    /** ELB CreateLoadBalancer: an application load balancer in two Availability Zones at least (docs/ecs-rules.md#elbSubnetsTwoZones). */
    ELB_SUBNETS_TWO_ZONES(Aggregate.ELB, "CreateLoadBalancer, SetSubnets", "ValidationError",
            "At least two subnets in two different Availability Zones must be specified", "ELB's answer quoted in public reports (kasmtech terraform issue 5, aws-cdk-examples issue 226)"),
    /** ELB CreateLoadBalancer: one subnet per Availability Zone (docs/ecs-rules.md#elbSubnetOnePerZone). */
    ELB_SUBNET_ONE_PER_ZONE(Aggregate.ELB, "CreateLoadBalancer, SetSubnets", "InvalidConfigurationRequest",
            "A load balancer cannot be attached to multiple subnets in the same Availability Zone", "ELB's answer quoted in public reports (terraform-aws-vault issue 5)"),
    /** ELB CreateLoadBalancer: subnets that exist (checked once the region has subnets of its own) (docs/ecs-rules.md#elbSubnetFound). */
    ELB_SUBNET_FOUND(Aggregate.ELB, "CreateLoadBalancer, SetSubnets", "SubnetNotFound",
            "The subnet ID '{subnet}' is not valid", "ELB's code as quoted in public reports (mozilla fxa-dev issue 449); wording ecskit's"),
    /** ELB CreateTargetGroup: a VPC that exists (checked once the region has networking of its own) (docs/ecs-rules.md#elbVpcFound). */
    ELB_VPC_FOUND(Aggregate.ELB, "CreateTargetGroup", "ValidationError",
            "The VPC ID '{vpc}' is not found", "ELB API reference (CreateTargetGroup VpcId); wording ecskit's"),
    /** ELB CreateLoadBalancer: subnets of one VPC (docs/ecs-rules.md#elbOneVpc). */
    ELB_ONE_VPC(Aggregate.ELB, "CreateLoadBalancer, SetSubnets", "InvalidConfigurationRequest",
            "The subnets of a load balancer must be in one VPC: {subnets}", "ELB's code as reported (floci issue 1244); wording ecskit's"),
    /** ELB: a load balancer named must exist (docs/ecs-rules.md#elbLoadBalancerFound). */
    ELB_LOAD_BALANCER_FOUND(Aggregate.ELB, "DescribeLoadBalancers, DeleteLoadBalancer, CreateListener, ...", "LoadBalancerNotFound",
            "One or more load balancers not found", "ELB's answer quoted in public reports (terraform-provider-aws issue 15214)"),
    /** ELB: a target group named must exist (docs/ecs-rules.md#elbTargetGroupFound). */
    ELB_TARGET_GROUP_FOUND(Aggregate.ELB, "DescribeTargetGroups, RegisterTargets, CreateListener, CreateRule, ...", "TargetGroupNotFound",
            "One or more target groups not found", "ELB's answer quoted in public reports (service-screener-v2 issue 212)"),
    /** ELB: a listener named must exist (docs/ecs-rules.md#elbListenerFound). */
    ELB_LISTENER_FOUND(Aggregate.ELB, "DescribeListeners, ModifyListener, DeleteListener, CreateRule", "ListenerNotFound",
            "One or more listeners not found", "ELB's answer quoted in public reports (kubeflow-manifests issue 116)"),
    /** ELB: a rule named must exist (docs/ecs-rules.md#elbRuleFound). */
    ELB_RULE_FOUND(Aggregate.ELB, "DescribeRules, ModifyRule, DeleteRule, SetRulePriorities", "RuleNotFound",
            "One or more rules not found", "ELB API reference (RuleNotFound); wording as moto words it, after the other not-found answers"),
    /** ELB CreateTargetGroup: port, protocol and VPC for instance and IP targets (docs/ecs-rules.md#elbTargetGroupRequires). */
    ELB_TARGET_GROUP_REQUIRES(Aggregate.ELB, "CreateTargetGroup", "ValidationError",
            "A {what} must be specified", "ELB's answers quoted in public reports (aws-cloudformation-user-guide issue 467: a port, a protocol, a VPC ID)"),
    /** ELB DeleteTargetGroup: not while a listener or rule forwards to it (docs/ecs-rules.md#elbTargetGroupInUse). */
    ELB_TARGET_GROUP_IN_USE(Aggregate.ELB, "DeleteTargetGroup", "ResourceInUse",
            "Target group '{arn}' is currently in use by a listener or a rule", "ELB's answer quoted in public reports (copilot-cli issue 2593, pulumi-aws issue 4220)"),
    /** ELB CreateListener, ModifyListener: the protocols of the load balancer's type (docs/ecs-rules.md#elbListenerProtocol). */
    ELB_LISTENER_PROTOCOL(Aggregate.ELB, "CreateListener, ModifyListener", "ValidationError",
            "Listener protocol '{protocol}' must be one of '{allowed}'", "ELB's answer quoted in public reports (terraform issue 18126)"),
    /** ELB CreateListener: one listener a port (docs/ecs-rules.md#elbListenerPortUnique). */
    ELB_LISTENER_PORT_UNIQUE(Aggregate.ELB, "CreateListener", "DuplicateListener",
            "A listener already exists on this port for this load balancer '{arn}'", "ELB's answer quoted in public reports (terraform issue 26407)"),
    /** ELB ModifyListener: onto a port no other listener has (docs/ecs-rules.md#elbListenerPortInUse). */
    ELB_LISTENER_PORT_IN_USE(Aggregate.ELB, "ModifyListener", "ValidationError",
            "Listener port '{port}' is already in use", "ELB's answer quoted in public reports (terraform issue 26407)"),
    /** ELB: a listener or rule forwards to target groups of its load balancer's VPC (docs/ecs-rules.md#elbTargetGroupSameVpc). */
    ELB_TARGET_GROUP_SAME_VPC(Aggregate.ELB, "CreateListener, ModifyListener, CreateRule, ModifyRule", "InvalidConfigurationRequest",
            "Target group '{targetGroup}' is in a different VPC than load balancer '{loadBalancer}'", "ELB's answer quoted in public reports (aws-load-balancer-controller issue 1045)"),
    /** ELB: a target group is used by one load balancer (docs/ecs-rules.md#elbTargetGroupOneLoadBalancer). */
    ELB_TARGET_GROUP_ONE_LOAD_BALANCER(Aggregate.ELB, "CreateListener, ModifyListener, CreateRule, ModifyRule", "TargetGroupAssociationLimit",
            "The following target groups cannot be associated with more than one load balancer: {arn}", "ELB API reference (TargetGroupAssociationLimit); wording ecskit's"),
    /** ELB: a listener's and its target groups' protocols go together (docs/ecs-rules.md#elbProtocolsCompatible). */
    ELB_PROTOCOLS_COMPATIBLE(Aggregate.ELB, "CreateListener, ModifyListener, CreateRule, ModifyRule", "IncompatibleProtocols",
            "The listener and its associated target group '{targetGroup}' have incompatible protocols", "ELB's answer as quoted in part in public reports (terraform-provider-aws issue 4955); the end ecskit's"),
    /** ELB CreateRule, SetRulePriorities: one rule a priority in a listener (docs/ecs-rules.md#elbPriorityUnique). */
    ELB_PRIORITY_UNIQUE(Aggregate.ELB, "CreateRule, SetRulePriorities", "PriorityInUse",
            "Priority '{priority}' is currently in use", "ELB's answer quoted in public reports (terraform-provider-aws issue 12212)"),
    /** ELB: a listener's default rule is changed through the listener, never deleted (docs/ecs-rules.md#elbDefaultRule). */
    ELB_DEFAULT_RULE(Aggregate.ELB, "DeleteRule, ModifyRule, SetRulePriorities", "OperationNotPermitted",
            "The default rule '{arn}' cannot be {change}; change the listener's default actions instead", "ELB API reference (a listener's default rule); wording ecskit's"),
    /** ELB CreateRule: conditions, at least one (docs/ecs-rules.md#elbConditionsRequired). */
    ELB_CONDITIONS_REQUIRED(Aggregate.ELB, "CreateRule, ModifyRule", "ValidationError",
            "A rule must have at least one condition, each with a field", "ELB API reference (CreateRule Conditions); the answer quoted in part in public reports (aws-sdk-js issue 2658: A condition field must be specified); wording ecskit's"),
    /** ELB: actions as Elastic Load Balancing takes them (docs/ecs-rules.md#elbActionsValid). */
    ELB_ACTIONS_VALID(Aggregate.ELB, "CreateListener, ModifyListener, CreateRule, ModifyRule", "ValidationError",
            "The actions are not valid: {problem}", "ELB API reference (Action, ForwardActionConfig: 1..5 target groups, weights 0..999); wording ecskit's"),
    /** ELB: attributes the load balancer's or target group's type has, with values they take (docs/ecs-rules.md#elbAttributeValid). */
    ELB_ATTRIBUTE_VALID(Aggregate.ELB, "ModifyLoadBalancerAttributes, ModifyTargetGroupAttributes, ModifyListenerAttributes", "ValidationError",
            "{kind} attribute '{key}' {problem}", "ELB API reference (LoadBalancerAttribute, TargetGroupAttribute keys and ranges); wording ecskit's"),
    /** ELB DeleteLoadBalancer: not with deletion protection on (docs/ecs-rules.md#elbDeletionProtected). */
    ELB_DELETION_PROTECTED(Aggregate.ELB, "DeleteLoadBalancer", "OperationNotPermitted",
            "Load balancer '{arn}' cannot be deleted because deletion protection is enabled", "ELB user guide (deletion protection); wording ecskit's"),
    /** ELB RegisterTargets: an instance id for instance targets, an IPv4 address for IP ones (docs/ecs-rules.md#elbTargetIdValid). */
    ELB_TARGET_ID_VALID(Aggregate.ELB, "RegisterTargets, DeregisterTargets", "ValidationError",
            "{what} '{id}' is not valid", "ELB's answer quoted in public reports (aws-load-balancer-controller issue 3668: Instance ID 'x' is not valid)"),
    /** ELB RegisterTargets: an IP address outside the VPC needs an Availability Zone (docs/ecs-rules.md#elbTargetInVpc). */
    ELB_TARGET_IN_VPC(Aggregate.ELB, "RegisterTargets", "ValidationError",
            "The Availability Zone is required for IP address '{ip}' because it is not in the VPC", "ELB's answer quoted in public reports (aws-load-balancer-controller issue 3714)"),
    /** ELB AddTags: at most 50 tags a resource (docs/ecs-rules.md#elbTagsAtMostFifty). */
    ELB_TAGS_AT_MOST_FIFTY(Aggregate.ELB, "AddTags, Create*", "TooManyTags",
            "The quota for the number of tags that can be assigned to {arn} has been reached (50)", "ELB API reference (TooManyTags; 50 tags a resource); wording ecskit's"),
    /** ELB: a parameter the action does not take is refused (docs/ecs-rules.md#elbParameterKnown). */
    ELB_PARAMETER_KNOWN(Aggregate.ELB, "every Elastic Load Balancing call", "ValidationError",
            "The parameter {parameter} is not recognized", "ecskit's own (ELB's answer to an unknown parameter is not captured); worded as IAM's"),
    /** ELB Describe*: a Marker this server handed out for the same call (docs/ecs-rules.md#elbMarkerValid). */
    ELB_MARKER_VALID(Aggregate.ELB, "DescribeLoadBalancers, DescribeTargetGroups, DescribeListeners, DescribeRules", "ValidationError",
            "Invalid Marker: {marker}", "ELB API reference (Marker); wording ecskit's"),
    /** ECS CreateService, UpdateService: a target group that exists (once the region has load balancing of its own) (docs/ecs-rules.md#serviceTargetGroupFound). */
    SERVICE_TARGET_GROUP_FOUND(Aggregate.SERVICE, "CreateService, UpdateService, CreateTaskSet", "InvalidParameterException",
            "The target group with targetGroupArn {arn} does not exist.", "ECS API reference (loadBalancers); wording ecskit's, in the form of ECS's answer for a target group without a load balancer"),
    /** ECS CreateService, UpdateService: a target group a load balancer's listener or rule forwards to (docs/ecs-rules.md#serviceTargetGroupHasLoadBalancer). */
    SERVICE_TARGET_GROUP_HAS_LOAD_BALANCER(Aggregate.SERVICE, "CreateService, UpdateService, CreateTaskSet", "InvalidParameterException",
            "The target group with targetGroupArn {arn} does not have an associated load balancer.", "ECS's answer quoted in public reports (terraform-aws-ecs-fargate issue 43, cloudposse issue 226)"),
    /** ECS CreateService, UpdateService: ip targets for awsvpc, instance targets otherwise (docs/ecs-rules.md#serviceTargetTypeMatches). */
    SERVICE_TARGET_TYPE_MATCHES(Aggregate.SERVICE, "CreateService, UpdateService, CreateTaskSet", "InvalidParameterException",
            "The provided target group {arn} has target type {type}, which is incompatible with the {mode} network mode specified in the task definition.",
            "ECS's answer quoted in public reports (terraform-aws-ecs-gitlab issue 5; terraform issue 24266)"),
    /** ELB SetSecurityGroups: a network load balancer made without security groups takes none later (docs/ecs-rules.md#elbSecurityGroupsSettable). */
    ELB_SECURITY_GROUPS_SETTABLE(Aggregate.ELB, "SetSecurityGroups", "InvalidConfigurationRequest",
            "You cannot set security groups on a Network Load Balancer which was created without any security groups.",
            "ELB's answer quoted in public reports (kubernetes-sigs/cluster-api-provider-aws issue 4790); ELB API reference, SetSecurityGroups"),
    /** ELB SetSecurityGroups: the groups exist, in the load balancer's VPC (docs/ecs-rules.md#elbSecurityGroupFound). */
    ELB_SECURITY_GROUP_FOUND(Aggregate.ELB, "SetSecurityGroups", "InvalidSecurityGroup",
            "The specified security group does not exist in the load balancer's VPC: {group}", "ELB API reference (InvalidSecurityGroup: The specified security group does not exist); the group named ecskit's"),
    /** ELB SetSubnets: a network load balancer keeps the subnets it has (docs/ecs-rules.md#elbSubnetsKept). */
    ELB_SUBNETS_KEPT(Aggregate.ELB, "SetSubnets", "InvalidConfigurationRequest",
            "A network load balancer's subnets can be added to, not removed: {subnet} is missing", "ELB API reference, SetSubnets (Network Load Balancers: include all subnets that were enabled previously); wording ecskit's"),
    /** ELB SetIpAddressType, SetSubnets: an IP address type the load balancer's type and scheme take (docs/ecs-rules.md#elbIpAddressTypeValid). */
    ELB_IP_ADDRESS_TYPE_VALID(Aggregate.ELB, "SetIpAddressType, SetSubnets", "InvalidConfigurationRequest",
            "IP address type '{type}' is not valid for {what}", "ELB API reference, SetIpAddressType (application: ipv4, dualstack, dualstack-without-public-ipv4; network and gateway: ipv4, dualstack; internal load balancers must use ipv4); wording ecskit's"),
    /** ELB SetIpAddressType, SetSubnets: dualstack needs subnets with IPv6 CIDR blocks (docs/ecs-rules.md#elbIpv6Subnets). */
    ELB_IPV6_SUBNETS(Aggregate.ELB, "SetIpAddressType, SetSubnets", "ValidationError",
            "You must specify subnets with an associated IPv6 CIDR block.", "ELB's answer quoted in public reports (kubernetes-sigs/aws-load-balancer-controller issue 4852)"),
    /** ELB ModifyCapacityReservation: a minimum capacity or a reset, one of them, in units from 1 (docs/ecs-rules.md#elbCapacityRequest). */
    ELB_CAPACITY_REQUEST(Aggregate.ELB, "ModifyCapacityReservation", "InvalidConfigurationRequest",
            "The capacity reservation request is not valid: {problem}", "ELB API reference, ModifyCapacityReservation (MinimumLoadBalancerCapacity or ResetCapacityReservation); wording ecskit's"),
    /** ELB ModifyCapacityReservation: not while the last change is still being provisioned (docs/ecs-rules.md#elbCapacityPending). */
    ELB_CAPACITY_PENDING(Aggregate.ELB, "ModifyCapacityReservation, SetSubnets", "CapacityReservationPending",
            "The load balancer's last capacity reservation is still pending; change it once it is provisioned or failed.", "ELB API reference (CapacityReservationPending); Application Load Balancer guide, capacity unit reservation; wording ecskit's"),
    /** ELB ModifyCapacityReservation: at most two decreases a day (docs/ecs-rules.md#elbCapacityDecreases). */
    ELB_CAPACITY_DECREASES(Aggregate.ELB, "ModifyCapacityReservation", "CapacityDecreaseRequestLimitExceeded",
            "You have reached the limit of capacity decrease requests for today (2 a day).", "ELB API reference (CapacityDecreaseRequestLimitExceeded); load balancer guides, capacity unit reservation (decreases: two a day); wording ecskit's"),
    /** ELB: certificates and TCP listener attributes belong to listeners of the right protocol (docs/ecs-rules.md#elbListenerProtocolFits). */
    ELB_LISTENER_PROTOCOL_FITS(Aggregate.ELB, "AddListenerCertificates, DescribeListenerCertificates, RemoveListenerCertificates, DescribeListenerAttributes, ModifyListenerAttributes", "InvalidConfigurationRequest",
            "{what} is not supported for '{protocol}' protocol listeners", "ELB API reference (certificates: HTTPS and TLS listeners; listener attributes: not for TLS listeners, as terraform-provider-aws notes); wording ecskit's"),
    /** ELB AddListenerCertificates: IsDefault is not set by the caller (docs/ecs-rules.md#elbCertificateIsDefault). */
    ELB_CERTIFICATE_IS_DEFAULT(Aggregate.ELB, "AddListenerCertificates, RemoveListenerCertificates", "ValidationError",
            "You cannot set the isDefault parameter for a certificate.", "ELB's answer quoted in public reports (boto/boto3 issue 3727)"),
    /** ELB RemoveListenerCertificates: the default certificate stays (docs/ecs-rules.md#elbDefaultCertificateKept). */
    ELB_DEFAULT_CERTIFICATE_KEPT(Aggregate.ELB, "RemoveListenerCertificates", "OperationNotPermitted",
            "Default Certificate cannot be removed.", "ELB's answer quoted in public reports (hashicorp/terraform-provider-aws issue 19495)"),
    /** ELB RemoveListenerCertificates: the certificate is the listener's (docs/ecs-rules.md#elbCertificateFound). */
    ELB_CERTIFICATE_FOUND(Aggregate.ELB, "RemoveListenerCertificates", "CertificateNotFound",
            "Certificate '{certificateArn}' not found on the listener", "ELB API reference (CertificateNotFound), as reported for RemoveListenerCertificates (hashicorp/terraform-provider-aws issue 35403); wording ecskit's"),
    /** ELB AddListenerCertificates: at most 25 certificates a load balancer (docs/ecs-rules.md#elbCertificatesAtMost). */
    ELB_CERTIFICATES_AT_MOST(Aggregate.ELB, "AddListenerCertificates", "TooManyCertificates",
            "You've reached the limit on the number of certificates per load balancer (25).", "ELB describe-account-limits (certificates-per-application-load-balancer, certificates-per-network-load-balancer: 25); wording ecskit's"),
    /** ELB: a member ecskit does not simulate is refused by name (docs/ecs-rules.md#elbMemberModelled). */
    ELB_MEMBER_MODELLED(Aggregate.ELB, "CreateLoadBalancer, CreateTargetGroup, CreateListener, RegisterTargets", "ValidationError",
            "ecskit does not simulate Elastic Load Balancing's {member} yet; leave it out, or run against real AWS.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),

    // ---- Application Auto Scaling (issue 25 item 5) -------------------------------------------------------
    /** Application Auto Scaling RegisterScalableTarget: the ECS service must exist and be ACTIVE (docs/ecs-rules.md#scalingServiceExists). */
    SCALING_SERVICE_EXISTS(Aggregate.SCALING, "RegisterScalableTarget", "ValidationException",
            "ECS service doesn't exist: {resourceId}", "Application Auto Scaling's answer quoted in public reports (a ValidationException with a request id; Spinnaker issue 4371)"),
    /** Application Auto Scaling: a resource id of the namespace's form and a dimension of its resource type (docs/ecs-rules.md#scalingTargetSupported). */
    SCALING_TARGET_SUPPORTED(Aggregate.SCALING, "RegisterScalableTarget, PutScalingPolicy, PutScheduledAction, Describe*", "ValidationException",
            "Unsupported service namespace, resource type or scalable dimension", "Application Auto Scaling's answer quoted in public reports (pulumi-policy-aws issue 11); ECS's resource id service/CLUSTER/SERVICE: user guide"),
    /** Application Auto Scaling: ecskit simulates the ecs namespace only; others are refused by name (docs/ecs-rules.md#scalingNamespaceSimulated). */
    SCALING_NAMESPACE_SIMULATED(Aggregate.SCALING, "every Application Auto Scaling call naming a namespace", "ValidationException",
            "ecskit simulates Application Auto Scaling for ECS services only (namespace ecs), not {namespace}; run against real AWS for it.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),
    /** Application Auto Scaling: a member ecskit does not simulate is refused by name (docs/ecs-rules.md#scalingMemberModelled). */
    SCALING_MEMBER_MODELLED(Aggregate.SCALING, "PutScalingPolicy", "ValidationException",
            "ecskit does not simulate Application Auto Scaling's {member} yet; leave it out, or run against real AWS.", "ecskit's own refusal (nothing a request asks is dropped); wording ecskit's"),
    /** Application Auto Scaling PutScalingPolicy, PutScheduledAction: the target must be registered (docs/ecs-rules.md#scalingTargetRegistered). */
    SCALING_TARGET_REGISTERED(Aggregate.SCALING, "PutScalingPolicy, PutScheduledAction", "ObjectNotFoundException",
            "No scalable target registered for service namespace: {namespace}, resource ID: {resourceId}, scalable dimension: {dimension}",
            "Application Auto Scaling's answer quoted in public reports (ansible PR 35632, cloudposse terraform-aws-ecs-cloudwatch-autoscaling PR 36)"),
    /** Application Auto Scaling DeregisterScalableTarget: the target must exist (docs/ecs-rules.md#scalingTargetFound). */
    SCALING_TARGET_FOUND(Aggregate.SCALING, "DeregisterScalableTarget", "ObjectNotFoundException",
            "No scalable target found for service namespace: {namespace}, resource ID: {resourceId}, scalable dimension: {dimension}",
            "Application Auto Scaling API reference (ObjectNotFoundException); wording as moto words it, no capture of AWS's"),
    /** Application Auto Scaling DeleteScalingPolicy: the policy must exist (docs/ecs-rules.md#scalingPolicyFound). */
    SCALING_POLICY_FOUND(Aggregate.SCALING, "DeleteScalingPolicy", "ObjectNotFoundException",
            "No scaling policy found for service namespace: {namespace}, resource ID: {resourceId}, scalable dimension: {dimension}, policy name: {policyName}",
            "Application Auto Scaling API reference (ObjectNotFoundException); wording as moto words it, no capture of AWS's"),
    /** Application Auto Scaling DeleteScheduledAction: the action must exist (docs/ecs-rules.md#scheduledActionFound). */
    SCHEDULED_ACTION_FOUND(Aggregate.SCALING, "DeleteScheduledAction", "ObjectNotFoundException",
            "No scheduled action found for service namespace: {namespace}, resource ID: {resourceId}, scalable dimension: {dimension}, scheduled action name: {name}",
            "Application Auto Scaling API reference (ObjectNotFoundException); wording ecskit's, after the policy's"),
    /** Application Auto Scaling RegisterScalableTarget: a new target needs MinCapacity and MaxCapacity (docs/ecs-rules.md#scalingNewTargetCapacity). */
    SCALING_NEW_TARGET_CAPACITY(Aggregate.SCALING, "RegisterScalableTarget", "ValidationException",
            "MinCapacity and MaxCapacity are required when registering a new scalable target", "Application Auto Scaling API reference (RegisterScalableTarget: required to register a new target); wording ecskit's"),
    /** Application Auto Scaling: MinCapacity at most MaxCapacity (docs/ecs-rules.md#scalingCapacityRange). */
    SCALING_CAPACITY_RANGE(Aggregate.SCALING, "RegisterScalableTarget, PutScheduledAction", "ValidationException",
            "Minimum capacity cannot be greater than maximum capacity", "Application Auto Scaling API reference (RegisterScalableTarget); wording ecskit's"),
    /** Application Auto Scaling PutScheduledAction: a minimum, a maximum or both (docs/ecs-rules.md#scheduledCapacityGiven). */
    SCHEDULED_CAPACITY_GIVEN(Aggregate.SCALING, "PutScheduledAction", "ValidationException",
            "At least one of minimum capacity and maximum capacity should be provided", "Application Auto Scaling's answer quoted in public reports (aws-cloudformation community-registry-extensions issue 255)"),
    /** Application Auto Scaling PutScheduledAction: at(...), rate(...) or cron(...) with six fields (docs/ecs-rules.md#scheduledScheduleValid). */
    SCHEDULED_SCHEDULE_VALID(Aggregate.SCALING, "PutScheduledAction", "ValidationException",
            "Invalid schedule expression: {schedule}. Use at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(fields).",
            "Application Auto Scaling API reference (PutScheduledAction Schedule); wording ecskit's"),
    /** Application Auto Scaling PutScheduledAction: a name without ':', '/' or '|' and a known time zone (docs/ecs-rules.md#scheduledActionNameValid). */
    SCHEDULED_ACTION_NAME_VALID(Aggregate.SCALING, "PutScheduledAction", "ValidationException",
            "{what} is not valid: {problem}", "Application Auto Scaling user guide, scheduled scaling (names may not contain colons, slashes or vertical bars; Timezone: IANA names); wording ecskit's"),
    /** Application Auto Scaling PutScheduledAction: a Timezone of the IANA database (docs/ecs-rules.md#scheduledTimezoneValid). */
    SCHEDULED_TIMEZONE_VALID(Aggregate.SCALING, "PutScheduledAction", "ValidationException",
            "Timezone {timezone} is not a time zone name of the IANA database (e.g. Etc/GMT+9, Pacific/Tahiti)",
            "Application Auto Scaling API reference (PutScheduledAction Timezone: IANA time zone names); wording ecskit's"),
    /** Application Auto Scaling PutScheduledAction: EndTime after StartTime (docs/ecs-rules.md#scheduledTimeRange). */
    SCHEDULED_TIME_RANGE(Aggregate.SCALING, "PutScheduledAction", "ValidationException",
            "The scheduled action's EndTime must be after its StartTime", "Application Auto Scaling API reference (PutScheduledAction StartTime, EndTime); wording ecskit's"),
    /** Application Auto Scaling PutScalingPolicy: a policy's type never changes between target tracking and step (docs/ecs-rules.md#scalingPolicyTypeKept). */
    SCALING_POLICY_TYPE_KEPT(Aggregate.SCALING, "PutScalingPolicy", "ValidationException",
            "You cannot change a TargetTrackingScaling policy to a non TargetTrackingScaling policy, or vice versa",
            "Application Auto Scaling's answer quoted in public reports (terraform-provider-aws issue 13710)"),
    /** Application Auto Scaling PutScalingPolicy: the configuration of the policy's type, complete (docs/ecs-rules.md#scalingPolicyConfigured). */
    SCALING_POLICY_CONFIGURED(Aggregate.SCALING, "PutScalingPolicy", "ValidationException",
            "The scaling request is not valid: {problem}", "Application Auto Scaling API reference (PutScalingPolicy, TargetTrackingScalingPolicyConfiguration, StepScalingPolicyConfiguration, StepAdjustment); wording ecskit's"),
    /** Application Auto Scaling TagResource, UntagResource, ListTagsForResource: the scalable target must exist (docs/ecs-rules.md#scalingResourceFound). */
    SCALING_RESOURCE_FOUND(Aggregate.SCALING, "TagResource, UntagResource, ListTagsForResource", "ResourceNotFoundException",
            "No scalable target found for ARN {arn}", "Application Auto Scaling API reference (ResourceNotFoundException); wording ecskit's"),
    /** Application Auto Scaling through ecskit's AWS backend: the AWS SDK for Java has no module for it (docs/ecs-rules.md#scalingAwsClient). */
    SCALING_AWS_CLIENT(Aggregate.SCALING, "every Application Auto Scaling call on the AWS backend", "UnsupportedOperation",
            "ecskit's AWS backend cannot call Application Auto Scaling: the AWS SDK for Java 2.59.1 has no module for it. Call it with the AWS CLI, boto3 or another SDK; ecskit's in-memory backend and ecskit server serve it.",
            "ecskit's own refusal (shared/VERIFIED.md: software.amazon.awssdk:applicationautoscaling is not served); wording ecskit's"),
    /** Application Auto Scaling Describe*: a NextToken this server handed out for the same call (docs/ecs-rules.md#scalingNextTokenValid). */
    SCALING_NEXT_TOKEN_VALID(Aggregate.SCALING, "DescribeScalableTargets, DescribeScalingPolicies, DescribeScheduledActions, DescribeScalingActivities",
            "InvalidNextTokenException", "The NextToken value is not valid for this request.", "Application Auto Scaling API reference (InvalidNextTokenException); wording ecskit's"),
    /** Application Auto Scaling TagResource: at most 50 tags on a target (docs/ecs-rules.md#scalingTagsAtMostFifty). */
    SCALING_TAGS_AT_MOST_FIFTY(Aggregate.SCALING, "TagResource, RegisterScalableTarget", "TooManyTagsException",
            "A scalable target can have at most 50 tags.", "Application Auto Scaling API reference (TooManyTagsException: 50 tags per resource); wording ecskit's"),

    // ---- EventBridge (issue 25 item 6) ------------------------------------------------------------------
    /** EventBridge: a rule named must exist on the bus (docs/ecs-rules.md#eventRuleFound). */
    EVENT_RULE_FOUND(Aggregate.EVENTS, "DescribeRule, EnableRule, DisableRule, PutTargets, RemoveTargets, ListTargetsByRule, TagResource, UntagResource, ListTagsForResource", "ResourceNotFoundException",
            "Rule {name} does not exist on EventBus default.", "EventBridge's answer quoted in public reports (DescribeRule of a missing rule)"),
    /** EventBridge PutRule: a pattern, a schedule or both (docs/ecs-rules.md#eventRulePatternOrSchedule). */
    EVENT_RULE_PATTERN_OR_SCHEDULE(Aggregate.EVENTS, "PutRule", "ValidationException",
            "Parameter(s) EventPattern or ScheduleExpression must be specified.", "EventBridge's answer quoted in public reports (PutRule with neither)"),
    /** EventBridge PutRule, TestEventPattern: an event pattern in EventBridge's grammar (docs/ecs-rules.md#eventPatternValid). */
    EVENT_PATTERN_VALID(Aggregate.EVENTS, "PutRule, TestEventPattern", "InvalidEventPatternException",
            "Event pattern is not valid. Reason: {reason}", "EventBridge's answer quoted in public reports; the reasons' words ecskit's where no capture exists"),
    /** EventBridge PutRule: {@code rate(...)} or {@code cron(...)} as EventBridge takes them (docs/ecs-rules.md#scheduleExpressionValid). */
    SCHEDULE_EXPRESSION_VALID(Aggregate.EVENTS, "PutRule", "ValidationException",
            "Parameter ScheduleExpression is not valid.", "EventBridge's answer quoted in public reports (rate(1 minutes), a cron of five fields)"),
    /** EventBridge DeleteRule: not while it has targets (docs/ecs-rules.md#eventRuleWithoutTargets). */
    EVENT_RULE_WITHOUT_TARGETS(Aggregate.EVENTS, "DeleteRule", "ValidationException",
            "Rule can't be deleted since it has targets.", "EventBridge's answer quoted in public reports (DeleteRule before RemoveTargets)"),
    /** EventBridge PutTargets: at most 5 targets on a rule (docs/ecs-rules.md#eventTargetsAtMostFive). */
    EVENT_TARGETS_AT_MOST_FIVE(Aggregate.EVENTS, "PutTargets", "LimitExceededException",
            "The requested resource exceeds the maximum number allowed.", "EventBridge quotas (5 targets per rule); EventBridge's LimitExceededException wording"),
    /** EventBridge PutTargets: Input and InputPath exclude each other (docs/ecs-rules.md#eventTargetOneInput). */
    EVENT_TARGET_ONE_INPUT(Aggregate.EVENTS, "PutTargets (FailedEntries)", "ValidationException",
            "Only one of Input, InputPath, or InputTransformer must be provided for target {id}.", "EventBridge API reference, Target (one of them); wording ecskit's in EventBridge's form"),
    /** EventBridge PutTargets: Input is JSON (docs/ecs-rules.md#eventTargetInputJson). */
    EVENT_TARGET_INPUT_JSON(Aggregate.EVENTS, "PutTargets (FailedEntries)", "ValidationException",
            "Input for target {id} must be a valid JSON text.", "EventBridge API reference, Target (Input: valid JSON text); wording ecskit's"),
    /** EventBridge PutTargets: InputPath a JSONPath of the event's members (docs/ecs-rules.md#eventTargetInputPath). */
    EVENT_TARGET_INPUT_PATH(Aggregate.EVENTS, "PutTargets (FailedEntries)", "ValidationException",
            "InputPath {path} is not valid: ecskit takes $ and $.member.member paths.", "EventBridge API reference, Target (InputPath: JSONPath); the subset and wording ecskit's"),
    /** EventBridge PutTargets: an ECS target needs a role to run tasks with (docs/ecs-rules.md#eventTargetRole). */
    EVENT_TARGET_ROLE(Aggregate.EVENTS, "PutTargets (FailedEntries)", "ValidationException",
            "RoleArn is required for target {arn}.", "EventBridge's answer quoted in public reports (an ECS target without RoleArn)"),
    /** EventBridge PutTargets: the targets ecskit delivers to (docs/ecs-rules.md#eventTargetDelivered). */
    EVENT_TARGET_DELIVERED(Aggregate.EVENTS, "PutTargets (FailedEntries)", "ValidationException",
            "Target {arn} is not delivered to here: {why}.", "ecskit's own refusal (a target ecskit would not deliver to is never taken silently); wording ecskit's"),
    /** EventBridge PutEvents: an entry has a Source, a DetailType and a Detail (docs/ecs-rules.md#eventEntryComplete). */
    EVENT_ENTRY_COMPLETE(Aggregate.EVENTS, "PutEvents (Entries)", "InvalidArgument",
            "Parameters Source, DetailType and Detail are required for an entry.", "EventBridge API reference, PutEvents (each entry is refused on its own); wording ecskit's"),
    /** EventBridge PutEvents: {@code aws.} sources are AWS's (docs/ecs-rules.md#eventSourceOurs). */
    EVENT_SOURCE_OURS(Aggregate.EVENTS, "PutEvents (Entries)", "NotAuthorizedForSourceException",
            "Not authorized for the source.", "EventBridge API reference, PutEvents (NotAuthorizedForSourceException); wording as moto has it"),
    /** EventBridge PutEvents: Detail is a JSON object (docs/ecs-rules.md#eventDetailJson). */
    EVENT_DETAIL_JSON(Aggregate.EVENTS, "PutEvents (Entries)", "MalformedDetail",
            "Detail is malformed.", "EventBridge API reference, PutEvents (MalformedDetail); wording as moto has it"),
    /** EventBridge TestEventPattern: the event is a JSON object (docs/ecs-rules.md#eventJson). */
    EVENT_JSON(Aggregate.EVENTS, "TestEventPattern", "InvalidEventPatternException",
            "Event is not valid JSON.", "EventBridge API reference, TestEventPattern; wording ecskit's"),
    /** EventBridge: ecskit serves the account's default bus (docs/ecs-rules.md#eventBusFound). */
    EVENT_BUS_FOUND(Aggregate.EVENTS, "every EventBridge call naming EventBusName", "ResourceNotFoundException",
            "Event bus {name} does not exist.", "EventBridge's answer quoted in public reports (an unknown bus); ecskit serves only the default bus"),

    // ---- what ECS does with IAM roles (issue 25 item 8) -----------------------------------------------
    /** RunTask, CreateService's launches: a task or execution role must exist and trust {@code ecs-tasks.amazonaws.com} (docs/ecs-rules.md#taskRoleAssumable). */
    TASK_ROLE_ASSUMABLE(Aggregate.TASK, "RunTask, StartTask; a service's task launch (service event)", "ClientException",
            "ECS was unable to assume the role '{roleArn}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.",
            "ECS's words in service events quoted in aws-samples/aws-modern-application-workshop#88, #149, boto/boto3#1878, telia-oss/terraform-aws-ecs-fargate#58"),
    /** Task start: the execution role must be allowed to read the secrets and parameters the task names (docs/ecs-rules.md#executionRoleMayRead). */
    EXECUTION_ROLE_MAY_READ(Aggregate.TASK, "task start (the cause in taskSecretsExist's or taskSsmParametersExist's stoppedReason)", "AccessDeniedException",
            "AccessDeniedException: User: {principal} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
            "Fargate's stoppedReasons as quoted in public reports (an execution role without secretsmanager:GetSecretValue or ssm:GetParameters); IAM's AccessDenied wording");

    /** The resource a rule is about; one rule book each. */
    public enum Aggregate {
        /** Task definitions (RegisterTaskDefinition and the calls naming a revision). */
        TASK_DEFINITION,
        /** ECS services (CreateService, UpdateService, DeleteService, service deployments). */
        SERVICE,
        /** ECS clusters. */
        CLUSTER,
        /** Standalone tasks (RunTask, StopTask) and task starts. */
        TASK,
        /** ECR repositories and images. */
        ECR,
        /** CloudWatch Logs groups and streams. */
        LOGS,
        /** EC2 networking: VPCs, subnets, security groups. */
        NETWORK,
        /** Secrets Manager secrets and SSM parameters. */
        SECRETS,
        /** IAM roles and policies. */
        IAM,
        /** EventBridge rules and targets. */
        EVENTS,
        /** CloudWatch metrics and alarms. */
        METRICS,
        /** Application Auto Scaling targets, policies and scheduled actions. */
        SCALING,
        /** Elastic Load Balancing load balancers, target groups, listeners, rules and targets. */
        ELB,
        /** Any resource: tags and capacity provider strategies. */
        ANY
    }

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

    /** The resource the rule is about, i.e. the rule book that checks it. */
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

    /** {@link #placeholders()}, found once (rules are worded on hot paths: a definition's every check). */
    private volatile Seq<String> placeholders;

    /** The placeholders of the message, in order of first appearance. */
    public Seq<String> placeholders() {
        Seq<String> known = placeholders;
        if (known == null) {
            known = findPlaceholders();
            placeholders = known;
        }
        return known;
    }

    private Seq<String> findPlaceholders() {
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
        // one pass over the template: a value that itself holds "{name}" (a user's text) is never filled in again
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byName.put(names.get(i), String.valueOf(values[i]));
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder text = new StringBuilder(message.length() + 32);
        while (m.find()) {
            String value = byName.get(m.group(1));
            m.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(text);
        return text.toString();
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
