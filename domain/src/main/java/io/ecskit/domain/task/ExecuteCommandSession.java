package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What ExecuteCommand answers: the Systems Manager session a client (the AWS CLI's session-manager-plugin) opens
 * to run the command in the container. Source: ECS API reference, ExecuteCommand (response) and Session. In ecskit's
 * fake the session is ECS's answer only: no command runs and nothing listens at {@code streamUrl}.
 *
 * @param clusterArn The task's cluster.
 * @param containerArn The container the command runs in.
 * @param containerName Its name.
 * @param interactive Always true: ECS runs commands interactively only.
 * @param sessionId The session's ID ({@code ecs-execute-command-...}).
 * @param streamUrl The WebSocket URL of the session's data channel.
 * @param tokenValue The token that opens it.
 * @param taskArn The task.
 */
@Value.Builder
public record ExecuteCommandSession(
        String clusterArn,
        String containerArn,
        String containerName,
        boolean interactive,
        String sessionId,
        String streamUrl,
        String tokenValue,
        String taskArn) {
}
