package io.ecskit.domain.taskdef;


/**
 * Whether two task definitions mean the same to ECS, ignoring what ECS fills in or orders itself:
 * essential absent = true, protocol absent = tcp, awsvpc hostPort absent = containerPort,
 * network mode absent = bridge, container cpu 0 = none, "1 vCPU" = "1024", and the order of environment,
 * secrets and tags.
 */
public final class TaskDefinitionComparison {

    /** Tags ecskit sets on revisions for itself, ignored when comparing. */
    public static final String ECSKIT_TAG_PREFIX = "ecskit:";

    private TaskDefinitionComparison() {
    }

    public static boolean sameAs(TaskDefinition a, TaskDefinition b) {
        return normalize(a).equals(normalize(b));
    }

    public static TaskDefinition normalize(TaskDefinition td) {
        boolean awsvpc = td.effectiveNetworkMode() == NetworkMode.AWSVPC;
        return td.toBuilder()
                .networkMode(td.effectiveNetworkMode())
                .cpu(td.cpu().map(c -> td.cpuUnits().map(String::valueOf).getOrElse(c)))
                .memory(td.memory().map(m -> td.memoryMiB().map(String::valueOf).getOrElse(m)))
                .requiresCompatibilities(td.requiresCompatibilities().distinct().sorted())
                // ecskit's own bookkeeping tags (e.g. which revision deployed successfully) are not content
                .tags(td.tags().filter(t -> !t.key().getOrElse("").startsWith(ECSKIT_TAG_PREFIX)).sortBy(t -> t.key().getOrElse("")))
                .containerDefinitions(td.containerDefinitions().map(c -> c.toBuilder()
                        .essential(c.isEssential())
                        // ECS reports a container without cpu as cpu 0
                        .cpu(c.cpu().filter(cpu -> cpu != 0))
                        .portMappings(c.portMappings().map(p -> p.toBuilder()
                                .protocol(p.effectiveProtocol())
                                .hostPort(awsvpc && p.hostPort().isEmpty() ? p.containerPort() : p.hostPort())
                                .build()))
                        .environment(c.environment().sortBy(e -> e.name().getOrElse("")))
                        .secrets(c.secrets().sortBy(Secret::name))
                        .build()))
                .build();
    }
}
