package io.ecskit.adapter.aws;

import dagger.BindsInstance;
import dagger.Component;
import io.ecskit.wiring.PortsApi;
import io.ecskit.wiring.UseCases;
import jakarta.inject.Singleton;

/** The AWS backend's object graph: what {@link AwsEcsKit} is made of, kept off its public surface. */
@Singleton
@Component(modules = AwsModule.class)
interface AwsComponent {

    UseCases useCases();

    PortsApi api();

    ApiCallRecorder calls();

    AwsSettings settings();

    AwsClients clients();

    AccountResolver accountResolver();

    @Component.Factory
    interface Factory {
        AwsComponent create(@BindsInstance AwsSettings settings);
    }
}
