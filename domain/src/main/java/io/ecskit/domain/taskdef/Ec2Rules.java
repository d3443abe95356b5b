package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;

import static io.ecskit.domain.taskdef.Rule.name;
import static io.ecskit.domain.taskdef.Rule.when;

/** What the EC2 launch type adds [BM-ECS]. */
final class Ec2Rules {

    private Ec2Rules() {
    }

    /** Without task-level memory every container needs memory or memoryReservation (the docs allow either). */
    static Seq<Violation> containerMemory(TaskDefinition td, String path, ContainerDefinition c) {
        return when(td.memory().isEmpty() && c.memory().isEmpty() && c.memoryReservation().isEmpty(),
                () -> EcsRule.EC2_CONTAINER_MEMORY.at(path + ".memory", name(c)));
    }

    static Seq<Violation> taskCpu(TaskDefinition td) {
        return when(td.cpuUnits().exists(cpu -> cpu < TaskSize.EC2_MIN_CPU || cpu > TaskSize.EC2_MAX_CPU),
                () -> EcsRule.TASK_CPU_VALID.at("cpu"));
    }
}
