/**
 * CloudWatch Logs, as far as containers logging with the awslogs driver need it: log groups and streams, their
 * names (checked against the Logs API model: groups 1..512 of {@code [.-_/#A-Za-z0-9]}, streams 1..512 without
 * {@code :} or {@code *}), the retention periods PutRetentionPolicy allows, and log events.
 *
 * <p>awslogs names a container's stream {@code <awslogs-stream-prefix>/<container name>/<task id>}
 * ({@link io.ecskit.domain.logs.LogStreamName#awslogs}).
 */
package io.ecskit.domain.logs;
