/**
 * Secrets Manager secrets and SSM Parameter Store parameters as far as ECS workloads use them (issue 25 item 7): what a
 * task definition's {@code secrets[].valueFrom}, {@code repositoryCredentials} and {@code logConfiguration.secretOptions}
 * name, resolved when a task starts. Source: Secrets Manager and Systems Manager API references; ECS developer guide,
 * "Pass sensitive data to an Amazon ECS container".
 */
package io.ecskit.domain.secrets;
