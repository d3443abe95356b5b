package io.ecskit.adapter.aws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every AWS call a kit makes, on SLF4J logger {@code io.ecskit.aws}: DEBUG for a call answered at
 * the first attempt, INFO for one that needed retries or failed (the use case decides whether
 * that is a problem). One line each: service, operation, outcome, attempts, milliseconds, request id.
 * No request or response content is logged, so nothing a request carries (secrets, environment) leaks.
 */
final class AwsCallLog {

    static final Logger LOG = LoggerFactory.getLogger("io.ecskit.aws");

    private AwsCallLog() {
    }

    static void log(ApiCall call) {
        boolean notable = !call.succeeded() || call.attempts() > 1;
        if (notable ? LOG.isInfoEnabled() : LOG.isDebugEnabled()) {
            String line = line(call);
            if (notable) {
                LOG.info(line);
            } else {
                LOG.debug(line);
            }
        }
    }

    /** {@code Ecs DescribeServices: ok, 1 attempt, 12 ms, request id 3f2...}. */
    static String line(ApiCall call) {
        return call.service() + " " + call.operation() + ": " + (call.succeeded() ? "ok" : call.errorCode()) + ", "
                + call.attempts() + (call.attempts() == 1 ? " attempt, " : " attempts, ") + call.latency().toMillis() + " ms"
                + call.requestId().map(id -> ", request id " + id).getOrElse("");
    }
}
