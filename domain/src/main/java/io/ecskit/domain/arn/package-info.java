/**
 * Names and ARNs of ECS resources, each a value type checked as ECS checks it: cluster and service names
 * (1..255 letters, digits, hyphens and underscores), the ARNs of clusters, services, tasks, task definitions and
 * container instances ({@code arn:aws:ecs:<region>:<account>:<resource>}, services, tasks and container instances in
 * the long format that names the cluster), and {@link io.ecskit.domain.arn.TaskDefinitionRef}, how a service or
 * RunTask names a task definition.
 *
 * <p>A name's constructor throws {@code IllegalArgumentException} for a malformed value; every type's {@code parse}
 * answers the {@link io.ecskit.domain.Violation} ECS would answer instead (ECS developer guide, "Amazon Resource
 * Names (ARNs) and IDs").
 */
package io.ecskit.domain.arn;
