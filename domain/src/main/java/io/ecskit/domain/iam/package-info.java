/**
 * IAM as far as ECS needs it (issue 25 item 8): roles (with their trust policies, inline policies and attached managed
 * policies), customer managed policies, and the service-linked roles ECS and its neighbours use. IAM is global: the
 * roles of an account are the same in every region. Source: IAM API reference; ECS developer guide, "IAM roles for
 * tasks", "Task execution IAM role", "Using service-linked roles for Amazon ECS".
 */
package io.ecskit.domain.iam;
