package io.ecskit.domain.taskdef;

/** Fargate task storage in GiB (21..200). */
public record EphemeralStorage(int sizeInGiB) {
}
