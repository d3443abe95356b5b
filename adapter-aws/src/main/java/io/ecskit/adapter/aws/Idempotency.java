package io.ecskit.adapter.aws;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Which requests the kit sends again after a failure that does not say whether AWS carried the
 * request out: an HTTP 5xx ({@code InternalFailure}, {@code ServiceUnavailable}, ECS's
 * {@code ServerException}), a connection closed or reset after the request was sent, an attempt or
 * call timeout. The SDK's standard strategy retries those for every operation; the kit retries them
 * only where a second request cannot do more than the first:
 *
 * <ol>
 *   <li><b>Reads</b>: {@code Describe*}, {@code List*}, {@code Get*}, {@code BatchGet*},
 *       {@code FilterLogEvents}, {@code BatchCheckLayerAvailability}.</li>
 *   <li><b>Requests carrying a {@code clientToken}</b> (ECS answers a repeat with the first one's result;
 *       an attempt resends the same bytes, so the same token): in the SDK 2.59.1 models
 *       {@code RunTask} and {@code CreateGateway} (and Logs' {@code PutQueryDefinition}) always, as the
 *       SDK fills in a token when none is given (the model's idempotency-token trait);
 *       {@code CreateService}, {@code CreateTaskSet} and {@code CreateDaemon} when the caller set one
 *       ({@code deploy} always sets one on CreateService).</li>
 *   <li><b>Writes whose repeat is harmless</b> by the service's semantics ({@link #HARMLESS_TO_REPEAT},
 *       each with its reason): the repeat of {@code CreateCluster} answers the cluster it made; of a
 *       {@code Delete*} or {@code Deregister*}, "not found" or the INACTIVE record, which clean-up takes
 *       as done; of {@code CreateLogGroup}, {@code ResourceAlreadyExists}, which deploy takes as there;
 *       {@code UpdateService} that only sets {@code desiredCount} (an absolute value, no deployment).</li>
 * </ol>
 *
 * Everything else is <b>not</b> sent again after such a failure, and answers
 * {@link io.ecskit.domain.error.EcsError.OutcomeUnknown}: {@code RegisterTaskDefinition} (a repeat
 * registers another revision), {@code UpdateService} with anything but the desired count (a repeat may
 * start another deployment), {@code CreateService} without a client token (a repeat after the first
 * created the service is refused as not idempotent), {@code PutLogEvents} (the events twice),
 * {@code ContinueServiceDeployment} (a repeat may continue the next paused stage),
 * {@code StopServiceDeployment} (a repeat answers a conflict for what the first did), ECR's
 * {@code PutImage}, and any operation not named here. Throttling, clock skew and a
 * connection that never opened are retried for every operation: AWS refused or never saw the request.
 *
 * <p>The kit's clients are synchronous, and the SDK runs a call's attempts and its retry decisions on
 * the calling thread; {@link #enter} notes the call there for {@link IdempotentRetryStrategy}.
 */
final class Idempotency {

    /** Operation -> why its repeat is harmless. */
    static final Map<String, String> HARMLESS_TO_REPEAT = HashMap.ofEntries(
            java.util.Map.entry("CreateCluster", "ECS answers the existing ACTIVE cluster of that name"),
            java.util.Map.entry("DeleteCluster", "a repeat answers ClusterNotFoundException; clean-up takes it as gone"),
            java.util.Map.entry("DeleteService", "a repeat answers ServiceNotActive/ServiceNotFound; clean-up takes it as gone"),
            java.util.Map.entry("DeregisterTaskDefinition", "a repeat answers the INACTIVE revision"),
            java.util.Map.entry("DeleteTaskDefinitions", "a repeat names the revision as already being deleted"),
            java.util.Map.entry("DeregisterContainerInstance", "a repeat answers that the instance is gone; nothing else changes"),
            java.util.Map.entry("StopTask", "a repeat answers the stopping or stopped task"),
            java.util.Map.entry("TagResource", "tags are set to the given values"),
            java.util.Map.entry("UntagResource", "the keys are removed"),
            java.util.Map.entry("CreateLogGroup", "a repeat answers ResourceAlreadyExists; deploy takes the group as there"),
            java.util.Map.entry("CreateLogStream", "a repeat answers ResourceAlreadyExists"),
            java.util.Map.entry("DeleteLogGroup", "a repeat answers ResourceNotFound; clean-up takes it as gone"),
            java.util.Map.entry("PutRetentionPolicy", "the retention is set to the given value"),
            java.util.Map.entry("CreateRepository", "a repeat answers RepositoryAlreadyExists"),
            java.util.Map.entry("DeleteRepository", "a repeat answers RepositoryNotFound; clean-up takes it as gone"),
            java.util.Map.entry("DeleteVpc", "a repeat answers InvalidVpcID.NotFound"),
            java.util.Map.entry("DeleteRole", "a repeat answers NoSuchEntity; clean-up takes it as gone"),
            java.util.Map.entry("PutMetricAlarm", "the alarm is set to the given configuration"),
            java.util.Map.entry("DeleteAlarms", "a repeat answers ResourceNotFound; clean-up takes it as gone"),
            java.util.Map.entry("SetAlarmState", "the state is set"),
            java.util.Map.entry("PutRule", "the rule is set to the given pattern, schedule and state"),
            java.util.Map.entry("DeleteRule", "deleting a rule that is gone answers success"),
            java.util.Map.entry("EnableRule", "the state is set"),
            java.util.Map.entry("DisableRule", "the state is set"),
            java.util.Map.entry("PutTargets", "targets are set by id"),
            java.util.Map.entry("RemoveTargets", "the ids are removed"),
            java.util.Map.entry("AttachRolePolicy", "attaching an attached policy again changes nothing"),
            java.util.Map.entry("DetachRolePolicy", "a repeat answers NoSuchEntity; the policy is detached"),
            java.util.Map.entry("PutRolePolicy", "the inline policy is set to the given document"),
            java.util.Map.entry("DeleteRolePolicy", "a repeat answers NoSuchEntity; the policy is gone"),
            java.util.Map.entry("UpdateAssumeRolePolicy", "the trust policy is set to the given document"),
            java.util.Map.entry("UpdateRole", "the description and session duration are set to the given values"),
            java.util.Map.entry("TagRole", "tags are set to the given values"),
            java.util.Map.entry("UntagRole", "the keys are removed"),
            java.util.Map.entry("DeletePolicy", "a repeat answers NoSuchEntity; clean-up takes it as gone"),
            java.util.Map.entry("DeleteSubnet", "a repeat answers InvalidSubnetID.NotFound"),
            java.util.Map.entry("DeleteSecurityGroup", "a repeat answers InvalidGroup.NotFound"));

    private static final Set<String> READS_BY_NAME = HashSet.of("FilterLogEvents", "BatchCheckLayerAvailability");

    /** UpdateService members that leave the deployment alone: the desired count, and which service. */
    private static final Set<String> SCALING_ONLY = HashSet.of("cluster", "service", "desiredCount");

    private final ThreadLocal<Boolean> current = new ThreadLocal<>();

    /** The last failure on this thread of a call not safe to repeat that AWS may have carried out. */
    private static final ThreadLocal<OutcomeUnknown> UNKNOWN = new ThreadLocal<>();

    record OutcomeUnknown(String operation, Throwable failure) {
    }

    static void noteOutcomeUnknown(String operation, Throwable failure) {
        UNKNOWN.set(new OutcomeUnknown(operation, failure));
    }

    /**
     * The operation whose outcome is unknown, when {@code thrown} (what the SDK threw to the caller,
     * on this thread) is, or wraps, the failure noted last; the note is then forgotten.
     */
    static io.vavr.control.Option<OutcomeUnknown> outcomeUnknown(Throwable thrown) {
        OutcomeUnknown noted = UNKNOWN.get();
        if (noted == null) {
            return io.vavr.control.Option.none();
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t == noted.failure()) {
                UNKNOWN.remove();
                return io.vavr.control.Option.some(noted);
            }
        }
        return io.vavr.control.Option.none();
    }

    /** Whether {@code request} ({@code operation}, e.g. RegisterTaskDefinition) may be sent again after a 5xx or a lost answer. */
    static boolean safeToRepeat(String operation, SdkRequest request) {
        if (operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get")
                || operation.startsWith("BatchGet") || READS_BY_NAME.contains(operation)) {
            return true;
        }
        if (request.sdkFields().stream().anyMatch(f -> f.memberName().equals("clientToken")
                && (f.getValueOrDefault(request) != null || f.containsTrait(DefaultValueTrait.class)))) {
            return true;
        }
        if (operation.equals("UpdateService")) {
            return request.sdkFields().stream().allMatch(f -> SCALING_ONLY.contains(f.memberName()) || unset(f, request));
        }
        return HARMLESS_TO_REPEAT.containsKey(operation);
    }

    private static boolean unset(SdkField<?> field, SdkRequest request) {
        Object value = field.getValueOrDefault(request);
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }

    /**
     * Whether AWS may have carried out the request that failed so: it answered 5xx (not throttling), or
     * the request was sent and no answer came (I/O error, attempt or call timeout, interruption). A
     * 4xx, throttling, or a connection that never opened (unknown host, refused, connect timeout): no.
     */
    static boolean mayHaveReachedAws(Throwable failure) {
        if (failure instanceof SdkServiceException service) {
            return service.statusCode() >= 500 && !service.isThrottlingException();
        }
        if (!(failure instanceof SdkClientException)) {
            return false;
        }
        if (failure instanceof ApiCallAttemptTimeoutException || failure instanceof ApiCallTimeoutException
                || failure instanceof AbortedException) {
            return true;
        }
        boolean io = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause instanceof org.apache.http.conn.ConnectTimeoutException
                    || cause instanceof org.apache.http.conn.ConnectionPoolTimeoutException) {
                return false;
            }
            io |= cause instanceof IOException || cause instanceof UncheckedIOException;
        }
        return io;
    }

    /** Notes the call starting on this thread (the interceptor's beforeExecution). */
    void enter(boolean safe) {
        UNKNOWN.remove();
        current.set(safe);
    }

    /** The call on this thread ended (its last attempt answered or failed). */
    void leave() {
        current.remove();
    }

    /** Whether the call running on this thread must not be sent again after {@code failure}. */
    boolean vetoes(Throwable failure) {
        return Boolean.FALSE.equals(current.get()) && mayHaveReachedAws(failure);
    }
}
