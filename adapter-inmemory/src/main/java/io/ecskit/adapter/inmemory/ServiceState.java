package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.LaunchType;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

/** A simulated service; mutable, guarded by the state lock. */
final class ServiceState {

    static final int MAX_EVENTS = 100;

    final ServiceArn arn;
    final Instant createdAt;
    final Option<String> clientToken;
    final List<Tag> tags;
    ServiceStatus status = ServiceStatus.ACTIVE;
    String taskDefinitionArn;
    int desiredCount;
    Option<LaunchType> launchType;
    Option<String> platformVersion;
    Option<AwsVpcConfiguration> network;
    List<LoadBalancer> loadBalancers;
    DeploymentConfiguration deploymentConfiguration;
    Option<Integer> healthCheckGracePeriodSeconds;
    final java.util.List<DeploymentState> deployments = new ArrayList<>();
    /** Every task the scheduler started for this service, oldest first. */
    final java.util.List<TaskState> tasks = new ArrayList<>();
    /** Newest first, as DescribeServices lists them. */
    final Deque<ServiceEvent> events = new ArrayDeque<>();
    Option<DeploymentState> lastCompleted = Option.none();
    boolean steady;

    ServiceState(ServiceArn arn, Instant createdAt, Option<String> clientToken, List<Tag> tags) {
        this.arn = arn;
        this.createdAt = createdAt;
        this.clientToken = clientToken;
        this.tags = tags;
    }

    String name() {
        return arn.name().value();
    }

    Option<DeploymentState> primary() {
        return List.ofAll(deployments).find(d -> d.status == io.ecskit.domain.service.DeploymentStatus.PRIMARY);
    }

    void event(String id, Instant at, String message) {
        events.addFirst(new ServiceEvent(id, at, "(service " + name() + ") " + message));
        while (events.size() > MAX_EVENTS) {
            events.removeLast();
        }
    }

    boolean isLive() {
        return status != ServiceStatus.INACTIVE;
    }
}
