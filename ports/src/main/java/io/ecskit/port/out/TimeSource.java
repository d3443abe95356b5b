package io.ecskit.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the use cases see it. On AWS it is the wall clock and sleeping blocks; in memory it is
 * a virtual clock, and sleeping advances the simulated ECS instead of the thread.
 */
public interface TimeSource {

    /** The current instant: the wall clock on AWS, the virtual clock in memory. */
    Instant now();

    /**
     * Waits {@code duration}: sleeps on AWS, advances the simulated ECS in memory.
     *
     * @throws InterruptedException when the thread is interrupted while it sleeps
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Whether this is simulated time (the in-memory backend's virtual clock), so a duration measured on it
     * says nothing about how long anyone waited. Default: false, the wall clock.
     */
    default boolean simulated() {
        return false;
    }
}
