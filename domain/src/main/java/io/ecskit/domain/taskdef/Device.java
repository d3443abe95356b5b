package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** A host device exposed to a container (EC2 only). */
public record Device(String hostPath, Option<String> containerPath, List<String> permissions) {

    public Device {
        containerPath = containerPath == null ? Option.none() : containerPath;
        permissions = permissions == null ? List.empty() : permissions;
    }
}
