package io.ecskit.domain.service;

/** Whether a Fargate task's ENI gets a public IP; ECS defaults to DISABLED. */
public enum AssignPublicIp {
    ENABLED, DISABLED
}
