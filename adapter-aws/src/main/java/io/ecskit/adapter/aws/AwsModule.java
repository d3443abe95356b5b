package io.ecskit.adapter.aws;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.InspectEcs;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.ScaleService;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import io.ecskit.usecase.CleanUpHandler;
import io.ecskit.usecase.DiffTaskDefinitionHandler;
import io.ecskit.usecase.InspectEcsHandler;
import io.ecskit.usecase.PushImageHandler;
import io.ecskit.usecase.ReadLogsHandler;
import io.ecskit.usecase.RedeployServiceHandler;
import io.ecskit.usecase.RollbackServiceHandler;
import io.ecskit.usecase.ScaleServiceHandler;
import io.ecskit.usecase.DeployServiceHandler;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The AWS SDK implementation of every driven port, and the use cases over them. */
@Module
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
    ImageRepositoryPort imageRepositories(AwsEcr impl);

    @Binds
    ImageRegistryPort registry(JibImageRegistry impl);

    @Binds
    PushImage pushImage(PushImageHandler impl);

    @Binds
    ReadLogs readLogs(ReadLogsHandler impl);

    @Binds
    LogPort logs(AwsLogs impl);

    @Binds
    TimeSource time(AwsTime impl);

    @Binds
    DeployService deploy(DeployServiceHandler impl);

    @Binds
    CleanUp cleanUp(CleanUpHandler impl);

    @Binds
    RedeployService redeploy(RedeployServiceHandler impl);

    @Binds
    ScaleService scale(ScaleServiceHandler impl);

    @Binds
    RollbackService rollback(RollbackServiceHandler impl);

    @Binds
    InspectEcs inspect(InspectEcsHandler impl);

    @Binds
    DiffTaskDefinition diff(DiffTaskDefinitionHandler impl);

    @Provides
    @Singleton
    static ApiCallRecorder recorder() {
        return new ApiCallRecorder();
    }

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
