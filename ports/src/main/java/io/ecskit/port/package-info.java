/**
 * ecskit's entry point: {@link io.ecskit.port.EcsKit}, the same on every backend (AWS, the in-memory
 * ECS, an AWS-protocol endpoint), with the use cases at the top and the one-call-per-operation
 * {@link io.ecskit.port.EcsApi} under {@code api()}.
 */
package io.ecskit.port;
