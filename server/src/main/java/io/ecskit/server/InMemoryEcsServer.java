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
import java.time.Instant;
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
    /** The one clock of every region: the mode's own (a VirtualClock when manual), or one a restore can pin. */
    private volatile Clock clock;
    private final String account;
    private final String region;
    private final ClockMode mode;
    private final EcsServer server;
    /** Each region's IDs come from this seed and the region's name (so a restored state makes the same IDs). */
    private volatile long seed;
    private final StateJournal journal;

    private InMemoryEcsServer(Builder b) throws IOException {
        this.mode = b.clock;
        this.clock = newClock();
        this.account = b.accountId;
        this.region = b.region;
        this.extraRegions = b.extraRegions;
        this.seed = b.seed != null ? b.seed : new java.security.SecureRandom().nextLong();
        this.journal = new StateJournal(this, b.stateFile);
        EcsServer.Builder server = EcsServer.builder().backend(this::kit).simulation(r -> Option.of(kit(r).simulator()))
                .journal(journal)
                .reset(r -> {
                    reset(r);
                    return true;
                })
                .defaultRegion(b.region).bind(b.bind).port(b.port).extraRegions(b.extraRegions);
        if (b.openControls) {
            server.openControls();
        }
        this.server = server.start();
        try {
            journal.open();
        } catch (RuntimeException e) {
            this.server.close();
            throw e;
        }
    }

    /** The mode's clock; a fast or real one wrapped so a restore can run each call at its time. */
    private Clock newClock() {
        Clock fresh = mode.newClock();
        return mode instanceof ClockMode.Manual ? fresh : new PinnableClock(fresh);
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
    /** The Regions this server serves besides AWS's (and its default one). */
    private final java.util.Set<String> extraRegions;

    public InMemoryEcsKit kit(String region) {
        InMemoryEcsKit existing = kits.get(region);
        if (existing != null) {
            return existing;
        }
        synchronized (kits) {
            return newKit(region);
        }
    }

    private InMemoryEcsKit newKit(String region) {
        return kits.computeIfAbsent(region, r -> {
            InMemoryEcsKit.Builder builder = InMemoryEcsKit.builder().region(r).accountId(account).clock(clock).seed(seed ^ r.hashCode());
            // IAM is global: every region of the server's account sees the same roles
            kits.values().stream().findFirst().ifPresent(builder::sharingGlobalServicesWith);
            InMemoryEcsKit made = builder.build();
            // ECR replication reaches the server's other Regions, made on demand as a call to them would make them
            made.opensRegionsWith(code -> io.ecskit.adapter.server.EcsServer.isAwsRegion(code) || extraRegions.contains(code) || code.equals(this.region) ? kit(code) : null);
            return made;
        });
    }

    // ---- state: snapshot, restore, the state file (StateJournal) -------------------------------------------------

    long seed() {
        return seed;
    }

    Instant clockNow() {
        return clock.instant();
    }

    /** Every region forgotten, the clock and the seed anew: a restore starts here. */
    void startOver(long seed) {
        this.seed = seed;
        this.clock = newClock();
        reset();
    }

    /** During a restore: the clock stands at a journaled call's time (a manual clock is moved there). */
    void pinClock(Instant at) {
        if (clock instanceof PinnableClock pinnable) {
            pinnable.pinned = at;
        } else if (clock instanceof io.ecskit.adapter.inmemory.VirtualClock manual && manual.instant().isBefore(at)) {
            manual.advance(java.time.Duration.between(manual.instant(), at));
        }
    }

    /** While a change runs: the clock stands at the time it is journaled at (a manual clock stands anyway). */
    void holdClock(Instant at) {
        if (clock instanceof PinnableClock pinnable) {
            pinnable.pinned = at;
        }
    }

    void releaseClock() {
        if (clock instanceof PinnableClock pinnable) {
            pinnable.pinned = null;
        }
    }

    /** After a restore: the clock goes on from {@code last} (a fast one at its speed, a real one at the wall clock's time). */
    void unpinClock(Instant last) {
        if (clock instanceof PinnableClock pinnable) {
            if (mode instanceof ClockMode.Fast fast && last != null) {
                pinnable.delegate = new ClockMode.Accelerated(last, System.nanoTime(), fast.factor());
            }
            pinnable.pinned = null;
        } else {
            pinClock(last == null ? clock.instant() : last);
        }
    }

    boolean replay(String region, String target, String body) {
        return server.replay(region, target, body);
    }

    boolean replayControl(String control, String rawQuery) {
        int space = control.indexOf(' ');
        return server.replayControl(control.substring(0, space), control.substring(space + 1), rawQuery);
    }

    /** A clock a restore can stop at each journaled call's time. */
    static final class PinnableClock extends Clock {
        volatile Instant pinned;
        volatile Clock delegate;

        PinnableClock(Clock delegate) {
            this.delegate = delegate;
        }

        @Override
        public Instant instant() {
            Instant at = pinned;
            return at != null ? at : delegate.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /**
     * Forgets all state — clusters, services, tasks, task definitions, images, logs, scripted faults — of one region,
     * or of every region when none is given, as {@code POST /_ecskit/reset} does: the next request starts from an empty
     * account. The clock keeps its time. Kits handed out before go on answering from the old state. IAM is global: a
     * region's reset keeps the account's roles while another region is kept; resetting every region forgets them too.
     */
    public void reset(Option<String> region) {
        synchronized (kits) {
            resetKits(region);
        }
    }

    private void resetKits(Option<String> region) {
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
        journal.close();
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
        private Option<java.nio.file.Path> stateFile = Option.none();
        private Long seed;

        /**
         * Keeps the state in {@code file} (issue 24 item 5): read at start when it exists (its calls made again, at their
         * times), every call that changes the state appended to it, the clock's time written at close. A file of another
         * ecskit version, account or clock mode stops the start with a message saying so.
         */
        public Builder stateFile(java.nio.file.Path file) {
            this.stateFile = Option.of(file);
            return this;
        }

        /** The seed every region's IDs come from (default: a new one each start); a restored state brings its own. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

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
