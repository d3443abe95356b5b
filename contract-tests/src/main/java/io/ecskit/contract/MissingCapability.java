package io.ecskit.contract;

import org.opentest4j.TestAbortedException;

/**
 * A test skipped because its backend lacks a {@link Capability}: JUnit reports it as aborted (an
 * assumption that failed), and a scorecard can read which capability and why without parsing text.
 */
public final class MissingCapability extends TestAbortedException {

    private final String backend;
    private final Capability capability;
    private final String reason;

    MissingCapability(String backend, Capability capability, String reason) {
        super(backend + " lacks " + capability + ": " + reason);
        this.backend = backend;
        this.capability = capability;
        this.reason = reason;
    }

    /** The backend's name, as in {@link Backend#name()}. */
    public String backend() {
        return backend;
    }

    public Capability capability() {
        return capability;
    }

    /** The backend's reason, as it declared it. */
    public String reason() {
        return reason;
    }
}
