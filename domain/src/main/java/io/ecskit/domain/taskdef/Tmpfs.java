package io.ecskit.domain.taskdef;

import io.vavr.collection.List;

/** A tmpfs mount (EC2 only). */
public record Tmpfs(String containerPath, int size, List<String> mountOptions) {

    public Tmpfs {
        mountOptions = mountOptions == null ? List.empty() : mountOptions;
    }
}
