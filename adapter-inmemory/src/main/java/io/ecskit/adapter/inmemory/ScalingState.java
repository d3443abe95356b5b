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
        /** The last scale-out and scale-in (their cooldowns run from then). */
        Instant lastScaleOut;
        Instant lastScaleIn;
        /** A scale-out's cooldown (seconds), a scale-in's: those of the policy that scaled last. */
        int scaleOutCooldown;
        int scaleInCooldown;

        TargetEntry(ScalableTarget target, io.vavr.collection.Map<String, String> tags) {
            this.target = target;
            this.tags = tags;
        }
    }

    /** Targets by resource id (the ecs namespace has one dimension). */
    final Map<String, TargetEntry> targets = new TreeMap<>();
    /** Activities, newest first; kept six weeks as Application Auto Scaling keeps them. */
    final ArrayDeque<ScalingActivity> activities = new ArrayDeque<>();
    /** Target tracking alarm name or step policy ARN → the policy's target and name (what an alarm's action runs). */
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
