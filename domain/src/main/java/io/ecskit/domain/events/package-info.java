/**
 * EventBridge as far as ECS workloads use it (issue 25 item 6): the events ECS sends to the account's default event bus
 * (task state changes, service actions, deployment state changes), rules with event patterns or schedules, and their
 * targets (CloudWatch Logs, ECS scheduled tasks). Source: EventBridge API reference; ECS developer guide, "Amazon ECS events".
 */
package io.ecskit.domain.events;
