package io.ecskit.wiring;

import io.ecskit.port.EcsApi;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServiceDeploymentPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;
import jakarta.inject.Inject;

/** {@link EcsApi} over a backend's driven ports, whichever backend binds them. */
public final class PortsApi implements EcsApi {

    private final ClusterPort clusters;
    private final TaskDefinitionPort taskDefinitions;
    private final ServicePort services;
    private final TaskPort tasks;
    private final ContainerInstancePort containerInstances;
    private final ImageRepositoryPort imageRepositories;
    private final LogPort logs;
    private final ServiceDeploymentPort serviceDeployments;
    private final ImageRegistryPort registry;
    private final TimeSource time;
    private final io.ecskit.port.out.AccountSettingPort accountSettings;
    private final io.ecskit.port.out.TagPort tags;
    private final io.ecskit.port.out.CapacityProviderPort capacityProviders;
    private final io.ecskit.port.out.AttributePort attributes;
    private final io.ecskit.port.out.TaskSetPort taskSets;
    private final io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices;
    private final io.ecskit.port.out.DaemonPort daemons;
    private final io.ecskit.port.out.GatewayPort gateways;
    private final io.ecskit.port.out.IdentityPort identity;
    private final io.ecskit.port.out.NetworkPort network;
    private final io.ecskit.port.out.SecretsPort secrets;
    private final io.ecskit.port.out.IamPort iam;
    private final io.ecskit.port.out.EventsPort events;
    private final io.ecskit.port.out.MetricsPort metrics;
    private final io.ecskit.port.out.AutoScalingPort autoScaling;
    private final io.ecskit.port.out.LoadBalancingPort loadBalancing;

    /** Built by Dagger from the backend's port bindings. */
    @Inject
    public PortsApi(ClusterPort clusters, TaskDefinitionPort taskDefinitions, ServicePort services, TaskPort tasks,
                    ContainerInstancePort containerInstances, ImageRepositoryPort imageRepositories, LogPort logs,
                    ServiceDeploymentPort serviceDeployments, ImageRegistryPort registry, TimeSource time,
                    io.ecskit.port.out.AccountSettingPort accountSettings, io.ecskit.port.out.TagPort tags,
                    io.ecskit.port.out.CapacityProviderPort capacityProviders, io.ecskit.port.out.AttributePort attributes,
                    io.ecskit.port.out.TaskSetPort taskSets, io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices,
                    io.ecskit.port.out.DaemonPort daemons, io.ecskit.port.out.GatewayPort gateways,
                    io.ecskit.port.out.IdentityPort identity, io.ecskit.port.out.NetworkPort network,
                    io.ecskit.port.out.SecretsPort secrets, io.ecskit.port.out.IamPort iam,
                    io.ecskit.port.out.EventsPort events, io.ecskit.port.out.MetricsPort metrics,
                    io.ecskit.port.out.AutoScalingPort autoScaling, io.ecskit.port.out.LoadBalancingPort loadBalancing) {
        this.clusters = clusters;
        this.taskDefinitions = taskDefinitions;
        this.services = services;
        this.tasks = tasks;
        this.containerInstances = containerInstances;
        this.imageRepositories = imageRepositories;
        this.logs = logs;
        this.serviceDeployments = serviceDeployments;
        this.registry = registry;
        this.time = time;
        this.accountSettings = accountSettings;
        this.tags = tags;
        this.capacityProviders = capacityProviders;
        this.attributes = attributes;
        this.taskSets = taskSets;
        this.expressGatewayServices = expressGatewayServices;
        this.daemons = daemons;
        this.gateways = gateways;
        this.identity = identity;
        this.network = network;
        this.secrets = secrets;
        this.iam = iam;
        this.events = events;
        this.metrics = metrics;
        this.autoScaling = autoScaling;
        this.loadBalancing = loadBalancing;
    }

    @Override
    public io.ecskit.port.out.LoadBalancingPort loadBalancing() {
        return loadBalancing;
    }

    @Override
    public io.ecskit.port.out.AutoScalingPort autoScaling() {
        return autoScaling;
    }

    @Override
    public io.ecskit.port.out.MetricsPort metrics() {
        return metrics;
    }

    @Override
    public io.ecskit.port.out.EventsPort events() {
        return events;
    }

    @Override
    public io.ecskit.port.out.IamPort iam() {
        return iam;
    }

    @Override
    public io.ecskit.port.out.SecretsPort secrets() {
        return secrets;
    }

    @Override
    public io.ecskit.port.out.NetworkPort network() {
        return network;
    }

    @Override
    public io.ecskit.port.out.IdentityPort identity() {
        return identity;
    }

    @Override
    public io.ecskit.port.out.GatewayPort gateways() {
        return gateways;
    }

    @Override
    public io.ecskit.port.out.DaemonPort daemons() {
        return daemons;
    }

    @Override
    public io.ecskit.port.out.ExpressGatewayServicePort expressGatewayServices() {
        return expressGatewayServices;
    }

    @Override
    public io.ecskit.port.out.TaskSetPort taskSets() {
        return taskSets;
    }

    @Override
    public io.ecskit.port.out.AttributePort attributes() {
        return attributes;
    }

    @Override
    public io.ecskit.port.out.CapacityProviderPort capacityProviders() {
        return capacityProviders;
    }

    @Override
    public io.ecskit.port.out.TagPort tags() {
        return tags;
    }

    @Override
    public io.ecskit.port.out.AccountSettingPort accountSettings() {
        return accountSettings;
    }

    @Override
    public ClusterPort clusters() {
        return clusters;
    }

    @Override
    public TaskDefinitionPort taskDefinitions() {
        return taskDefinitions;
    }

    @Override
    public ServicePort services() {
        return services;
    }

    @Override
    public TaskPort tasks() {
        return tasks;
    }

    @Override
    public ContainerInstancePort containerInstances() {
        return containerInstances;
    }

    @Override
    public ImageRepositoryPort imageRepositories() {
        return imageRepositories;
    }

    @Override
    public LogPort logs() {
        return logs;
    }

    @Override
    public ServiceDeploymentPort serviceDeployments() {
        return serviceDeployments;
    }

    @Override
    public ImageRegistryPort registry() {
        return registry;
    }

    @Override
    public TimeSource time() {
        return time;
    }
}
