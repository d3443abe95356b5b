package io.ecskit.adapter.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells {@link IdempotentRetryStrategy} whether the call on this thread is safe to repeat, and notes
 * the final failure of one that is not, when AWS may have carried it out, so that {@link AwsErrors}
 * answers it as {@link io.ecskit.domain.error.EcsError.OutcomeUnknown}. (An interceptor may not replace
 * the SDK's exception by another type, so the failure is noted beside it, on the calling thread.)
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

    /** The final failure: noted for {@link AwsErrors} when the call was not safe to repeat and AWS may have carried it out. */
    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        idempotency.leave();
        Throwable failure = context.exception();
        if (Boolean.FALSE.equals(attributes.getAttribute(SAFE)) && Idempotency.mayHaveReachedAws(failure)) {
            Idempotency.noteOutcomeUnknown(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), failure);
        }
    }
}
