package io.ecskit.server;

import io.ecskit.adapter.inmemory.VirtualClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How simulated time passes in a served in-memory ECS: {@code real} (wall-clock time),
 * {@code fast=N} (N simulated seconds per real second, so a rollout that takes minutes on ECS
 * finishes in seconds for an AWS CLI user) or {@code manual} (a virtual clock that only moves when
 * told, through {@code POST /_ecskit/clock/advance}).
 */
public sealed interface ClockMode {

    /** The clock the in-memory kits share. */
    Clock newClock();

    record Real() implements ClockMode {
        @Override
        public Clock newClock() {
            return Clock.systemUTC();
        }

        @Override
        public String toString() {
            return "real";
        }
    }

    record Fast(double factor) implements ClockMode {
        public Fast {
            if (!(factor > 0)) {
                throw new IllegalArgumentException("fast=N needs N > 0, not " + factor);
            }
        }

        @Override
        public Clock newClock() {
            return new Accelerated(Instant.now(), System.nanoTime(), factor);
        }

        @Override
        public String toString() {
            return "fast=" + (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor));
        }
    }

    record Manual() implements ClockMode {
        @Override
        public Clock newClock() {
            return new VirtualClock();
        }

        @Override
        public String toString() {
            return "manual";
        }
    }

    /** {@code real}, {@code fast=N} or {@code manual}. */
    static ClockMode parse(String text) {
        if ("real".equals(text)) {
            return new Real();
        }
        if ("manual".equals(text)) {
            return new Manual();
        }
        if (text != null && text.startsWith("fast=")) {
            try {
                return new Fast(Double.parseDouble(text.substring("fast=".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fast=N needs a number, not '" + text.substring(5) + "'");
            }
        }
        throw new IllegalArgumentException("clock must be real, fast=N or manual, not '" + text + "'");
    }

    /** Wall-clock time sped up: every real nanosecond is {@code factor} simulated ones. */
    final class Accelerated extends Clock {
        private final Instant start;
        private final long startNanos;
        private final double factor;

        Accelerated(Instant start, long startNanos, double factor) {
            this.start = start;
            this.startNanos = startNanos;
            this.factor = factor;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofNanos((long) ((System.nanoTime() - startNanos) * factor)));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
