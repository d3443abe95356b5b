package io.ecskit.adapter.aws;

import java.time.Duration;

/**
 * One AWS API operation as the SDK ran it: how many HTTP attempts (retries included), how long,
 * how it ended, and AWS's request id (what AWS support asks for).
 *
 * @param service   the SDK's service name (Ecs, Ecr, CloudWatchLogs)
 * @param operation the API operation, e.g. DescribeServices
 * @param attempts  HTTP attempts, retries included
 * @param latency   from the SDK's first attempt to its answer
 * @param succeeded whether the call answered without error
 * @param errorCode AWS's error code (or the client exception's class name), null on success
 * @param requestId AWS's request id of the last attempt, when AWS answered
 */
public record ApiCall(String service, String operation, int attempts, Duration latency, boolean succeeded, String errorCode,
                      io.vavr.control.Option<String> requestId) {
}
