package io.ecskit.adapter.aws;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
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
import jakarta.inject.Singleton;

import java.time.Clock;

/** The AWS SDK implementation of every driven port (the use cases come from {@link UseCaseModule}). */
@Module(includes = UseCaseModule.class)
interface AwsModule {

    @Binds
    ClusterPort clusters(AwsClusters impl);

    @Binds
    TaskDefinitionPort taskDefinitions(AwsTaskDefinitions impl);

    @Binds
    ServicePort services(AwsServices impl);

    @Binds
    TaskPort tasks(AwsTasks impl);

    @Binds
    ContainerInstancePort containerInstances(AwsContainerInstances impl);

    @Binds
    io.ecskit.port.out.AccountSettingPort accountSettings(AwsAccountSettings impl);

    @Binds
    io.ecskit.port.out.TagPort tags(AwsTags impl);

    @Binds
    io.ecskit.port.out.CapacityProviderPort capacityProviders(AwsCapacityProviders impl);

    @Binds
    io.ecskit.port.out.AttributePort attributes(AwsAttributes impl);

    @Binds
    ImageRepositoryPort imageRepositories(AwsEcr impl);

    @Binds
    ImageRegistryPort registry(JibImageRegistry impl);

    @Binds
    LogPort logs(AwsLogs impl);

    @Binds
    io.ecskit.port.out.ServiceDeploymentPort serviceDeployments(AwsServiceDeployments impl);

    @Provides
    static TimeSource time(AwsSettings settings, Clock clock) {
        return settings.timeSource().getOrElse(() -> new AwsTime(clock));
    }

    @Provides
    @Singleton
    static ApiCallRecorder recorder() {
        return new ApiCallRecorder();
    }

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Binds
    io.ecskit.port.out.TaskSetPort taskSets(AwsTaskSets impl);

    @Binds
    io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices(AwsExpressGatewayServices impl);

    @Binds
    io.ecskit.port.out.DaemonPort daemons(AwsDaemons impl);

    @Binds
    io.ecskit.port.out.GatewayPort gateways(AwsGateways impl);

    @Binds
    io.ecskit.port.out.IdentityPort identity(AwsIdentity impl);

    @Binds
    io.ecskit.port.out.NetworkPort network(AwsNetwork impl);

    @Binds
    io.ecskit.port.out.SecretsPort secrets(AwsSecrets impl);

    @Binds
    io.ecskit.port.out.IamPort iam(AwsIam impl);

    @Binds
    io.ecskit.port.out.EventsPort events(AwsEvents impl);

    @Binds
    io.ecskit.port.out.MetricsPort metrics(AwsMetrics impl);

    @Binds
    io.ecskit.port.out.AutoScalingPort autoScaling(AwsAutoScaling impl);

    @Binds
    io.ecskit.port.out.LoadBalancingPort loadBalancing(AwsLoadBalancing impl);
}
