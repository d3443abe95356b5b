package io.ecskit.adapter.aws;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells {@link IdempotentRetryStrategy} whether the call on this thread is safe to repeat, and turns
 * the final failure of one that is not, when AWS may have carried it out, into
 * {@link OutcomeUnknownException} (which {@link AwsErrors} answers as
 * {@link io.ecskit.domain.error.EcsError.OutcomeUnknown}). Registered before {@link ApiCallRecorder}.
 */
final class IdempotencyInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<Boolean> SAFE = new ExecutionAttribute<>("ecskit.safeToRepeat");

    private final Idempotency idempotency;

    IdempotencyInterceptor(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        boolean safe = Idempotency.safeToRepeat(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), context.request());
        attributes.putAttribute(SAFE, safe);
        idempotency.enter(safe);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        idempotency.leave();
    }

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        idempotency.leave();
        Throwable failure = context.exception();
        if (Boolean.FALSE.equals(attributes.getAttribute(SAFE)) && Idempotency.mayHaveReachedAws(failure)) {
            return new OutcomeUnknownException(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), failure);
        }
        return failure;
    }

    /** A call not safe to repeat failed after it may have reached AWS; the cause is the SDK's failure. */
    static final class OutcomeUnknownException extends SdkClientException {
        private final String operation;

        OutcomeUnknownException(String operation, Throwable cause) {
            super(SdkClientException.builder().cause(cause)
                    .message(operation + " may have reached AWS and was not sent again (not safe to repeat): " + cause.getMessage()));
            this.operation = operation;
        }

        String operation() {
            return operation;
        }
    }
}
