/**
 * CloudWatch as far as ECS workloads use it (issue 25 item 4): metrics (those PutMetricData sends and those the simulation
 * emits for services under scripted load) and metric alarms evaluated on the clock, which deployments watch. Source:
 * CloudWatch API reference; CloudWatch user guide, "Using Amazon CloudWatch alarms".
 */
package io.ecskit.domain.metrics;
