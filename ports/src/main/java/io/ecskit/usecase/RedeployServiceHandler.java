package io.ecskit.usecase;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** {@link RedeployService}: the running revision with a new image/environment, deployed like any other. */
public final class RedeployServiceHandler implements RedeployService {

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;
    private final DeployService deploy;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public RedeployServiceHandler(ServicePort services, TaskDefinitionPort taskDefinitions, DeployServiceHandler deploy) {
        this.services = services;
        this.taskDefinitions = taskDefinitions;
        this.deploy = deploy;
    }

    @Override
    public Either<EcsError, DeploymentOutcome> redeploy(Command command, DeploymentProgress.Listener listener) {
        return ServiceSupport.whenValid(command.violations(), () -> ServiceSupport
                .activeService(services, command.cluster(), command.service())
                .flatMap(service -> ServiceSupport.running(taskDefinitions, service)
                        .flatMap(running -> changed(running.definition(), command))
                        .flatMap(td -> deploy.deploy(sameAs(service, td, command), listener))));
    }

    private static Either<EcsError, TaskDefinition> changed(TaskDefinition td, Command command) {
        Seq<ContainerDefinition> containers = td.containerDefinitions();
        int index = command.container()
                .map(name -> containers.indexWhere(c -> c.name().contains(name)))
                .getOrElse(() -> containers.indexWhere(ContainerDefinition::isEssential));
        if (index < 0) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LOAD_BALANCER_CONTAINER_EXISTS, command.container().getOrElse("(essential)")));
        }
        ContainerDefinition target = containers.get(index);
        Seq<KeyValuePair> environment = target.environment()
                .filter(e -> !e.name().exists(command.environment()::containsKey))
                .appendAll(command.environment().map(e -> KeyValuePair.of(e._1, e._2)));
        ContainerDefinition updated = target.toBuilder().image(command.image().orElse(target.image()))
                .environment(environment.toList()).build();
        return Either.right(td.toBuilder().containerDefinitions(containers.update(index, updated).toList()).build());
    }

    /** The service's settings as they are, so the deploy changes nothing but the revision. */
    private static DeployService.Command sameAs(Service service, TaskDefinition td, Command command) {
        ServiceSpec settings = ServiceSpec.builder()
                .cluster(service.cluster())
                .serviceName(service.serviceName().value())
                .desiredCount(service.desiredCount())
                .launchType(service.launchType())
                .capacityProviderStrategy(service.capacityProviderStrategy())
                .networkConfiguration(service.networkConfiguration())
                .loadBalancers(service.loadBalancers())
                .deploymentConfiguration(service.deploymentConfiguration())
                .build();
        return new DeployService.Command(td, settings, command.timeout(), true);
    }
}
