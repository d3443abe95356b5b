package io.ecskit.wiring;

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
import jakarta.inject.Inject;

/**
 * Every use case of one backend, as its Dagger component builds them: what {@link WiredEcsKit}
 * delegates to. Backends' components expose one of these; users never need it.
 */
public final class UseCases {

    final DeployService deploy;
    final RedeployService redeploy;
    final ScaleService scale;
    final RollbackService rollback;
    final CleanUp cleanUp;
    final PushImage pushImage;
    final ReadLogs readLogs;
    final DiffTaskDefinition diff;
    final InspectEcs inspect;
    final RunTask runTask;

    /** Built by Dagger from {@link UseCaseModule}'s bindings. */
    @Inject
    public UseCases(DeployService deploy, RedeployService redeploy, ScaleService scale, RollbackService rollback,
                    CleanUp cleanUp, PushImage pushImage, ReadLogs readLogs, DiffTaskDefinition diff, InspectEcs inspect,
                    RunTask runTask) {
        this.deploy = deploy;
        this.redeploy = redeploy;
        this.scale = scale;
        this.rollback = rollback;
        this.cleanUp = cleanUp;
        this.pushImage = pushImage;
        this.readLogs = readLogs;
        this.diff = diff;
        this.inspect = inspect;
        this.runTask = runTask;
    }
}
