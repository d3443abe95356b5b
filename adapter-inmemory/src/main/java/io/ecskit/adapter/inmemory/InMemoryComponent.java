package io.ecskit.adapter.inmemory;

import dagger.BindsInstance;
import dagger.Component;
import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.port.EcsApi;
import io.ecskit.wiring.PortsApi;
import io.ecskit.wiring.UseCases;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The in-memory backend's object graph: what {@link InMemoryEcsKit} is made of, kept off its public surface. */
@Singleton
@Component(modules = InMemoryModule.class)
interface InMemoryComponent {

    UseCases useCases();

    PortsApi api();

    Simulator simulator();

    @Component.Factory
    interface Factory {
        InMemoryComponent create(@BindsInstance Region region, @BindsInstance AccountId account, @BindsInstance Clock clock,
                                 @BindsInstance IamState iam);
    }
}
