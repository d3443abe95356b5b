package io.ecskit.adapter.aws;

import java.time.Duration;

/** One AWS API operation as the SDK ran it: how many HTTP attempts (retries included), how long, how it ended. */
public record ApiCall(String service, String operation, int attempts, Duration latency, boolean succeeded, String errorCode) {
}
