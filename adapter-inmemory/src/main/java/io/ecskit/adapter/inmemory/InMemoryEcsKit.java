package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.wiring.WiredEcsKit;

import java.time.Clock;
import java.util.Objects;

/**
 * An in-memory ECS, ECR and CloudWatch Logs for one account and region, with a simulated
 * runtime on a virtual clock: it refuses what ECS refuses, with ECS's error and message, and
 * runs tasks and deployments when time passes ({@link #simulator()}).
 * {@code InMemoryEcsKit.create()} for defaults (us-east-1, 123456789012, virtual clock), or
 * {@code InMemoryEcsKit.builder()...build()}.
 */
public final class InMemoryEcsKit extends WiredEcsKit {

    /** The region a kit is in unless the builder says otherwise. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account a kit belongs to unless the builder says otherwise. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private final Region region;
    private final AccountId account;
    private final Clock clock;
    private final Simulator simulator;
    /** The account's global services (IAM), shared with the kits of its other regions that were built sharing them. */
    final IamState iam;

    private InMemoryEcsKit(InMemoryComponent component, Region region, AccountId account, Clock clock, IamState iam) {
        super(component.useCases(), component.api());
        this.region = region;
        this.account = account;
        this.clock = clock;
        this.simulator = component.simulator();
        this.iam = iam;
    }

    /** A kit in {@value #DEFAULT_REGION}, account {@value #DEFAULT_ACCOUNT}, on a new {@link VirtualClock}. */
    public static InMemoryEcsKit create() {
        return builder().build();
    }

    /** Region, account and clock of a new kit. */
    public static Builder builder() {
        return new Builder();
    }

    /** Time, faults, VPC, container instances, log lines and images: the test's controls. */
    public Simulator simulator() {
        return simulator;
    }

    /**
     * Lets what reaches across Regions of the account (ECR replication to a Region named in the replication configuration)
     * open a Region whose kit does not exist yet: {@code opener} answers the account's kit of a Region, or null when there
     * is none to make. A server sets it so a replica lands in a Region before anyone called it; a kit alone has none.
     */
    public void opensRegionsWith(java.util.function.Function<String, InMemoryEcsKit> opener) {
        iam.opener = code -> {
            InMemoryEcsKit kit = opener.apply(code);
            return kit == null ? null : kit.simulator().state();
        };
    }

    /** The kit's clock: a {@link VirtualClock} unless the builder was given another. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String region() {
        return region.code();
    }

    @Override
    public String accountId() {
        return account.value();
    }

    /** Nothing to release: the state is garbage once the kit is. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "InMemoryEcsKit[" + region.code() + ", " + account.value() + "]";
    }

    /** Region, account and clock of a new kit. */
    public static final class Builder {
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT;
        private Clock clock;

        private Builder() {
        }

        /** The region code, e.g. {@code eu-west-1} (default {@value InMemoryEcsKit#DEFAULT_REGION}). */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** The 12-digit account id (default {@value InMemoryEcsKit#DEFAULT_ACCOUNT}). */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /** A {@link VirtualClock} that tests advance (the default), or e.g. {@code Clock.systemUTC()} for real time. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        private Long seed;
        private InMemoryEcsKit global;

        /**
         * The account's global services (IAM: roles and policies) are those of {@code other}, a kit of the same account in
         * another region, as they are on AWS: a role created in one region is there in every other. Default: a kit has
         * its own.
         *
         * @throws IllegalArgumentException at {@link #build()} when {@code other} is of another account
         */
        public Builder sharingGlobalServicesWith(InMemoryEcsKit other) {
            this.global = Objects.requireNonNull(other, "other");
            return this;
        }

        /**
         * The seed of the kit's IDs (tasks, deployments, events, uploads): the same calls at the same times then make the
         * same state, which is how {@code ecskit server --state-file} restores a region. Default: a different one each time.
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The kit.
         *
         * @throws IllegalArgumentException when the region or account id is malformed, with the rule's message
         */
        public InMemoryEcsKit build() {
            Region r = new Region(region);
            AccountId a = new AccountId(accountId);
            Clock c = clock == null ? new VirtualClock() : clock;
            if (global != null && !global.account.equals(a)) {
                throw new IllegalArgumentException("A kit shares global services only with a kit of its account (" + a.value() + "), not of "
                        + global.account.value());
            }
            // seeded so that whichever region's kit of a server (seeded seed ^ region) comes first, the account's ids are the same
            IamState iam = global != null ? global.iam : seed != null ? new IamState(a, seed ^ region.hashCode()) : new IamState(a);
            InMemoryComponent component = DaggerInMemoryComponent.factory().create(r, a, c, iam);
            if (seed != null) {
                component.simulator().seedIds(seed);
            }
            return new InMemoryEcsKit(component, r, a, c, iam);
        }
    }
}
