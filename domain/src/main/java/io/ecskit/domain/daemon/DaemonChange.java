package io.ecskit.domain.daemon;

import io.vavr.control.Option;

import java.time.Instant;

/**
 * What CreateDaemon, UpdateDaemon and DeleteDaemon answer: the daemon's ARN and status, and the deployment the call
 * started. Source: ECS API reference (CreateDaemonResponse, UpdateDaemonResponse, DeleteDaemonResponse).
 *
 * @param daemonArn ARN of the daemon: {@code arn:aws:ecs:<region>:<account>:daemon/<cluster>/<daemonName>}.
 * @param status ACTIVE, or DELETE_IN_PROGRESS after DeleteDaemon.
 * @param createdAt When the daemon was created.
 * @param updatedAt When it last changed (absent in CreateDaemon's answer).
 * @param deploymentArn ARN of the daemon deployment the call started.
 */
public record DaemonChange(Option<String> daemonArn, Option<DaemonStatus> status, Option<Instant> createdAt, Option<Instant> updatedAt,
                           Option<String> deploymentArn) {
}
