package io.ecskit.domain.taskdef;

import io.vavr.collection.List;

/** Linux capabilities added to or dropped from Docker's defaults; Fargate may only add SYS_PTRACE. */
public record KernelCapabilities(List<String> add, List<String> drop) {

    public KernelCapabilities {
        add = add == null ? List.empty() : add;
        drop = drop == null ? List.empty() : drop;
    }
}
