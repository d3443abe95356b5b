package io.ecskit.wiring;

import dagger.Binds;
import dagger.Module;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.InspectEcs;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.RunTask;
import io.ecskit.port.in.ScaleService;
import io.ecskit.usecase.CleanUpHandler;
import io.ecskit.usecase.DeployServiceHandler;
import io.ecskit.usecase.DiffTaskDefinitionHandler;
import io.ecskit.usecase.InspectEcsHandler;
import io.ecskit.usecase.PushImageHandler;
import io.ecskit.usecase.ReadLogsHandler;
import io.ecskit.usecase.RedeployServiceHandler;
import io.ecskit.usecase.RollbackServiceHandler;
import io.ecskit.usecase.RunTaskHandler;
import io.ecskit.usecase.ScaleServiceHandler;

/**
 * Every use case bound to its handler, once for all backends: a backend's component includes this
 * module beside its own driven-port bindings, so use cases get their ports only through Dagger.
 */
@Module
public interface UseCaseModule {

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

    @Binds
    PushImage pushImage(PushImageHandler impl);

    @Binds
    ReadLogs readLogs(ReadLogsHandler impl);

    @Binds
    RunTask runTask(RunTaskHandler impl);
}
