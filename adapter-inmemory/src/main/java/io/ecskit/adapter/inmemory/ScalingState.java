package io.ecskit.adapter.inmemory;

import io.ecskit.domain.scaling.ScalableTarget;
import io.ecskit.domain.scaling.ScalingActivity;
import io.ecskit.domain.scaling.ScalingPolicy;
import io.ecskit.domain.scaling.ScheduledAction;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Application Auto Scaling of one region (issue 25 item 5): scalable targets with their policies, scheduled actions and activities. */
final class ScalingState {

    /** A registered target and what its scaling remembers (cooldowns). */
    static final class TargetEntry {
        ScalableTarget target;
        io.vavr.collection.Map<String, String> tags;
        /** Policies by name, in the order they were made. */
        final Map<String, ScalingPolicy> policies = new LinkedHashMap<>();
        /** Scheduled actions by name, with when each runs next (null: never again). */
        final Map<String, ScheduledAction> scheduled = new TreeMap<>();
        final Map<String, Instant> nextRun = new java.util.HashMap<>();
        /** The service the target was registered for (a service made again under its name is another). */
        final String serviceArn;
        final Instant serviceCreatedAt;
        /**
         * The last scale-out, and the capacity before the scale-out that started its cooldown (while the cooldown runs, a
         * scale-out is measured from it, so what the last one added counts towards the next); the last scale-in.
         */
        Instant lastScaleOut;
        int scaleOutBase;
        Instant lastScaleIn;
        /** A scale-out's cooldown (seconds), a scale-in's: those of the policy that scaled last. */
        int scaleOutCooldown;
        int scaleInCooldown;

        TargetEntry(ScalableTarget target, io.vavr.collection.Map<String, String> tags, ServiceState service) {
            this.target = target;
            this.tags = tags;
            this.serviceArn = service.arn.toString();
            this.serviceCreatedAt = service.createdAt();
        }

        /** Whether {@code service} is the one this target was registered for. */
        boolean scales(ServiceState service) {
            return service != null && service.status == io.ecskit.domain.service.ServiceStatus.ACTIVE
                    && service.arn.toString().equals(serviceArn) && service.createdAt().equals(serviceCreatedAt);
        }
    }

    /** Targets by resource id (the ecs namespace has one dimension). */
    final Map<String, TargetEntry> targets = new TreeMap<>();
    /** Each resource's activities, newest first; kept six weeks as Application Auto Scaling keeps them, at most {@link #ACTIVITIES} each. */
    final Map<String, ArrayDeque<ScalingActivity>> activities = new TreeMap<>();
    static final int ACTIVITIES = 1_000;
    /** A policy's ARN → its target's resource id and its name (what an alarm's action runs). */
    final Map<String, String[]> policyByArn = new java.util.HashMap<>();

    /** When the next scheduled action is due (none: nothing on the clock). */
    io.vavr.control.Option<Instant> nextTick() {
        Instant earliest = null;
        for (TargetEntry t : targets.values()) {
            for (Instant at : t.nextRun.values()) {
                if (at != null && (earliest == null || at.isBefore(earliest))) {
                    earliest = at;
                }
            }
        }
        return io.vavr.control.Option.of(earliest);
    }
}
