package io.ecskit.domain.taskdef;

/** An /etc/hosts entry (not on Fargate). */
public record HostEntry(String hostname, String ipAddress) {
}
