package io.ecskit.adapter.inmemory;

import java.time.Duration;

/**
 * How long simulated tasks spend in each state before the next, roughly as Fargate does:
 * provisioning an ENI, pulling the image, starting the containers.
 */
public record Timings(Duration provisioning, Duration pending, Duration activating, Duration stopping, Duration step) {

    public static final Timings FARGATE_LIKE = new Timings(
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1));
}
