package io.ecskit.server;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.adapter.inmemory.Simulator;
import io.ecskit.adapter.server.EcsServer;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ecskit's in-memory ECS, ECR and CloudWatch Logs served over AWS's own protocol, for any AWS
 * client: the AWS CLI, the SDKs, Terraform, CDK. One in-memory kit per region, created on the
 * first request signed for it, all of one account and on one clock.
 * <pre>{@code
 * try (InMemoryEcsServer server = InMemoryEcsServer.builder().clock(ClockMode.parse("fast=60")).start()) {
 *     EcsClient ecs = EcsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)...build();
 * }
 * }</pre>
 */
public final class InMemoryEcsServer implements AutoCloseable {

    private final Map<String, InMemoryEcsKit> kits = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String account;
    private final String region;
    private final ClockMode mode;
    private final EcsServer server;

    private InMemoryEcsServer(Builder b) throws IOException {
        this.clock = b.clock.newClock();
        this.mode = b.clock;
        this.account = b.accountId;
        this.region = b.region;
        EcsServer.Builder server = EcsServer.builder().backend(this::kit).simulation(r -> Option.of(kit(r).simulator()))
                .reset(r -> {
                    reset(r);
                    return true;
                })
                .defaultRegion(b.region).bind(b.bind).port(b.port).extraRegions(b.extraRegions);
        if (b.openControls) {
            server.openControls();
        }
        this.server = server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: a free port on 127.0.0.1, us-east-1, account 123456789012, manual clock. */
    public static InMemoryEcsServer start() {
        return builder().start();
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** The in-memory kit answering a region (created on first use). */
    public InMemoryEcsKit kit(String region) {
        return kits.computeIfAbsent(region, r -> InMemoryEcsKit.builder().region(r).accountId(account).clock(clock).build());
    }

    /**
     * Forgets all state — clusters, services, tasks, task definitions, images, logs, scripted faults — of one region,
     * or of every region when none is given, as {@code POST /_ecskit/reset} does: the next request starts from an empty
     * account. The clock keeps its time. Kits handed out before go on answering from the old state.
     */
    public void reset(Option<String> region) {
        for (String r : region.map(java.util.List::of).getOrElse(() -> java.util.List.copyOf(kits.keySet()))) {
            InMemoryEcsKit gone = kits.remove(r);
            if (gone != null) {
                gone.close();
            }
        }
    }

    /** {@link #reset(Option)} of every region. */
    public void reset() {
        reset(Option.none());
    }

    /** The default region's kit. */
    public InMemoryEcsKit kit() {
        return kit(region);
    }

    /** The default region's simulator: move a manual clock, script faults, put images. */
    public Simulator simulator() {
        return kit().simulator();
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return account;
    }

    public ClockMode clockMode() {
        return mode;
    }

    /** The token {@code /_ecskit/} needs in {@code X-Ecskit-Control-Token}; none when started with open controls. */
    public Option<String> controlToken() {
        return server.controlToken();
    }

    /** The server's clock as a client sees it (through {@code /_ecskit/clock}, with the control token), for a region. */
    public ServerTime time(String region) {
        return ServerTime.of(endpoint(), region, controlToken().getOrNull(), mode);
    }

    /** Every AWS operation served. */
    public java.util.Set<String> operations() {
        return server.operations();
    }

    @Override
    public void close() {
        server.close();
        kits.values().forEach(InMemoryEcsKit::close);
    }

    /** Port, address, region, account and clock of a new server. */
    public static final class Builder {
        private int port;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private String region = "us-east-1";
        private String accountId = InMemoryEcsKit.DEFAULT_ACCOUNT;
        private ClockMode clock = new ClockMode.Manual();
        private boolean openControls;
        private java.util.Set<String> extraRegions = java.util.Set.of();

        private Builder() {
        }

        /** {@code /_ecskit/} without the control token: only for a throw-away server (a web page could reach it). */
        public Builder openControls() {
            this.openControls = true;
            return this;
        }

        /** Regions served beside AWS's own (requests signed for any other region are refused, creating nothing). */
        public Builder extraRegions(java.util.Collection<String> regions) {
            this.extraRegions = java.util.Set.copyOf(regions);
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Default 127.0.0.1; another address only when asked (the CLI's {@code --bind}). */
        public Builder bind(InetAddress address) {
            this.bind = address;
            return this;
        }

        /** The region of unsigned requests and of {@link #kit()} (default us-east-1). */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder clock(ClockMode clock) {
            this.clock = clock;
            return this;
        }

        /** Starts listening; the endpoint is ready when this returns. */
        public InMemoryEcsServer start() {
            try {
                return new InMemoryEcsServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
