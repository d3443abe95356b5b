package io.ecskit.domain.error;

import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Why an ECS, ECR or CloudWatch Logs request did not do what was asked. One record per AWS
 * error kind, each carrying AWS's message text (and, from the AWS backend, the request id).
 * Both backends answer with the same record for the same mistake, which is what lets one
 * test suite run against either.
 *
 * <p>What a caller usually asks of one is answered by {@link #isNotFound()}, {@link #isRetryable()} and
 * {@link #isInvalidInput()}; who prefers exceptions to {@code Either} writes
 * {@code EcsError.getOrThrow(ecs.api().clusters().create(spec))} (or {@code .getOrElseThrow(EcsException::new)}).
 */
public sealed interface EcsError {

    /** AWS's error code, e.g. {@code ClusterNotFoundException}. */
    String code();

    /** AWS's message, exactly as AWS words it. */
    String message();

    /** The AWS request id; empty from the in-memory backend. */
    Option<String> requestId();

    /**
     * The cluster, service, repository, image or log group/stream the request named is not there.
     * An {@link Other} error is when AWS's code says so ({@code ...NotFoundException}, EC2's {@code ....NotFound}).
     * {@link ServiceNotActive} is not: the service exists, deleted or draining.
     */
    default boolean isNotFound() {
        return this instanceof ClusterNotFound || this instanceof ServiceNotFound || this instanceof RepositoryNotFound
                || this instanceof ImageNotFound || this instanceof ResourceNotFound
                || this instanceof Other other && (other.code().endsWith("NotFoundException") || other.code().endsWith(".NotFound"));
    }

    /**
     * The same request may succeed later, unchanged: {@link Throttled} past the SDK's retries, and
     * {@link Unavailable} (AWS's 5xx, a timeout, a reset connection). Nothing else is: a refusal stays
     * a refusal, {@link EndpointUnreachable} and {@link NoCredentials} need configuring first, an
     * {@link Other} is never a 5xx or throttling (those have their records), and {@link OutcomeUnknown}
     * (the same failures, of a request that is not safe to repeat) may already have taken effect.
     */
    default boolean isRetryable() {
        return this instanceof Throttled || this instanceof Unavailable || this instanceof DeadlinePassed;
    }

    /**
     * The request itself is wrong and must change: ecskit's own check ({@link Invalid}), ECS's
     * {@link ClientError} and {@link InvalidParameter}; an {@link Other} when AWS's code says so
     * ({@code Invalid...}, {@code ValidationException}, {@code ParamValidationError}).
     */
    default boolean isInvalidInput() {
        return this instanceof Invalid || this instanceof ClientError || this instanceof InvalidParameter
                || this instanceof Other other && (other.code().startsWith("Invalid") || other.code().equals("ValidationException")
                        || other.code().equals("ParamValidationError"));
    }

    /**
     * The right value, or {@link EcsException} carrying the error: for callers who prefer exceptions
     * to matching on {@code Either}. Same as {@code either.getOrElseThrow(EcsException::new)}.
     */
    static <T> T getOrThrow(Either<? extends EcsError, ? extends T> either) {
        if (either.isLeft()) {
            throw new EcsException(either.getLeft());
        }
        return either.get();
    }

    /**
     * The error AWS answers when a request breaks {@code rule}: the record for the rule's error code,
     * with the rule's message filled with {@code values} (the in-memory backend's one way to refuse).
     */
    static EcsError of(io.ecskit.domain.EcsRule rule, Object... values) {
        String message = rule.message(values);
        Option<String> none = Option.none();
        return switch (rule.code()) {
            case "ClientException" -> new ClientError(message, none);
            case "InvalidParameterException" -> new InvalidParameter(message, none);
            case "ClusterNotFoundException" -> new ClusterNotFound(message, none);
            case "ServiceNotFoundException" -> new ServiceNotFound(message, none);
            case "ServiceNotActiveException" -> new ServiceNotActive(message, none);
            case "ClusterContainsServicesException" -> new ClusterContainsServices(message, none);
            case "ClusterContainsTasksException" -> new ClusterContainsTasks(message, none);
            case "ClusterContainsContainerInstancesException" -> new ClusterContainsContainerInstances(message, none);
            case "RepositoryAlreadyExistsException" -> new RepositoryAlreadyExists(message, none);
            case "RepositoryNotFoundException" -> new RepositoryNotFound(message, none);
            case "RepositoryNotEmptyException" -> new RepositoryNotEmpty(message, none);
            case "ImageTagAlreadyExistsException" -> new ImageTagAlreadyExists(message, none);
            case "ImageNotFoundException" -> new ImageNotFound(message, none);
            case "ResourceAlreadyExistsException" -> new ResourceAlreadyExists(message, none);
            case "ResourceNotFoundException" -> new ResourceNotFound(message, none);
            case "AccessDeniedException" -> new AccessDenied(message, none);
            case "ResourceInUseException" -> new ResourceInUse(message, none);
            default -> new Other(rule.code(), message, none);
        };
    }

    /**
     * ecskit's own check of a request before anything is sent: every violation at once.
     * Nothing has been created when this comes back.
     */
    record Invalid(Seq<Violation> violations) implements EcsError {
        public String code() {
            return violations.headOption().map(v -> v.kind().awsCode()).getOrElse("InvalidParameterException");
        }

        public String message() {
            return violations.mkString("; ");
        }

        public Option<String> requestId() {
            return Option.none();
        }
    }

    // ---- ECS ------------------------------------------------------------------------------

    /** ECS {@code ClientException}: the request was understood and refused. */
    record ClientError(String message, Option<String> requestId) implements EcsError {
        /** A {@code ClientException} with {@code message} and no request id. */
        public static ClientError of(String message) { return new ClientError(message, Option.none()); }
        public String code() { return "ClientException"; }
    }

    /** ECS {@code InvalidParameterException}. */
    record InvalidParameter(String message, Option<String> requestId) implements EcsError {
        /** An {@code InvalidParameterException} with {@code message} and no request id. */
        public static InvalidParameter of(String message) { return new InvalidParameter(message, Option.none()); }
        public String code() { return "InvalidParameterException"; }
    }

    /** ECS {@code ClusterNotFoundException}: the cluster named by the request does not exist (any call taking a cluster; {@link io.ecskit.domain.EcsRule#CLUSTER_FOUND}). */
    record ClusterNotFound(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for an unknown cluster ({@link io.ecskit.domain.EcsRule#CLUSTER_FOUND}), no request id. */
        public static ClusterNotFound of() { return (ClusterNotFound) EcsError.of(io.ecskit.domain.EcsRule.CLUSTER_FOUND); }
        public String code() { return "ClusterNotFoundException"; }
    }

    /** ECS {@code ServiceNotFoundException}: the service does not exist in the cluster (UpdateService, DeleteService; {@link io.ecskit.domain.EcsRule#SERVICE_FOUND}). */
    record ServiceNotFound(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for an unknown service ({@link io.ecskit.domain.EcsRule#SERVICE_FOUND}), no request id. */
        public static ServiceNotFound of() { return (ServiceNotFound) EcsError.of(io.ecskit.domain.EcsRule.SERVICE_FOUND); }
        public String code() { return "ServiceNotFoundException"; }
    }

    /** ECS {@code ServiceNotActiveException}: the service exists but is DRAINING or INACTIVE, so it cannot be updated or deleted ({@link io.ecskit.domain.EcsRule#SERVICE_ACTIVE}). */
    record ServiceNotActive(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for a service that is not ACTIVE ({@link io.ecskit.domain.EcsRule#SERVICE_ACTIVE}), no request id. */
        public static ServiceNotActive of() { return (ServiceNotActive) EcsError.of(io.ecskit.domain.EcsRule.SERVICE_ACTIVE); }
        public String code() { return "ServiceNotActiveException"; }
    }

    /** ECS {@code ClusterContainsServicesException}: DeleteCluster refused, the cluster still has active services ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_SERVICES}). */
    record ClusterContainsServices(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for DeleteCluster with active services ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_SERVICES}), no request id. */
        public static ClusterContainsServices of() {
            return (ClusterContainsServices) EcsError.of(io.ecskit.domain.EcsRule.CLUSTER_WITHOUT_SERVICES);
        }
        public String code() { return "ClusterContainsServicesException"; }
    }

    /** ECS {@code ClusterContainsTasksException}: DeleteCluster refused, the cluster still has active tasks ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_TASKS}). */
    record ClusterContainsTasks(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for DeleteCluster with active tasks ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_TASKS}), no request id. */
        public static ClusterContainsTasks of() {
            return (ClusterContainsTasks) EcsError.of(io.ecskit.domain.EcsRule.CLUSTER_WITHOUT_TASKS);
        }
        public String code() { return "ClusterContainsTasksException"; }
    }

    /** ECS {@code ClusterContainsContainerInstancesException}: DeleteCluster refused, container instances are still registered ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_CONTAINER_INSTANCES}). */
    record ClusterContainsContainerInstances(String message, Option<String> requestId) implements EcsError {
        /** The error with ECS's message for DeleteCluster with registered container instances ({@link io.ecskit.domain.EcsRule#CLUSTER_WITHOUT_CONTAINER_INSTANCES}), no request id. */
        public static ClusterContainsContainerInstances of() {
            return (ClusterContainsContainerInstances) EcsError.of(io.ecskit.domain.EcsRule.CLUSTER_WITHOUT_CONTAINER_INSTANCES);
        }
        public String code() { return "ClusterContainsContainerInstancesException"; }
    }

    // ---- ECR ------------------------------------------------------------------------------

    /** ECR {@code RepositoryAlreadyExistsException}: CreateRepository named a repository the registry already has ({@link io.ecskit.domain.EcsRule#REPOSITORY_NAME_UNIQUE}). */
    record RepositoryAlreadyExists(String message, Option<String> requestId) implements EcsError {
        /** A {@code RepositoryAlreadyExistsException} with {@code message} and no request id. */
        public static RepositoryAlreadyExists of(String message) { return new RepositoryAlreadyExists(message, Option.none()); }
        public String code() { return "RepositoryAlreadyExistsException"; }
    }

    /** ECR {@code RepositoryNotFoundException}: the repository does not exist in the registry ({@link io.ecskit.domain.EcsRule#REPOSITORY_FOUND}). */
    record RepositoryNotFound(String message, Option<String> requestId) implements EcsError {
        /** A {@code RepositoryNotFoundException} with {@code message} and no request id. */
        public static RepositoryNotFound of(String message) { return new RepositoryNotFound(message, Option.none()); }
        public String code() { return "RepositoryNotFoundException"; }
    }

    /** ECR {@code RepositoryNotEmptyException}: DeleteRepository without force refused, the repository still holds images ({@link io.ecskit.domain.EcsRule#REPOSITORY_EMPTY_BEFORE_DELETE}). */
    record RepositoryNotEmpty(String message, Option<String> requestId) implements EcsError {
        /** A {@code RepositoryNotEmptyException} with {@code message} and no request id. */
        public static RepositoryNotEmpty of(String message) { return new RepositoryNotEmpty(message, Option.none()); }
        public String code() { return "RepositoryNotEmptyException"; }
    }

    /** ECR {@code ImageTagAlreadyExistsException}: PutImage would move a tag of an IMMUTABLE repository ({@link io.ecskit.domain.EcsRule#IMMUTABLE_TAG_NOT_OVERWRITTEN}). */
    record ImageTagAlreadyExists(String message, Option<String> requestId) implements EcsError {
        /** An {@code ImageTagAlreadyExistsException} with {@code message} and no request id. */
        public static ImageTagAlreadyExists of(String message) { return new ImageTagAlreadyExists(message, Option.none()); }
        public String code() { return "ImageTagAlreadyExistsException"; }
    }

    /** ECR {@code ImageNotFoundException}: no image with the given tag or digest in the repository (e.g. DescribeImages). */
    record ImageNotFound(String message, Option<String> requestId) implements EcsError {
        /** An {@code ImageNotFoundException} with {@code message} and no request id. */
        public static ImageNotFound of(String message) { return new ImageNotFound(message, Option.none()); }
        public String code() { return "ImageNotFoundException"; }
    }

    // ---- CloudWatch Logs --------------------------------------------------------------------

    /** CloudWatch Logs {@code ResourceAlreadyExistsException}: CreateLogGroup or CreateLogStream named one that exists ({@link io.ecskit.domain.EcsRule#LOG_GROUP_UNIQUE}, {@link io.ecskit.domain.EcsRule#LOG_STREAM_UNIQUE}). */
    record ResourceAlreadyExists(String message, Option<String> requestId) implements EcsError {
        /** A {@code ResourceAlreadyExistsException} with {@code message} and no request id. */
        public static ResourceAlreadyExists of(String message) { return new ResourceAlreadyExists(message, Option.none()); }
        public String code() { return "ResourceAlreadyExistsException"; }
    }

    /** CloudWatch Logs {@code ResourceNotFoundException}: the log group or log stream does not exist ({@link io.ecskit.domain.EcsRule#LOG_GROUP_FOUND}, {@link io.ecskit.domain.EcsRule#LOG_STREAM_FOUND}). */
    record ResourceNotFound(String message, Option<String> requestId) implements EcsError {
        /** A {@code ResourceNotFoundException} with {@code message} and no request id. */
        public static ResourceNotFound of(String message) { return new ResourceNotFound(message, Option.none()); }
        public String code() { return "ResourceNotFoundException"; }
    }

    // ---- any service --------------------------------------------------------------------------

    /** The request was throttled and stayed throttled through every retry. */
    record Throttled(String message, Option<String> requestId) implements EcsError {
        /** A {@code ThrottlingException} with {@code message} and no request id. */
        public static Throttled of(String message) { return new Throttled(message, Option.none()); }
        public String code() { return "ThrottlingException"; }
    }

    /** {@code AccessDeniedException} (also {@code AccessDenied}, {@code UnrecognizedClientException}): IAM denied the call, the credentials are not recognised, or the ECR registry refused them (an authorization token older than 12 hours, {@link io.ecskit.domain.EcsRule#AUTHORIZATION_TOKEN_VALID}). */
    record AccessDenied(String message, Option<String> requestId) implements EcsError {
        /** An {@code AccessDeniedException} with {@code message} and no request id. */
        public static AccessDenied of(String message) { return new AccessDenied(message, Option.none()); }
        public String code() { return "AccessDeniedException"; }
    }

    /** ECS {@code ResourceInUseException}: the resource is still in use, e.g. a capacity provider a service's strategy names. */
    record ResourceInUse(String message, Option<String> requestId) implements EcsError {
        /** A {@code ResourceInUseException} with {@code message} and no request id. */
        public static ResourceInUse of(String message) { return new ResourceInUse(message, Option.none()); }
        public String code() { return "ResourceInUseException"; }
    }

    /** ECS {@code ServerException}, a timeout, or no answer at all: worth retrying later. */
    record Unavailable(String message, Option<String> requestId) implements EcsError {
        /** A {@code ServerException} with {@code message} and no request id. */
        public static Unavailable of(String message) { return new Unavailable(message, Option.none()); }
        public String code() { return "ServerException"; }
    }

    /**
     * The caller's deadline for the whole call passed before AWS answered (the AWS SDK's {@code apiCallTimeout}, attempts
     * and back-off included; {@code ApiCallTimeoutException}). For a request safe to repeat: nothing says AWS is down, so
     * asking again with more time (or later) may succeed. A request not safe to repeat answers {@link OutcomeUnknown}
     * instead.
     */
    record DeadlinePassed(String message, Option<String> requestId) implements EcsError {
        /** An {@code ApiCallTimeoutException} with {@code message}. */
        public static DeadlinePassed of(String message) { return new DeadlinePassed(message, Option.none()); }
        public String code() { return "ApiCallTimeoutException"; }
    }

    /**
     * A request that is not safe to repeat (it would register another revision, start another
     * deployment, put the events twice) failed in a way that does not say whether AWS carried it out:
     * an HTTP 5xx, a connection dropped or a timeout after the request was sent. ecskit did not ask
     * again; read the state ({@code describe...}) before deciding to. Not {@link #isRetryable()} for
     * that reason. {@code code} is AWS's (e.g. {@code InternalFailure}) or the client-side failure's
     * (e.g. {@code NoHttpResponseException}); {@code operation} the API operation, e.g.
     * {@code RegisterTaskDefinition}. The deploy use case reads the state itself and goes on.
     */
    record OutcomeUnknown(String operation, String code, String message, Option<String> requestId) implements EcsError {
        /** An unknown outcome of {@code operation} without AWS's code or request id (a client-side failure). */
        public static OutcomeUnknown of(String operation, String message) {
            return new OutcomeUnknown(operation, "OutcomeUnknown", message, Option.none());
        }
    }

    /**
     * No AWS credentials were found (botocore's {@code NoCredentialsError}, the AWS CLI's "Unable to locate
     * credentials"): nothing was sent, and retrying will not help until credentials are configured.
     */
    record NoCredentials(String message, Option<String> requestId) implements EcsError {
        /** A {@code NoCredentialsError} with {@code message} and no request id. */
        public static NoCredentials of(String message) { return new NoCredentials(message, Option.none()); }
        public String code() { return "NoCredentialsError"; }
    }

    /**
     * The endpoint could not be reached at all: the host name does not resolve or nothing listens
     * (botocore's {@code EndpointConnectionError}). Nothing was sent; retrying with the same endpoint
     * rarely helps, unlike {@link Unavailable}.
     */
    record EndpointUnreachable(String message, Option<String> requestId) implements EcsError {
        /** An {@code EndpointConnectionError} with {@code message} and no request id. */
        public static EndpointUnreachable of(String message) { return new EndpointUnreachable(message, Option.none()); }
        public String code() { return "EndpointConnectionError"; }
    }

    /** An AWS error that has no record of its own; {@code code} is AWS's. */
    record Other(String code, String message, Option<String> requestId) implements EcsError {
    }
}
