package io.ecskit.adapter.inmemory;

import dagger.Binds;
import dagger.Module;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import io.ecskit.wiring.UseCaseModule;

/** The in-memory implementation of every driven port (the use cases come from {@link UseCaseModule}). */
@Module(includes = UseCaseModule.class)
interface InMemoryModule {

    @Binds
    ClusterPort clusters(InMemoryClusters impl);

    @Binds
    TaskDefinitionPort taskDefinitions(InMemoryTaskDefinitions impl);

    @Binds
    ServicePort services(InMemoryServices impl);

    @Binds
    TaskPort tasks(InMemoryTasks impl);

    @Binds
    ContainerInstancePort containerInstances(InMemoryContainerInstances impl);

    @Binds
    ImageRepositoryPort imageRepositories(InMemoryEcr impl);

    @Binds
    ImageRegistryPort registry(InMemoryImageRegistry impl);

    @Binds
    LogPort logs(InMemoryLogs impl);

    @Binds
    io.ecskit.port.out.ServiceDeploymentPort serviceDeployments(InMemoryServiceDeployments impl);

    @Binds
    TimeSource time(InMemoryTime impl);

    @Binds
    io.ecskit.port.out.AccountSettingPort accountSettings(InMemoryAccountSettings impl);

    @Binds
    io.ecskit.port.out.TagPort tags(InMemoryTags impl);

    @Binds
    io.ecskit.port.out.CapacityProviderPort capacityProviders(InMemoryCapacityProviders impl);

    @Binds
    io.ecskit.port.out.AttributePort attributes(InMemoryAttributes impl);

    @Binds
    io.ecskit.port.out.TaskSetPort taskSets(InMemoryTaskSets impl);

    @Binds
    io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices(InMemoryExpressGatewayServices impl);

    @Binds
    io.ecskit.port.out.DaemonPort daemons(InMemoryDaemons impl);

    @Binds
    io.ecskit.port.out.GatewayPort gateways(InMemoryGateways impl);

    @Binds
    io.ecskit.port.out.IdentityPort identity(InMemoryIdentity impl);

    @Binds
    io.ecskit.port.out.NetworkPort network(InMemoryNetwork impl);

    @Binds
    io.ecskit.port.out.SecretsPort secrets(InMemorySecrets impl);

    @Binds
    io.ecskit.port.out.IamPort iam(InMemoryIam impl);

    @Binds
    io.ecskit.port.out.EventsPort events(InMemoryEvents impl);

    @Binds
    io.ecskit.port.out.MetricsPort metrics(InMemoryMetrics impl);

    @Binds
    io.ecskit.port.out.AutoScalingPort autoScaling(InMemoryAutoScaling impl);

    @Binds
    io.ecskit.port.out.LoadBalancingPort loadBalancing(InMemoryLoadBalancing impl);
}
