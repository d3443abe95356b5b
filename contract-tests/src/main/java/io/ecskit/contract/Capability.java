package io.ecskit.contract;

/**
 * Behaviour of real ECS that a backend may be unable to reproduce. A backend names the ones it
 * lacks, with a reason; tests that need one are skipped with that reason, never passed silently.
 */
public enum Capability {
    /** Task lifecycle PROVISIONING → RUNNING → STOPPED driven by the backend. */
    TASK_LIFECYCLE,
    /** UpdateService with a new task definition starts a new PRIMARY deployment. */
    DEPLOYMENTS,
    /** DeleteCluster refuses while services, tasks or container instances are active. */
    DELETE_CLUSTER_CHECKS,
    /** EC2 container instances can be registered by the test. */
    CONTAINER_INSTANCES,
    /** The test can put an image into an ECR repository without the registry protocol. */
    IMAGE_SEEDING,
    /** A second kit for another region of the same account. */
    OTHER_REGION,
    /** ECS's validation of a task definition at RegisterTaskDefinition (every ECS-RULES §1–4 rule). */
    TASK_DEFINITION_VALIDATION,
    /** DeleteTaskDefinitions (DELETE_IN_PROGRESS). */
    TASK_DEFINITION_DELETE,
    /** DeleteService moves a service to DRAINING and later INACTIVE, still describable. */
    SERVICE_DRAINING,
    /** Unknown subnets and security groups are refused. */
    NETWORK_CHECKS,
    /** EC2 words its networking errors as AWS does ({@code The vpc ID 'vpc-x' does not exist}, {@code ... already exists for VPC ...}). */
    EC2_ERROR_MESSAGES,
    /**
     * EC2 refuses what AWS refuses about networking that moto lets through: subnets outside /16../28, group names like
     * {@code sg-*}, deleting a VPC's default group, or a subnet or group a task's network interface uses.
     */
    NETWORK_DEPENDENCY_CHECKS,
    /** DescribeVpcs, DescribeSubnets and DescribeSecurityGroups refuse an unknown filter name (InvalidParameterValue). */
    EC2_FILTER_CHECKS,
    /** A region that starts without a VPC, where CreateDefaultVpc makes the default one (a fresh simulated region). */
    REGION_WITHOUT_DEFAULT_VPC,
    /** Secrets Manager words its errors as AWS does (a duplicate name, a deleted secret, a recovery window, a staging label). */
    SECRETS_MESSAGES,
    /** EventBridge words its errors as AWS does (a missing rule, a rule with targets, a pattern or schedule it refuses). */
    EVENTBRIDGE_MESSAGES,
    /** CloudWatch answers its errors with AWS's codes and words (a missing alarm, AWS's namespaces, a time range, a period). */
    CLOUDWATCH_MESSAGES,
    /** CloudWatch answers the AWS SDK for Java's Smithy RPC v2 CBOR requests (the only protocol its CloudWatch client speaks). */
    CLOUDWATCH_JAVA_CBOR,
    /** CloudWatch takes PutMetricData and answers its statistics (GetMetricStatistics, ListMetrics). */
    METRIC_DATA,
    /** CloudWatch's DescribeAlarmsForMetric and EnableAlarmActions/DisableAlarmActions. */
    ALARMS_FOR_METRIC,
    /** CloudWatch's DescribeAlarmHistory: an alarm's creation and its changes of state. */
    ALARM_HISTORY,
    /** CloudWatch refuses PutMetricData to AWS's own namespaces ({@code AWS/...}). */
    CLOUDWATCH_NAMESPACE_CHECKS,
    /** Elastic Load Balancing answers its refusals with its own codes and messages. */
    ELB_MESSAGES,
    /** Elastic Load Balancing changes a load balancer's subnets, security groups and IP address type, and answers the account's limits. */
    ELB_SETTINGS,
    /** Elastic Load Balancing answers a new load balancer's capacity reservation as none (no minimum, no zonal states). */
    ELB_CAPACITY_RESERVATION,
    /** Elastic Load Balancing answers and keeps a listener's attributes by its protocol (an HTTP listener's routing.http keys). */
    ELB_LISTENER_ATTRIBUTES,
    /** Elastic Load Balancing health-checks targets on the clock (initial, healthy, draining). */
    ELB_HEALTH_CHECKS,
    /** ECR replicates pushes (DescribeImageReplicationStatus) and runs replication backfills. */
    ECR_REPLICATION,
    /** ECR's archive storage class: UpdateImageStorageClass, the imageStatus filters, restores on the clock. */
    IMAGE_ARCHIVE,
    /**
     * The kit reaches Application Auto Scaling (the AWS SDK for Java has no module for it: every backend driven through the
     * AWS adapter lacks it; ecskit server serves it to other clients, tested with the AWS CLI and boto3).
     */
    APPLICATION_AUTO_SCALING,
    /** CloudWatch evaluates metric alarms on the clock (a test can pass the time an evaluation needs). */
    ALARM_EVALUATION,
    /** EventBridge's TestEventPattern answers whether an event matches. */
    EVENT_PATTERN_TESTS,
    /** ECS sends its events to EventBridge (task state changes to a rule's log group) and a scheduled rule runs its ECS target's tasks. */
    ECS_EVENTS,
    /** IAM knows AWS's managed policies (AmazonECSTaskExecutionRolePolicy can be attached). */
    IAM_AWS_MANAGED_POLICIES,
    /** IAM words its errors as AWS does (a missing role or policy, a duplicate name, a conflict on delete, a malformed document). */
    IAM_MESSAGES,
    /**
     * IAM checks a policy document's grammar (JSON, a Statement, Effect and Action, a trust policy's Principal), and keeps a
     * managed policy while it is attached.
     */
    IAM_POLICY_CHECKS,
    /**
     * ECS acts on IAM as AWS does: it makes its service-linked role with a cluster, refuses a task whose roles don't exist or
     * don't trust ecs-tasks.amazonaws.com, and a task whose execution role may not read its secrets fails to start.
     */
    ECS_IAM_CHECKS,
    /** An awsvpc task's network interface takes an address of its subnet's block, in the subnet's Availability Zone. */
    TASK_NETWORK_ADDRESSES,
    /** The test can count the AWS calls a use case made. */
    CALL_COUNTS,
    /** The test can make an image unpullable (tasks fail to start). */
    FAULT_INJECTION,
    /**
     * A task whose image is on the account's own ECR host ({@code <account>.dkr.ecr.<region>.amazonaws.com})
     * but was never pushed fails to start with CannotPullContainerError (rule imagePullable).
     */
    IMAGE_PULL_CHECKS,
    /** ListServiceDeployments, DescribeServiceDeployments and StopServiceDeployment (the Oct 2024 API), kept per deployment. */
    SERVICE_DEPLOYMENTS,
    /** CreateService refuses duplicate names, missing awsvpc configuration, incompatible or INACTIVE task definitions. */
    SERVICE_CREATE_CHECKS,
    /** A bare family resolves to its latest ACTIVE revision, skipping INACTIVE ones. */
    LATEST_ACTIVE_RESOLUTION,
    /** A deleted cluster is INACTIVE: still describable, no longer listed. */
    INACTIVE_CLUSTERS,
    /** Every cluster-scoped call refuses an unknown cluster with ClusterNotFound. */
    UNKNOWN_CLUSTER_CHECKS,
    /** GetAuthorizationToken's token expires 12 hours after it is issued. */
    ECR_TOKEN_EXPIRY,
    /** CloudWatch Logs words a duplicate log stream as AWS does. */
    LOG_STREAM_MESSAGES,
    /** FilterLogEvents honours logStreamNamePrefix. */
    LOG_STREAM_PREFIX_FILTER,
    /** DescribeServices reports a missing service with its long-format ARN. */
    LONG_ARN_FAILURES,
    /** A log group's retention deletes older events as time passes, and storedBytes counts what is kept. */
    LOG_RETENTION_APPLIED,
    /** FilterLogEvents and TestMetricFilter apply CloudWatch Logs' filter pattern syntax, and refuse a pattern that does not parse. */
    LOG_FILTER_PATTERNS,
    /** DeleteMetricFilter refuses a filter the group does not have (ResourceNotFoundException). */
    METRIC_FILTER_CHECKS,
    /** Subscription filters to any destination are stored (and limited to two per log group). */
    SUBSCRIPTION_FILTERS,
    /** ECR's account settings, pull-time update exclusions and signing configuration (with DescribeImageSigningStatus). */
    ECR_REGISTRY_SETTINGS,
    /** Repository creation templates are stored, described, updated and deleted. */
    CREATION_TEMPLATES,
    /** ListImageReferrers answers the artifacts whose manifest names an image as its subject (OCI 1.1). */
    IMAGE_REFERRERS,
    /** Pull through cache rules are stored, described, updated and deleted. */
    PULL_THROUGH_CACHE,
    /** Lifecycle policies are previewed and applied on the clock: the images they select are expired. */
    LIFECYCLE_EXPIRY,
    /** ECR's layer API answers refusals as ECR does (parts out of order, wrong digest, empty or unknown upload, a layer twice). */
    LAYER_UPLOAD_CHECKS,
    /** GetDownloadUrlForLayer answers a URL the layer's bytes can be read from. */
    LAYER_DOWNLOAD,
    /** PutImage refuses a manifest whose layers or config were not uploaded (LayersNotFoundException). */
    LAYERS_CHECKED_AT_PUT_IMAGE,
    /** Different manifests pushed to ECR get different digests (the sha256 of the manifest). */
    DISTINCT_IMAGE_DIGESTS,
    /** RunTask starts standalone tasks (awsvpc networking included). */
    RUN_TASK,
    /** DescribeTaskDefinition answers every RegisterTaskDefinition member it was given. */
    TASK_DEFINITION_EVERY_MEMBER,
    /** DescribeServices answers every CreateService member the service was created with. */
    SERVICE_EVERY_MEMBER,
    /** SubmitTaskStateChange and SubmitContainerStateChange (the agent's reports) stop tasks as reported. */
    AGENT_REPORTS,
    /** ListServicesByNamespace finds the services whose Service Connect configuration uses a namespace. */
    SERVICE_CONNECT_NAMESPACES,
    /** UpdateTaskProtection and GetTaskProtection; a protected service task outlives a scale-in until its protection ends. */
    TASK_PROTECTION,
    /** ExecuteCommand: refused without enableExecuteCommand, a session for a task run with it. */
    EXECUTE_COMMAND,
    /** RegisterContainerInstance as the agent calls it (an identity document without a real EC2 instance behind it). */
    AGENT_REGISTRATION,
    /** DescribeCapacityProviders lists FARGATE and FARGATE_SPOT, which every account has. */
    FARGATE_CAPACITY_PROVIDERS,
    /** CreateCapacityProvider, UpdateCapacityProvider and DeleteCapacityProvider for Auto Scaling group providers (no real group needed). */
    AUTO_SCALING_GROUP_PROVIDERS,
    /** PutClusterCapacityProviders and CreateCapacityProvider refuse unknown providers, strategies beyond the list and reserved names. */
    CAPACITY_PROVIDER_CHECKS,
    /** CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets and UpdateServicePrimaryTaskSet on EXTERNAL services. */
    TASK_SETS,
    /** Task sets refused as ECS refuses them (controller, scale, primary, limits), ECS's defaults, EXTERNAL services' own refusals. */
    TASK_SET_CHECKS,
    /** UpdateService of a CODE_DEPLOY service refuses a new task definition and a forced deployment, as ECS does. */
    CONTROLLER_CHECKS,
    /** Create/Update/Delete/DescribeExpressGatewayService, each service an ECS service DescribeServices shows. */
    EXPRESS_GATEWAY_SERVICES,
    /** The daemon operations: daemon task definitions, and daemons refused off ECS Managed Instances capacity providers. */
    DAEMONS,
    /** The gateway operations: gateways, cluster associations, resources and routes. */
    GATEWAYS,
    /** UpdateCluster and UpdateClusterSettings answer the cluster as changed. */
    CLUSTER_UPDATES,
    /** TagResource, UntagResource and ListTagsForResource refuse unknown resources, ARNs of no ECS resource and tags ECS refuses. */
    TAG_CHECKS,
    /** Tasks get tags as propagateTags and enableECSManagedTags say. */
    TAG_PROPAGATION,
    /** Account settings kept per principal and answered as ECS answers them (principalArn included, DeleteAccountSetting's setting). */
    ACCOUNT_SETTINGS,
    /** ListAccountSettings with effectiveSettings answers ECS's defaults (long ARN formats enabled, ...). */
    ACCOUNT_SETTING_DEFAULTS,
    /** Account settings take effect: the containerInsights default is the setting of clusters created without one. */
    ACCOUNT_SETTING_EFFECTS,
    /** PutAccountSetting refuses values a setting does not take and read-only settings; ListAccountSettings a value without a name. */
    ACCOUNT_SETTING_VALIDATION
}
