package io.ecskit.adapter.aws;

import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.UnmappableResponseException;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.function.Supplier;

/**
 * The one place AWS errors become {@link EcsError}s: by AWS's error code, never by message text,
 * keeping AWS's message and request id. Throttling that outlived the SDK's retries is Throttled.
 */
final class AwsErrors {

    private AwsErrors() {
    }

    /** Runs an SDK call; an SDK exception becomes the matching EcsError. */
    static <T> Either<EcsError, T> call(Supplier<T> call) {
        try {
            return Either.right(call.get());
        } catch (SdkException e) {
            return Either.left(translate(e));
        } catch (UnmappableResponseException e) {
            // AWS answered with something this release of ecskit cannot hold (a newer enum value, say)
            return Either.left(new EcsError.Other("UnmappableResponse", e.getMessage(), Option.none()));
        }
    }

    /** Runs an SDK call and reads its answer into the model, both inside the same error translation. */
    static <R, T> Either<EcsError, T> call(Supplier<R> call, java.util.function.Function<R, T> read) {
        return call(() -> read.apply(call.get()));
    }

    /**
     * A call not safe to repeat that may have been carried out: AWS's code and request id when AWS
     * answered (a 5xx), else the name of the I/O failure (e.g. NoHttpResponseException) or timeout.
     */
    private static EcsError outcomeUnknown(String operation, Throwable cause) {
        String code = null;
        Option<String> requestId = Option.none();
        String detail = String.valueOf(cause.getMessage());
        if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            code = aws.awsErrorDetails().errorCode();
            requestId = Option.of(aws.requestId());
            detail = "HTTP " + aws.statusCode() + (code == null ? "" : " " + code)
                    + (aws.awsErrorDetails().errorMessage() == null ? "" : ": " + aws.awsErrorDetails().errorMessage());
        } else {
            for (Throwable c = cause; c != null && code == null; c = c.getCause()) {
                if (c instanceof java.io.IOException || c instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException
                        || c instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException) {
                    code = c.getClass().getSimpleName();
                }
            }
        }
        return new EcsError.OutcomeUnknown(operation, code == null ? cause.getClass().getSimpleName() : code,
                operation + " may have been carried out: " + detail
                        + ". It was not sent again (a repeat is not safe); read the state before asking again", requestId);
    }

    /**
     * A failure before AWS answered. The SDK has no exception type for a credentials chain that found
     * nothing, only its message ("Unable to load credentials from any of the providers in the chain"),
     * so that one is recognised by the SDK's own words; unreachable endpoints by the cause's type.
     */
    static EcsError clientSide(SdkException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Unable to load credentials")) {
            return EcsError.NoCredentials.of("Unable to locate credentials: none in the environment (AWS_ACCESS_KEY_ID), "
                    + "the system properties, ~/.aws/credentials or the instance metadata");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.UnknownHostException) {
                return EcsError.EndpointUnreachable.of("Could not connect to the endpoint URL: unknown host " + cause.getMessage());
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.NoRouteToHostException) {
                return EcsError.EndpointUnreachable.of("Could not connect to the endpoint URL: " + cause.getMessage());
            }
        }
        if (e instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException) {
            // the whole call's deadline (apiCallTimeout), not one attempt's: the caller's time ran out
            return EcsError.DeadlinePassed.of(message);
        }
        // attempt timeouts, resets, unreadable responses: worth retrying
        return new EcsError.Unavailable(message, Option.none());
    }

    static EcsError translate(SdkException e) {
        var unknown = Idempotency.outcomeUnknown(e);
        if (unknown.isDefined()) {
            return outcomeUnknown(unknown.get().operation(), unknown.get().failure());
        }
        if (!(e instanceof AwsServiceException aws) || aws.awsErrorDetails() == null) {
            return clientSide(e);
        }
        String code = aws.awsErrorDetails().errorCode();
        String detail = aws.awsErrorDetails().errorMessage();
        // AWS always says something; an empty answer (a proxy's or an emulator's 5xx) still gets a message
        String message = detail == null || detail.isBlank()
                ? "HTTP " + aws.statusCode() + " from " + aws.awsErrorDetails().serviceName() + (code == null ? "" : " (" + code + ")")
                : detail;
        Option<String> requestId = Option.of(aws.requestId());
        if (aws.isThrottlingException()) {
            return new EcsError.Throttled(message, requestId);
        }
        return switch (code == null ? "" : code) {
            case "ClientException" -> new EcsError.ClientError(message, requestId);
            case "InvalidParameterException", "InvalidParameterValueException" -> new EcsError.InvalidParameter(message, requestId);
            case "ClusterNotFoundException" -> new EcsError.ClusterNotFound(message, requestId);
            case "ServiceNotFoundException" -> new EcsError.ServiceNotFound(message, requestId);
            case "ServiceNotActiveException" -> new EcsError.ServiceNotActive(message, requestId);
            case "ClusterContainsServicesException" -> new EcsError.ClusterContainsServices(message, requestId);
            case "ClusterContainsTasksException" -> new EcsError.ClusterContainsTasks(message, requestId);
            case "ClusterContainsContainerInstancesException" -> new EcsError.ClusterContainsContainerInstances(message, requestId);
            case "RepositoryAlreadyExistsException" -> new EcsError.RepositoryAlreadyExists(message, requestId);
            case "RepositoryNotFoundException" -> new EcsError.RepositoryNotFound(message, requestId);
            case "RepositoryNotEmptyException" -> new EcsError.RepositoryNotEmpty(message, requestId);
            case "ImageTagAlreadyExistsException" -> new EcsError.ImageTagAlreadyExists(message, requestId);
            case "ImageNotFoundException" -> new EcsError.ImageNotFound(message, requestId);
            case "ResourceAlreadyExistsException" -> new EcsError.ResourceAlreadyExists(message, requestId);
            case "ResourceNotFoundException" -> new EcsError.ResourceNotFound(message, requestId);
            case "ResourceInUseException" -> new EcsError.ResourceInUse(message, requestId);
            case "AccessDeniedException", "AccessDenied", "UnrecognizedClientException" -> new EcsError.AccessDenied(message, requestId);
            case "ServerException", "ServiceUnavailableException", "InternalFailure" -> new EcsError.Unavailable(message, requestId);
            default -> aws.statusCode() >= 500
                    ? new EcsError.Unavailable(message, requestId)
                    : new EcsError.Other(code, message, requestId);
        };
    }
}
