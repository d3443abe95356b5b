package io.ecskit.domain.service;

import io.vavr.control.Option;

/**
 * A load balancer a service registers its tasks with: an ALB/NLB target group (awsvpc needs
 * target type {@code ip}) or, on EC2 only, a Classic Load Balancer by name.
 */
public record LoadBalancer(Option<String> targetGroupArn, Option<String> loadBalancerName, String containerName, int containerPort) {

    public LoadBalancer {
        targetGroupArn = targetGroupArn == null ? Option.none() : targetGroupArn;
        loadBalancerName = loadBalancerName == null ? Option.none() : loadBalancerName;
    }

    public static LoadBalancer targetGroup(String targetGroupArn, String containerName, int containerPort) {
        return new LoadBalancer(Option.of(targetGroupArn), Option.none(), containerName, containerPort);
    }
}
