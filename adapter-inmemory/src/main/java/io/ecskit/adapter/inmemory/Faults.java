package io.ecskit.adapter.inmemory;

import io.ecskit.port.out.ContainerMatcher;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test has scripted to go wrong or to end. Containers are picked by a {@link ContainerMatcher} (image, family,
 * container name, command, task, one-off or service); when several scripts of a kind match a container, the one
 * scripted last wins. Read by the simulated runtime under the state lock; written by tests.
 */
final class Faults {

    /** Containers whose image cannot be pulled. */
    final java.util.List<ContainerMatcher> unpullable = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Containers that exit by themselves: after how long, with which code. */
    final java.util.List<Exit> exits = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Containers whose health check fails. */
    final java.util.List<ContainerMatcher> unhealthy = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How an essential container of a standalone task ends when no exit script matches it; none: it keeps running. */
    volatile Exit oneOffDefault;
    /** Containers whose application answers a share of its requests with 5xx (Simulator#failRequests). */
    final java.util.List<FailingRequests> failingRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
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

    /**
     * Containers matched by {@code which} exit with {@code exitCode} once they ran for {@code after}, but not before the
     * script existed ({@code scriptedAt}): a container that already ran longer exits at once.
     */
    record Exit(ContainerMatcher which, Duration after, int exitCode, java.time.Instant scriptedAt) {

        /** When a container running since {@code since} exits. */
        java.time.Instant at(java.time.Instant since) {
            java.time.Instant due = since.plus(after);
            return due.isBefore(scriptedAt) ? scriptedAt : due;
        }
    }

    /** Which containers answer what share (0..1) of their requests with 5xx. */
    record FailingRequests(ContainerMatcher which, double fraction) {
    }

    /** The share of requests the task answers with 5xx: the latest script picking one of its containers (0: none). */
    double failingShare(TaskState task) {
        for (int i = failingRequests.size() - 1; i >= 0; i--) {
            FailingRequests f = failingRequests.get(i);
            if (task.containers.exists(c -> matches(f.which(), task, c))) {
                return f.fraction();
            }
        }
        return 0;
    }

    /** The exit scripted for the container as the task runs it; a standalone task's essential container falls back on the default. */
    Exit exitOf(TaskState task, io.ecskit.domain.taskdef.ContainerDefinition c) {
        for (int i = exits.size() - 1; i >= 0; i--) {
            Exit exit = exits.get(i);
            if (matches(exit.which(), task, c)) {
                return exit;
            }
        }
        Exit fallback = oneOffDefault;
        return fallback != null && task.isOneOff() && c.isEssential() ? fallback : null;
    }

    boolean unpullable(TaskState task, io.ecskit.domain.taskdef.ContainerDefinition c) {
        return matchesAny(unpullable, task, c);
    }

    boolean unhealthy(TaskState task, io.ecskit.domain.taskdef.ContainerDefinition c) {
        return matchesAny(unhealthy, task, c);
    }

    /** Whether the container (as the task runs it, overrides applied) of the task is one {@code m} picks. */
    static boolean matches(ContainerMatcher m, TaskState task, io.ecskit.domain.taskdef.ContainerDefinition c) {
        return m.image().forAll(i -> c.image().contains(i))
                && m.family().forAll(f -> task.definition.family().equals(f))
                && m.container().forAll(n -> c.name().contains(n))
                && m.command().forAll(cmd -> c.command().equals(cmd))
                && m.taskId().forAll(id -> task.id().equals(id))
                && m.oneOff().forAll(o -> o == task.isOneOff())
                && m.service().forAll(s -> task.group.contains("service:" + s));
    }

    private static boolean matchesAny(java.util.List<ContainerMatcher> matchers, TaskState task, io.ecskit.domain.taskdef.ContainerDefinition c) {
        for (ContainerMatcher m : matchers) {
            if (matches(m, task, c)) {
                return true;
            }
        }
        return false;
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
