/**
 * What ECS, ECR and CloudWatch Logs answer when a request does not do what was asked:
 * {@link io.ecskit.domain.error.EcsError}, one record per AWS error code (with AWS's message and request id), the
 * same from the AWS and the in-memory backend, and {@link io.ecskit.domain.error.EcsException} for callers who
 * prefer exceptions to {@code Either}.
 *
 * <p>Which rule produces which error and message is listed in {@code docs/ecs-rules.md} and
 * {@link io.ecskit.domain.EcsRule}.
 */
package io.ecskit.domain.error;
