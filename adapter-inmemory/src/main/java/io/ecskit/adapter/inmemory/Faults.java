package io.ecskit.adapter.inmemory;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test has scripted to go wrong. Images are matched by their full reference as written in
 * the task definition. Read by the simulated runtime under the state lock; written by tests.
 */
final class Faults {

    final Set<String> unpullableImages = ConcurrentHashMap.newKeySet();
    /** image → (how long it runs before its essential container exits, exit code). */
    final Map<String, Exit> exitingImages = new ConcurrentHashMap<>();
    final Set<String> unhealthyImages = ConcurrentHashMap.newKeySet();
    /** operation name (e.g. CreateService) → how many more calls to throttle. */
    final Map<String, Integer> throttled = new ConcurrentHashMap<>();
    /** CloudWatch alarms in ALARM state (fired by the test); deployments watching them fail or roll back. */
    final Set<String> firedAlarms = ConcurrentHashMap.newKeySet();
    /** Lambda function ARN → what an AWS_LAMBDA lifecycle hook answers (default SUCCEEDED). */
    final Map<String, io.ecskit.domain.service.DeploymentLifecycleHookStatus> hookAnswers = new ConcurrentHashMap<>();
    /** alarm name → when it goes into ALARM by itself (a demo's scripted incident). */
    final Map<String, java.time.Instant> alarmsAt = new ConcurrentHashMap<>();
    /**
     * Calls still answered before the kit "dies" (-1: never): the call that uses the last one reaches
     * the backend and takes effect, every later call fails as a killed process's would.
     */
    final java.util.concurrent.atomic.AtomicInteger callsUntilCrash = new java.util.concurrent.atomic.AtomicInteger(-1);
    /** task id → when it stops by itself. */
    final Map<String, java.time.Instant> stopsAt = new ConcurrentHashMap<>();

    record Exit(Duration after, int exitCode) {
    }

    /** Whether this call of {@code operation} is throttled (and counts it). */
    boolean takeThrottle(String operation) {
        boolean[] hit = {false};
        throttled.computeIfPresent(operation, (op, left) -> {
            hit[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return hit[0];
    }
}
