package io.ecskit.domain.service;

import java.time.Instant;

/** A line of a service's event log, newest first in DescribeServices, e.g. "(service x) has reached a steady state." */
public record ServiceEvent(String id, Instant createdAt, String message) {
}
