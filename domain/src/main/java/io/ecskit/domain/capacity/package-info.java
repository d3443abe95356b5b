/** ECS capacity providers: FARGATE, FARGATE_SPOT and Auto Scaling group providers, and the clusters they serve. */
package io.ecskit.domain.capacity;
