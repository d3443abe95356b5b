package io.ecskit.adapter.aws;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

import java.util.function.Predicate;

/**
 * The SDK's standard retry strategy (every retry condition of the SDK's and AWS's defaults, the kit's
 * back-off), except that a call {@link Idempotency} says is not safe to repeat is not sent again
 * after a failure AWS may have carried out (5xx, a lost answer, a timeout). The SDK's
 * {@link RetryStrategy} sees only the failure, not the request, so the call is found on the calling
 * thread, where {@link IdempotencyInterceptor} noted it.
 */
final class IdempotentRetryStrategy implements RetryStrategy {

    private final RetryStrategy delegate;
    private final Idempotency idempotency;

    IdempotentRetryStrategy(RetryStrategy delegate, Idempotency idempotency) {
        this.delegate = delegate;
        this.idempotency = idempotency;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (idempotency.vetoes(request.failure())) {
            throw new TokenAcquisitionFailedException("Not sent again: the request is not safe to repeat and may have reached AWS",
                    request.token(), request.failure());
        }
        return delegate.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return delegate.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return delegate.maxAttempts();
    }

    /** The delegate has the defaults already; the client must not add them to this wrapper. */
    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder toBuilder() {
        return new Builder(delegate.toBuilder(), idempotency);
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** The delegate's builder; {@link #build()} wraps what it builds again. */
    static final class Builder implements RetryStrategy.Builder<Builder, IdempotentRetryStrategy> {
        private final RetryStrategy.Builder<?, ?> delegate;
        private final Idempotency idempotency;

        Builder(RetryStrategy.Builder<?, ?> delegate, Idempotency idempotency) {
            this.delegate = delegate;
            this.idempotency = idempotency;
        }

        @Override
        public Builder retryOnException(Predicate<Throwable> shouldRetry) {
            delegate.retryOnException(shouldRetry);
            return this;
        }

        @Override
        public Builder maxAttempts(int maxAttempts) {
            delegate.maxAttempts(maxAttempts);
            return this;
        }

        @Override
        public Builder backoffStrategy(BackoffStrategy backoffStrategy) {
            delegate.backoffStrategy(backoffStrategy);
            return this;
        }

        @Override
        public Builder throttlingBackoffStrategy(BackoffStrategy backoffStrategy) {
            delegate.throttlingBackoffStrategy(backoffStrategy);
            return this;
        }

        @Override
        public Builder treatAsThrottling(Predicate<Throwable> treatAsThrottling) {
            delegate.treatAsThrottling(treatAsThrottling);
            return this;
        }

        @Override
        public Builder useClientDefaults(boolean useClientDefaults) {
            delegate.useClientDefaults(useClientDefaults);
            return this;
        }

        @Override
        public IdempotentRetryStrategy build() {
            return new IdempotentRetryStrategy(delegate.build(), idempotency);
        }
    }
}
