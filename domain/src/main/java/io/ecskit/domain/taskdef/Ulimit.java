package io.ecskit.domain.taskdef;

/** A resource limit, e.g. nofile. */
public record Ulimit(String name, int softLimit, int hardLimit) {
}
