package io.ecskit.adapter.aws;

import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The AWS adapter over real HTTP against moto server. moto's gaps are declared here, each with
 * its reason, every one observed against moto 5.2.5 by running its tests anyway (see {@link #lacks}).
 */
final class MotoBackend implements Backend {

    static final Map<Capability, String> GAPS = HashMap.of(
            Capability.TASK_LIFECYCLE, "moto starts no tasks for services; runningCount is MOTO_ECS_SERVICE_RUNNING",
            Capability.DEPLOYMENTS, "moto's UpdateService never starts a new deployment",
            Capability.DELETE_CLUSTER_CHECKS, "moto's DeleteCluster checks for no services, tasks or instances",
            Capability.CONTAINER_INSTANCES, "registering an instance needs an EC2 identity document; not wired for moto",
            Capability.TASK_DEFINITION_VALIDATION, "moto registers any task definition (no Fargate size or role checks)",
            Capability.SERVICE_DRAINING, "moto deletes a service at once (no DRAINING, no INACTIVE record)",
            Capability.FAULT_INJECTION, "moto runs no containers, so nothing can fail to pull or start",
            Capability.IMAGE_PULL_CHECKS, "moto runs no containers, so it never pulls an image from its ECR",
            Capability.SERVICE_DEPLOYMENTS, "moto 5.2.5 does not implement the service deployment calls (DescribeServiceDeployments answers HTTP 500)",
            Capability.TASK_DEFINITION_DELETE, "moto's DeleteTaskDefinitions forgets the revision and reuses its number")
            .put(Capability.SERVICE_CREATE_CHECKS,
                    "moto's CreateService checks no duplicate name, network configuration, launch type or task definition status")
            .put(Capability.LATEST_ACTIVE_RESOLUTION, "moto resolves a bare family to its newest revision even when INACTIVE")
            .put(Capability.INACTIVE_CLUSTERS, "moto's ListClusters still lists deleted (INACTIVE) clusters")
            .put(Capability.UNKNOWN_CLUSTER_CHECKS, "moto's ListContainerInstances answers an unknown cluster with an empty list")
            .put(Capability.ECR_TOKEN_EXPIRY, "moto's GetAuthorizationToken returns a fixed expiry (2015-01-01)")
            .put(Capability.LOG_STREAM_MESSAGES, "moto answers a duplicate log stream, and deleting an unknown one, with the log group's message")
            .put(Capability.LOG_STREAM_PREFIX_FILTER, "moto's FilterLogEvents ignores logStreamNamePrefix")
            .put(Capability.LONG_ARN_FAILURES, "moto reports a missing service's ARN in the short format")
            .put(Capability.DISTINCT_IMAGE_DIGESTS, "moto's PutImage gives every manifest the digest of the empty string")
            .put(Capability.LAYER_DOWNLOAD, "moto 5.2.5's GetDownloadUrlForLayer raises NotImplementedError")
            .put(Capability.EC2_ERROR_MESSAGES, "moto 5.2.5 words EC2's errors its own way (VpcID {'vpc-x'} does not exist.; no 'for VPC' in InvalidGroup.Duplicate)")
            .put(Capability.NETWORK_DEPENDENCY_CHECKS, "moto 5.2.5 deletes a VPC's default group, a subnet or group an ENI uses, and takes /29 subnets and sg-* group names")
            .put(Capability.EC2_FILTER_CHECKS, "moto 5.2.5 raises NotImplementedError (HTTP 500) for a filter name it does not know")
            .put(Capability.REGION_WITHOUT_DEFAULT_VPC, "moto's regions start with a default VPC")
            .put(Capability.CLOUDWATCH_JAVA_CBOR, "moto 5.2.5 answers some of the AWS SDK for Java's CBOR CloudWatch requests with HTTP 404 "
                    + "(PutMetricData, and alarm calls in some runs); boto3's CBOR requests it answers")
            .put(Capability.CLOUDWATCH_MESSAGES, "moto 5.2.5's CBOR errors carry no code the AWS SDK for Java reads, and ResourceNotFound no message")
            .put(Capability.METRIC_DATA, "moto 5.2.5 answers the AWS SDK for Java's CBOR PutMetricData with HTTP 404")
            .put(Capability.CLOUDWATCH_NAMESPACE_CHECKS, "moto 5.2.5 takes PutMetricData to AWS/ namespaces")
            .put(Capability.ALARM_EVALUATION, "moto 5.2.5 stores alarms but never evaluates them")
            .put(Capability.ELB_MESSAGES, "moto 5.2.5 words a duplicate target group 'A target group with the specified name already exists.'")
            .put(Capability.ELB_CAPACITY_RESERVATION, "moto 5.2.5 answers a new load balancer's capacity reservation with a provisioned state of no zone")
            .put(Capability.ELB_LISTENER_ATTRIBUTES, "moto 5.2.5 answers an application load balancer's HTTP listener with a TCP listener's tcp.idle_timeout.seconds")
            .put(Capability.ELB_HEALTH_CHECKS, "moto 5.2.5 answers a registered target healthy at once (no initial checks) and never drains it")
            .put(Capability.ECR_REPLICATION, "moto 5.2.5 replicates nothing and has no DescribeImageReplicationStatus or replication backfills")
            .put(Capability.IMAGE_ARCHIVE, "moto 5.2.5 does not implement UpdateImageStorageClass (the archive storage class)")
            .put(Capability.APPLICATION_AUTO_SCALING, "the AWS SDK for Java 2.59.1 has no Application Auto Scaling module, so ecskit's AWS adapter refuses it by name (rule scalingAwsClient)")
            .put(Capability.EVENTBRIDGE_MESSAGES, "moto 5.2.5 words a missing rule 'Rule X does not exist.' (no 'on EventBus default')")
            .put(Capability.EVENT_PATTERN_TESTS, "moto 5.2.5's TestEventPattern answers without its Result member")
            .put(Capability.ECS_EVENTS, "moto's ECS sends no events to its EventBridge and its scheduled rules run no tasks")
            .put(Capability.IAM_AWS_MANAGED_POLICIES, "moto 5.2.5 knows AWS's managed policies only with MOTO_IAM_LOAD_MANAGED_POLICIES, "
                    + "which makes every test's backend load about a thousand policies (the kit ran 10x slower)")
            .put(Capability.IAM_MESSAGES, "moto 5.2.5 words IAM's errors its own way ('Role X not found', 'Policy X was not found')")
            .put(Capability.IAM_POLICY_CHECKS, "moto 5.2.5 stores a trust policy that is not JSON, and deletes a managed policy still attached to a role")
            .put(Capability.ECS_IAM_CHECKS, "moto's ECS neither makes its service-linked role nor checks task and execution roles")
            .put(Capability.SECRETS_MESSAGES, "moto 5.2.5 answers GetSecretValue of a deleted secret with its own text, and takes a CreateSecret of an existing name when the SDK sends its ClientRequestToken")
            .put(Capability.LOG_FILTER_PATTERNS, "moto 5.2.5's FilterLogEvents answers every event whatever the pattern, and its TestMetricFilter answers HTTP 500")
            .put(Capability.ECR_REGISTRY_SETTINGS, "moto 5.2.5 has none of ECR's account setting, pull-time exclusion or signing operations")
            .put(Capability.CREATION_TEMPLATES, "moto 5.2.5 has none of ECR's repository creation template operations")
            .put(Capability.IMAGE_REFERRERS, "moto 5.2.5 has no ListImageReferrers")
            .put(Capability.PULL_THROUGH_CACHE, "moto 5.2.5 has none of ECR's pull through cache rule operations")
            .put(Capability.METRIC_FILTER_CHECKS, "moto's DeleteMetricFilter answers success for a filter the group does not have")
            .put(Capability.SUBSCRIPTION_FILTERS, "moto delivers a test event to the destination and refuses a Lambda function its Lambda backend does not have")
            .put(Capability.LOG_RETENTION_APPLIED, "moto keeps events past their group's retention and answers storedBytes 0")
            .put(Capability.LIFECYCLE_EXPIRY, "moto stores lifecycle policies but neither previews (no StartLifecyclePolicyPreview) nor applies them")
            .put(Capability.LAYER_UPLOAD_CHECKS, "moto forgets an upload once a part or its completion was refused "
                    + "(UploadNotFoundException for the next part), where ECR keeps it open")
            .put(Capability.LAYERS_CHECKED_AT_PUT_IMAGE, "moto's PutImage stores a manifest whose layers were never uploaded")
            .put(Capability.TASK_DEFINITION_EVERY_MEMBER, "moto drops enableFaultInjection (AwsAdapterIT checks the rest, and the request sent)")
            .put(Capability.SERVICE_EVERY_MEMBER, "moto's DescribeServices leaves out deploymentConfiguration, availabilityZoneRebalancing, "
                    + "healthCheckGracePeriodSeconds, enableExecuteCommand and more (AwsAdapterIT checks the request sent)")
            .put(Capability.TAG_CHECKS, "moto's TagResource takes aws:-prefixed keys and more than 50 tags, and answers an unknown "
                    + "service ARN with ServiceNotFoundException")
            .put(Capability.EXECUTE_COMMAND, "needs RUN_TASK, which moto lacks for awsvpc")
            .put(Capability.SERVICE_CONNECT_NAMESPACES, "moto 5.2.5 has no ListServicesByNamespace, and its CreateService "
                    + "keeps no serviceConnectConfiguration")
            .put(Capability.AGENT_REGISTRATION, "moto's RegisterContainerInstance looks the instance up in its own EC2 (not wired here)")
            .put(Capability.FARGATE_CAPACITY_PROVIDERS, "moto's DescribeCapacityProviders lists only the providers created")
            .put(Capability.AUTO_SCALING_GROUP_PROVIDERS, "moto's DeleteCapacityProvider answers the provider still ACTIVE")
            .put(Capability.CAPACITY_PROVIDER_CHECKS, "moto's PutClusterCapacityProviders takes providers that do not exist")
            .put(Capability.CLUSTER_UPDATES, "moto 5.2.5's UpdateClusterSettings answers HTTP 500")
            .put(Capability.TASK_SET_CHECKS, "moto 5.2.5 creates EXTERNAL services with a task definition, defaults a task set's "
                    + "scale to 100%, rounds computedDesiredCount down and refuses no task-set call by ECS's rules")
            .put(Capability.EXPRESS_GATEWAY_SERVICES, "moto 5.2.5 has no Express Gateway service operations")
            .put(Capability.DAEMONS, "moto 5.2.5 has no daemon operations")
            .put(Capability.GATEWAYS, "moto 5.2.5 has no gateway operations")
            .put(Capability.CONTROLLER_CHECKS, "moto 5.2.5's UpdateService takes a new task definition and a forced deployment "
                    + "on a CODE_DEPLOY service")
            .put(Capability.ACCOUNT_SETTINGS, "moto 5.2.5 keeps one value per setting, answers no principalArn and "
                    + "DeleteAccountSetting answers no setting")
            .put(Capability.ACCOUNT_SETTING_DEFAULTS, "moto's ListAccountSettings with effectiveSettings lists only what was set")
            .put(Capability.ACCOUNT_SETTING_EFFECTS, "moto's CreateCluster ignores the containerInsights account setting")
            .put(Capability.ACCOUNT_SETTING_VALIDATION, "moto takes any value for any setting and a value filter without a name")
            .put(Capability.RUN_TASK, "moto's RunTask with awsvpc fails with HTTP 500 "
                    + "(AttributeError: 'NetworkInterface' object has no attribute 'private_dns_name')");

    private final MotoServer moto = MotoServer.get();
    private final MotoNetwork network;
    private final AwsEcsKit kit;

    MotoBackend() {
        moto.reset();
        network = MotoNetwork.create(moto.endpoint());
        kit = kitFor(MotoServer.REGION);
    }

    private AwsEcsKit kitFor(String region) {
        return AwsEcsKit.builder().region(region).endpointOverride(moto.endpoint())
                .credentials(MotoNetwork.CREDENTIALS).accountId(MotoServer.ACCOUNT)
                .maxAttempts(3).apiCallTimeout(Duration.ofSeconds(30)).build();
    }

    AwsEcsKit awsKit() {
        return kit;
    }

    @Override
    public String name() {
        return "moto";
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    public Seq<String> subnets() {
        return List.ofAll(network.subnets());
    }

    @Override
    public Seq<String> securityGroups() {
        return List.ofAll(network.securityGroups());
    }

    @Override
    public String prefix() {
        return "it-";
    }

    /**
     * {@code -Decskit.probeMotoGaps=SERVICE_DRAINING,...} runs the tests of those gaps anyway: how the
     * gap table is checked against a new moto (a gap whose tests pass should go).
     */
    @Override
    public Option<String> lacks(Capability capability) {
        boolean probed = List.of(System.getProperty("ecskit.probeMotoGaps", "").split(",")).contains(capability.name());
        return probed ? Option.none() : GAPS.get(capability);
    }

    /** moto's state does not move with time: nothing to wait for. */
    @Override
    public void passTime(Duration duration) {
    }

    @Override
    public int calls(String operation) {
        return kit.calls().count(operation);
    }

    @Override
    public void resetCalls() {
        kit.calls().reset();
    }

    /** ECR's PutImage API (which moto implements) stands in for a registry push. */
    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        return AwsErrors.call(() -> kit.clients().ecr.putImage(r -> r.repositoryName(repository.value())
                        .imageManifest(new String(manifest, StandardCharsets.UTF_8)).imageTag(tag.value())))
                .flatMap(r -> kit.api().imageRepositories().images(repository))
                .map(images -> images.find(i -> i.tags().contains(tag)).get());
    }

    @Override
    public EcsKit kitIn(String region) {
        return kitFor(region);
    }

    @Override
    public void close() {
        kit.close();
    }
}
