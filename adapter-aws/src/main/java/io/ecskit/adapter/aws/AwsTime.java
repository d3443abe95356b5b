package io.ecskit.adapter.aws;

import io.ecskit.port.out.TimeSource;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Wall-clock time: on AWS, waiting means waiting. */
final class AwsTime implements TimeSource {

    private final Clock clock;

    @Inject
    AwsTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
