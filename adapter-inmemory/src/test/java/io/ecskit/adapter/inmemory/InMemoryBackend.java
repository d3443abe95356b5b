package io.ecskit.adapter.inmemory;

import io.ecskit.contract.SimulatedBackend;
import io.ecskit.port.EcsKit;
import io.ecskit.port.out.Simulation;

/** The in-memory backend for the contract suites: it has every capability. */
final class InMemoryBackend extends SimulatedBackend {

    private final InMemoryEcsKit kit = InMemoryEcsKit.create();

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    protected Simulation simulation() {
        return kit.simulator();
    }

    @Override
    public String prefix() {
        return "ct-";
    }

    @Override
    public EcsKit kitIn(String region) {
        // in memory every kit is its own account+region; a kit of another region shares nothing
        return InMemoryEcsKit.builder().region(region).build();
    }

    @Override
    public void close() {
        kit.close();
    }
}
