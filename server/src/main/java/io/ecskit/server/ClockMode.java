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
 * <p>
 * A fast clock runs ahead of wall time, so a tool that drops events "from the future" (ecs-deploy
 * keeps service events with {@code createdAt < now}) sees none after a while; {@code fast=N,start=-1d}
 * starts the simulated clock that far in the past (here a day), so it stays behind wall time for
 * {@code 1d / (N - 1)} of real time (about 24 minutes at 60).
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

    /**
     * @param factor simulated seconds per real second, above 0
     * @param start where the simulated clock starts, relative to the wall clock at start (negative: in the past)
     */
    record Fast(double factor, Duration start) implements ClockMode {
        public Fast {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("fast=N needs a finite N > 0, not " + factor);
            }
            java.util.Objects.requireNonNull(start, "start");
        }

        /** Starting at the wall clock's now. */
        public Fast(double factor) {
            this(factor, Duration.ZERO);
        }

        @Override
        public Clock newClock() {
            return new Accelerated(Instant.now().plus(start), System.nanoTime(), factor);
        }

        @Override
        public String toString() {
            return "fast=" + (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor))
                    + (start.isZero() ? "" : ",start=" + (start.isNegative() ? "-" : "+") + start.abs().toSeconds() + "s");
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

    /** {@code real}, {@code fast=N} (optionally {@code fast=N,start=-1d}: the clock starts that far from now) or {@code manual}. */
    static ClockMode parse(String text) {
        if ("real".equals(text)) {
            return new Real();
        }
        if ("manual".equals(text)) {
            return new Manual();
        }
        if (text != null && text.startsWith("fast=")) {
            String[] parts = text.substring("fast=".length()).split(",", 2);
            Duration start = Duration.ZERO;
            if (parts.length == 2) {
                if (!parts[1].startsWith("start=")) {
                    throw new IllegalArgumentException("fast=N takes start=OFFSET after a comma (e.g. fast=60,start=-1d), not '" + parts[1] + "'");
                }
                start = offset(parts[1].substring("start=".length()));
            }
            try {
                return new Fast(Double.parseDouble(parts[0]), start);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fast=N needs a number, not '" + parts[0] + "'");
            }
        }
        throw new IllegalArgumentException("clock must be real, fast=N or manual, not '" + text + "'");
    }

    /** An offset such as {@code -1d}, {@code -6h30m}, {@code +90s} or ISO-8601 {@code -PT2H}: at most a year either way. */
    private static Duration offset(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-]?)(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?").matcher(text);
        Duration d;
        if (!text.isEmpty() && !text.matches("[+-]?") && m.matches()) {
            long seconds = 0;
            long[] units = {86400, 3600, 60, 1};
            for (int i = 0; i < units.length; i++) {
                if (m.group(i + 2) != null) {
                    seconds += Long.parseLong(m.group(i + 2)) * units[i];
                }
            }
            d = Duration.ofSeconds("-".equals(m.group(1)) ? -seconds : seconds);
        } else {
            try {
                d = Duration.parse(text);
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException("start= takes an offset like -1d, -6h30m or -PT2H, not '" + text + "'");
            }
        }
        if (d.abs().compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("start= is at most a year from now, not " + text);
        }
        return d;
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
