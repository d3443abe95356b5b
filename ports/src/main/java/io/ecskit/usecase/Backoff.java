package io.ecskit.usecase;

import java.time.Duration;

/**
 * Polling intervals: start short, grow by half each time, cap at 15 s. Two DescribeServices a
 * poll at the cap is 8 calls a minute, far inside ECS's 20/s service-read rate (ECS-RULES §8).
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration CAP = Duration.ofSeconds(15);

    private Duration next = FIRST;

    Duration next() {
        Duration current = next;
        Duration grown = next.plus(next.dividedBy(2));
        next = grown.compareTo(CAP) > 0 ? CAP : grown;
        return current;
    }

    /**
     * Waits the next interval on {@code time}, never past {@code deadline}.
     *
     * @return false when the thread was interrupted (its interrupt flag set again): the caller gives up waiting
     */
    boolean pause(io.ecskit.port.out.TimeSource time, java.time.Instant deadline) {
        Duration pause = next();
        Duration left = Duration.between(time.now(), deadline);
        try {
            time.sleep(pause.compareTo(left) < 0 ? pause : left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
