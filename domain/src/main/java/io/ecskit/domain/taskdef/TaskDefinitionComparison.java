package io.ecskit.domain.taskdef;


/**
 * Whether two task definitions mean the same to ECS. Both sides are first taken as ECS stores them
 * ({@link TaskDefinitionDefaults#stored}, rule taskDefinitionDefaults: container cpu 0, essential true,
 * protocol tcp, awsvpc hostPort = containerPort, health check interval/timeout/retries), so a value left to
 * ECS and the value ECS filled in compare equal. Then what ECS keeps in another spelling or order is
 * ignored: network mode absent = bridge, "1 vCPU" = "1024", "1 GB" = "1024", the order of
 * requiresCompatibilities, environment, secrets and tags, and ecskit's own {@value #ECSKIT_TAG_PREFIX} tags.
 */
public final class TaskDefinitionComparison {

    /** Tags ecskit sets on revisions for itself, ignored when comparing. */
    public static final String ECSKIT_TAG_PREFIX = "ecskit:";

    private TaskDefinitionComparison() {
    }

    /**
     * Whether {@code a} and {@code b} mean the same to ECS: equal after {@link #normalize}. A live revision and a desired
     * definition that are the same need no new revision.
     */
    public static boolean sameAs(TaskDefinition a, TaskDefinition b) {
        return normalize(a).equals(normalize(b));
    }

    /**
     * {@code given} as ECS stores it ({@link TaskDefinitionDefaults#stored}), in one spelling: the effective network mode,
     * cpu in units and memory in MiB, compatibilities, tags, environment and secrets sorted, ecskit's own tags dropped.
     */
    public static TaskDefinition normalize(TaskDefinition given) {
        TaskDefinition td = TaskDefinitionDefaults.stored(given);
        return td.toBuilder()
                .networkMode(td.effectiveNetworkMode())
                .cpu(td.cpu().map(c -> td.cpuUnits().map(String::valueOf).getOrElse(c)))
                .memory(td.memory().map(m -> td.memoryMiB().map(String::valueOf).getOrElse(m)))
                .requiresCompatibilities(td.requiresCompatibilities().distinct().sorted())
                // ecskit's own bookkeeping tags (e.g. which revision deployed successfully) are not content
                .tags(td.tags().filter(t -> !t.key().getOrElse("").startsWith(ECSKIT_TAG_PREFIX)).sortBy(t -> t.key().getOrElse("")))
                .containerDefinitions(td.containerDefinitions().map(c -> c.toBuilder()
                        .environment(c.environment().sortBy(e -> e.name().getOrElse("")))
                        .secrets(c.secrets().sortBy(Secret::name))
                        .build()))
                .build();
    }
}
