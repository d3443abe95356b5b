package io.ecskit.adapter.server;

import java.time.Instant;

/**
 * What changed a server's state, call by call, so that the state can be written down and made again (issue 24 item 5:
 * {@code ecskit server --state-file}, {@code GET/PUT /_ecskit/state}): every AWS call that answered 200 and is not a read
 * (Describe*, List*, Get*, BatchGet*, Filter*), and every control that is not a GET, each with the simulated time it ran
 * at. Replayed in order, at those times, on kits seeded as before, they make the same state.
 */
public interface Journal {

    /** The time a call about to run runs at (the backend's clock). */
    Instant now(String region);

    /**
     * Runs a call that may change the state, one at a time and with the backend's clock held at the time it is journaled
     * at (so the order and the times written down are the ones the state was made in); {@code call} gets that time.
     */
    default <T> T write(String region, java.util.function.Function<Instant, T> call) {
        return call.apply(now(region));
    }

    /** An AWS call that changed the state of {@code region}. */
    void aws(Instant at, String region, String target, String body);

    /** A control call ({@code POST /_ecskit/clock/advance?seconds=60}). */
    void control(Instant at, String method, String path, String rawQuery);

    /** {@code GET /_ecskit/state}: the state as its journal, a document {@link #restore} takes. */
    String snapshot();

    /** {@code PUT /_ecskit/state}: every region's state made anew from a snapshot; the problem when it cannot be. */
    io.vavr.control.Option<String> restore(String snapshot);

    /** A server that keeps nothing. */
    Journal NONE = new Journal() {
        @Override
        public Instant now(String region) {
            return Instant.EPOCH;
        }

        @Override
        public void aws(Instant at, String region, String target, String body) {
        }

        @Override
        public void control(Instant at, String method, String path, String rawQuery) {
        }

        @Override
        public String snapshot() {
            return "";
        }

        @Override
        public io.vavr.control.Option<String> restore(String snapshot) {
            return io.vavr.control.Option.of("this server keeps no state to restore");
        }
    };
}
