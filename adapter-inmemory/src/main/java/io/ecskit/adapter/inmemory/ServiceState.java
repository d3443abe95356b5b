package io.ecskit.adapter.inmemory;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.service.ServiceStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

/**
 * A simulated service; mutable, guarded by the state lock. Its configuration is kept as the
 * {@link Service} record DescribeServices answers with (every member CreateService and
 * UpdateService set, ECS's defaults filled in); counts, deployments and events are added when it
 * is described.
 */
final class ServiceState {

    static final int MAX_EVENTS = 100;

    final ServiceArn arn;
    final Option<String> clientToken;
    ServiceStatus status = ServiceStatus.ACTIVE;
    /** When the service became INACTIVE: ECS forgets it about an hour later. */
    io.vavr.control.Option<java.time.Instant> inactiveAt = io.vavr.control.Option.none();
    Service settings;
    /** The Service Connect configuration CreateService or the last UpdateService gave (ListServicesByNamespace reads it). */
    io.vavr.control.Option<io.ecskit.domain.service.ServiceConnectConfiguration> serviceConnect = io.vavr.control.Option.none();
    final java.util.List<DeploymentState> deployments = new ArrayList<>();
    /** Task sets of an EXTERNAL service, oldest first (a DRAINING one until its tasks stopped). */
    final java.util.List<TaskSetState> taskSets = new ArrayList<>();
    /** Every service deployment, newest first, as ListServiceDeployments answers. */
    final java.util.List<ServiceDeploymentState> serviceDeployments = new ArrayList<>();
    /** The tasks the scheduler started for this service that have not STOPPED, oldest first (stopped ones are in the state's tasks only). */
    final java.util.Set<TaskState> unstopped = new java.util.LinkedHashSet<>();
    /** Newest first, as DescribeServices lists them. */
    final Deque<ServiceEvent> events = new ArrayDeque<>();
    Option<DeploymentState> lastCompleted = Option.none();
    boolean steady;
    /** The view DescribeServices last answered, and the region's {@link InMemoryState#changes()} it was made at. */
    io.ecskit.domain.service.Service viewed;
    long viewedAt = -1;

    ServiceState(ServiceArn arn, Option<String> clientToken, Service settings) {
        this.arn = arn;
        this.clientToken = clientToken;
        this.settings = settings;
    }

    String name() {
        return arn.name().value();
    }

    Instant createdAt() {
        return settings.createdAt().get();
    }

    int desiredCount() {
        return settings.desiredCount();
    }

    TaskDefinitionArn taskDefinition() {
        return settings.taskDefinition().flatMap(ref -> ref.arn()).get();
    }

    Option<LaunchType> launchType() {
        return settings.launchType();
    }

    Option<NetworkConfiguration> network() {
        return settings.networkConfiguration();
    }

    /** As stored: ECS's defaults are filled in at create and update. */
    DeploymentConfiguration deploymentConfiguration() {
        return settings.deploymentConfiguration().get();
    }

    Option<DeploymentState> primary() {
        return List.ofAll(deployments).find(d -> d.status == DeploymentStatus.PRIMARY);
    }

    /** Tasks that failed in a row (ECS's service throttle logic); a new or completed deployment starts over. */
    int failuresInARow;
    /** Until when the throttle holds relaunches back. */
    Instant relaunchNotBefore = Instant.MIN;
    /** Whether this throttle episode's event was emitted. */
    boolean throttleAnnounced;

    /** Ends a throttle episode: relaunches are immediate again. */
    void resetThrottle() {
        failuresInARow = 0;
        relaunchNotBefore = Instant.MIN;
        throttleAnnounced = false;
    }

    /** The deployment whose failure was last sent to EventBridge (one failure, one event). */
    String failureSent;

    /** Told of what the service says (InMemoryState sets it: ECS sends some of it to EventBridge). */
    java.util.function.BiConsumer<String, Instant> said = (message, at) -> { };

    void event(String id, Instant at, String message) {
        events.addFirst(new ServiceEvent(id, at, "(service " + name() + ") " + message));
        said.accept("(service " + name() + ") " + message, at);
        while (events.size() > MAX_EVENTS) {
            events.removeLast();
        }
    }

    /** Whether an external controller runs the service's deployments through task sets (EXTERNAL). */
    boolean runsTaskSets() {
        return settings.deploymentController().exists(c -> c.type() == io.ecskit.domain.service.DeploymentControllerType.EXTERNAL);
    }

    boolean isLive() {
        return status != ServiceStatus.INACTIVE;
    }
}
