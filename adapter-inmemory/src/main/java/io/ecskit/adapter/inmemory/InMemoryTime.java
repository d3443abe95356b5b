package io.ecskit.adapter.inmemory;

import io.ecskit.port.out.TimeSource;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/** On a virtual clock sleeping advances simulated time (tests stay instant); on a real clock it sleeps. */
final class InMemoryTime implements TimeSource {

    private final InMemoryState state;

    @Inject
    InMemoryTime(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Instant now() {
        return state.now();
    }

    /** The virtual clock: always simulated. */
    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (state.clock instanceof VirtualClock virtual) {
            virtual.advance(duration);
        } else {
            Thread.sleep(duration.toMillis());
        }
        state.caughtUp();
    }
}
