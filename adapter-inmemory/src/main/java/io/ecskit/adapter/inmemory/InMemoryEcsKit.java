package io.ecskit.adapter.inmemory;

import dagger.BindsInstance;
import dagger.Component;
import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.port.EcsKit;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * An in-memory ECS, ECR and CloudWatch Logs for one account and region, with a simulated
 * runtime on a virtual clock. {@code InMemoryEcsKit.create()} for defaults (us-east-1,
 * 123456789012, virtual clock), or {@code InMemoryEcsKit.builder()...build()}.
 */
@Singleton
@Component(modules = InMemoryModule.class)
public interface InMemoryEcsKit extends EcsKit {

    String DEFAULT_REGION = "us-east-1";
    String DEFAULT_ACCOUNT = "123456789012";

    static InMemoryEcsKit create() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Time, faults, VPC, container instances, log lines and images: the test's controls. */
    Simulator simulator();

    /** The kit's clock: a {@link VirtualClock} unless the builder was given another. */
    Clock clock();

    Region regionValue();

    AccountId accountValue();

    @Override
    default String region() {
        return regionValue().code();
    }

    @Override
    default String accountId() {
        return accountValue().value();
    }

    /** Nothing to release: the state is garbage once the kit is. */
    @Override
    default void close() {
    }

    @Component.Factory
    interface Factory {
        InMemoryEcsKit create(@BindsInstance Region region, @BindsInstance AccountId account, @BindsInstance Clock clock);
    }

    /** Region, account and clock of a new kit. */
    final class Builder {
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT;
        private Clock clock;

        private Builder() {
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** A {@link VirtualClock} that tests advance (the default), or e.g. {@code Clock.systemUTC()} for real time. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public InMemoryEcsKit build() {
            return DaggerInMemoryEcsKit.factory().create(new Region(region), new AccountId(accountId),
                    clock == null ? new VirtualClock() : clock);
        }
    }
}
