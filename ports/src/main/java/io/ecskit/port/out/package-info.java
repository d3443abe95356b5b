/**
 * The driven ports: one method per ECS, ECR or CloudWatch Logs operation, implemented by each
 * backend (the AWS SDK, the in-memory ECS). They answer what the backend answers, as typed
 * {@code EcsError}s, and do not pre-validate a whole request.
 */
package io.ecskit.port.out;
