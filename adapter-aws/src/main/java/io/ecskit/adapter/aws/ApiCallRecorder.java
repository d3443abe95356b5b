package io.ecskit.adapter.aws;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Records every API call of a kit's clients (operation, attempts, latency, outcome), so a user
 * can see what a use case cost and a test can assert call counts. Registered on every client.
 */
public final class ApiCallRecorder implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("ecskit.started");
    private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("ecskit.attempts");

    private final java.util.List<ApiCall> calls = new CopyOnWriteArrayList<>();
    private final java.util.List<Consumer<ApiCall>> listeners = new CopyOnWriteArrayList<>();

    /** Every call recorded since the kit started (or the last {@link #reset()}), in order. */
    public Seq<ApiCall> calls() {
        return List.ofAll(calls);
    }

    /** How many times {@code operation} (e.g. "UpdateService") was called. */
    public int count(String operation) {
        return (int) calls.stream().filter(c -> c.operation().equals(operation)).count();
    }

    /** HTTP attempts made for {@code operation}, retries included. */
    public int attempts(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).mapToInt(ApiCall::attempts).sum();
    }

    public void reset() {
        calls.clear();
    }

    /** Called after every API call, on the calling thread; must be quick. */
    public void addListener(Consumer<ApiCall> listener) {
        listeners.add(listener);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
        attributes.putAttribute(ATTEMPTS, new AtomicInteger());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.getAttribute(ATTEMPTS).incrementAndGet();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, true, null, io.vavr.control.Option.ofOptional(context.httpResponse().firstMatchingHeader("x-amzn-RequestId"))
                .orElse(() -> io.vavr.control.Option.ofOptional(context.httpResponse().firstMatchingHeader("x-amz-request-id"))));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        String code = failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                ? aws.awsErrorDetails().errorCode() : failure.getClass().getSimpleName();
        io.vavr.control.Option<String> requestId = failure instanceof AwsServiceException aws
                ? io.vavr.control.Option.of(aws.requestId()) : io.vavr.control.Option.none();
        record(attributes, false, code, requestId);
    }

    private void record(ExecutionAttributes attributes, boolean succeeded, String errorCode, io.vavr.control.Option<String> requestId) {
        Long started = attributes.getAttribute(STARTED);
        AtomicInteger attempts = attributes.getAttribute(ATTEMPTS);
        ApiCall call = new ApiCall(
                attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                attempts == null ? 0 : attempts.get(),
                Duration.ofNanos(started == null ? 0 : System.nanoTime() - started),
                succeeded, errorCode, requestId);
        calls.add(call);
        AwsCallLog.log(call);
        listeners.forEach(l -> l.accept(call));
    }
}
