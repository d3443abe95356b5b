package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementConstraintType;
import io.ecskit.domain.PlacementStrategy;
import io.ecskit.domain.PlacementStrategyType;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.instance.ContainerInstance;
import io.ecskit.domain.instance.ContainerInstanceStatus;
import io.ecskit.domain.instance.Resource;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks on the EC2 launch type placed as ECS places them: on an ACTIVE, connected container instance of the cluster
 * with the CPU units, MiB of memory and host ports the task needs left over (registered resources minus its live
 * tasks'), that meets every placement constraint (distinctInstance; memberOf with the cluster query language's
 * attribute comparisons), chosen by the placement strategies in order (binpack on cpu or memory, spread over instanceId
 * or an attribute, random), spread over instanceId when none is given. Where no instance fits, the answer is ECS's:
 * {@code RESOURCE:CPU}, {@code RESOURCE:MEMORY}, {@code RESOURCE:PORTS} or {@code ATTRIBUTE} per instance, or no
 * container instance at all.
 */
final class Ec2Placement {

    private Ec2Placement() {
    }

    /** What a task takes from its instance. */
    record Need(int cpu, int memory, List<String> tcpPorts, List<String> udpPorts) {
    }

    /** What a task of {@code task}'s definition and overrides takes. */
    static Need of(TaskState task) {
        return of(task.definition.definition(), task.containers, task.overrides);
    }

    /**
     * Task-level cpu and memory when given (or overridden), else the containers' sums (memory: each container's hard
     * limit, else its reservation); host ports of bridge and host network modes (bridge without a host port is dynamic).
     */
    static Need of(TaskDefinition td, List<ContainerDefinition> containers, Option<io.ecskit.domain.task.TaskOverride> overrides) {
        int cpu = overrides.flatMap(io.ecskit.domain.task.TaskOverride::cpu).flatMap(Ec2Placement::integer)
                .orElse(td.cpuUnits()).getOrElse(() -> containers.map(c -> c.cpu().getOrElse(0)).sum().intValue());
        int memory = overrides.flatMap(io.ecskit.domain.task.TaskOverride::memory).flatMap(Ec2Placement::integer)
                .orElse(td.memoryMiB()).getOrElse(() -> containers.map(c -> c.memory().orElse(c.memoryReservation()).getOrElse(0)).sum().intValue());
        NetworkMode mode = td.networkMode().getOrElse(NetworkMode.BRIDGE);
        List<io.ecskit.domain.taskdef.PortMapping> mappings = mode == NetworkMode.BRIDGE || mode == NetworkMode.HOST
                ? containers.flatMap(ContainerDefinition::portMappings) : List.empty();
        List<io.vavr.Tuple2<String, Boolean>> ports = mappings.flatMap(m -> (mode == NetworkMode.HOST ? m.hostPort().orElse(m.containerPort())
                        : m.hostPort().filter(p -> p > 0))
                .map(p -> io.vavr.Tuple.of(String.valueOf(p), m.protocol().contains(TransportProtocol.UDP))));
        return new Need(cpu, memory, ports.filter(p -> !p._2).map(p -> p._1), ports.filter(p -> p._2).map(p -> p._1));
    }

    private static Option<Integer> integer(String text) {
        try {
            return Option.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Option.none();
        }
    }

    /** Where the tasks went: an instance per placed task (in order), and ECS's failures for the rest. */
    record Placed(List<ContainerInstanceArn> instances, Seq<Descriptions.Failure> failures) {
    }

    /** ECS's answer when the cluster has no container instance for EC2 tasks (rule runTaskNoContainerInstances). */
    static final String NO_INSTANCES = EcsRule.RUN_TASK_NO_CONTAINER_INSTANCES.message();

    /**
     * Places {@code count} tasks needing {@code need}, one after the other (each placed task counts against the next),
     * among the cluster's instances; {@code group} is the tasks' group (spread and distinctInstance count its live tasks).
     */
    static Either<EcsError, Placed> place(InMemoryState state, InMemoryState.ClusterState cluster, Need need, int count, String group,
                                         Seq<PlacementConstraint> constraints, Seq<PlacementStrategy> strategies) {
        Either<EcsError, io.ecskit.domain.Done> supported = expressionsSupported(constraints);
        if (supported.isLeft()) {
            return Either.left(supported.getLeft());
        }
        List<ContainerInstance> instances = List.ofAll(cluster.containerInstances).flatMap(a -> Option.of(state.instances.get(a.toString())))
                .filter(i -> i.status() == ContainerInstanceStatus.ACTIVE && !i.agentConnected().contains(false));
        if (instances.isEmpty()) {
            return Either.right(new Placed(List.empty(), List.fill(count, () -> new Descriptions.Failure("", NO_INSTANCES, Option.none()))
                    .take(1)));
        }
        List<TaskState> live = List.ofAll(state.tasks.values()).filter(t -> !t.isStopped() && t.containerInstance.isDefined()
                && t.arn.cluster().equals(cluster.name));
        List<ContainerInstanceArn> chosen = List.empty();
        java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
        for (int n = 0; n < count; n++) {
            List<ContainerInstanceArn> already = chosen;
            List<ContainerInstance> fitting = instances.filter(i -> {
                Option<String> reason = misfit(i, need, live, already, group, constraints);
                reason.forEach(r -> reasons.put(i.containerInstanceArn().toString(), r));
                return reason.isEmpty();
            });
            if (fitting.isEmpty()) {
                break;
            }
            chosen = chosen.append(choose(state, fitting, need, live, already, group, strategies).containerInstanceArn());
        }
        Seq<Descriptions.Failure> failures = chosen.size() == count ? List.empty()
                : List.ofAll(reasons.entrySet()).map(e -> new Descriptions.Failure(e.getKey(), e.getValue(), Option.none()));
        return Either.right(new Placed(chosen, failures));
    }

    /**
     * Placement as ECS takes it (rule placementShape): binpack on cpu or memory, spread on instanceId, host or an attribute,
     * random without a field, distinctInstance without an expression, memberOf with one; and every memberOf expression one
     * ecskit evaluates (rule placementExpressionSupported).
     */
    static Either<EcsError, io.ecskit.domain.Done> checked(Seq<PlacementConstraint> constraints, Seq<PlacementStrategy> strategies) {
        for (PlacementStrategy s : strategies) {
            String field = s.field().getOrElse("");
            Option<String> problem = switch (s.type().getOrElse(PlacementStrategyType.RANDOM)) {
                case BINPACK -> Option.when(!field.equalsIgnoreCase("cpu") && !field.equalsIgnoreCase("memory"),
                        "binpack takes the field cpu or memory, not '" + field + "'");
                case SPREAD -> Option.when(!(field.equalsIgnoreCase("instanceId") || field.equalsIgnoreCase("host")
                        || field.startsWith("attribute:") && field.length() > "attribute:".length()),
                        "spread takes the field instanceId, host or attribute:NAME, not '" + field + "'");
                case RANDOM -> Option.when(s.field().isDefined(), "random takes no field");
            };
            if (problem.isDefined()) {
                return Either.left(EcsError.of(EcsRule.PLACEMENT_SHAPE, problem.get()));
            }
        }
        for (PlacementConstraint c : constraints) {
            if (c.type().contains(PlacementConstraintType.DISTINCT_INSTANCE) && c.expression().exists(e -> !e.isBlank())) {
                return Either.left(EcsError.of(EcsRule.PLACEMENT_SHAPE, "distinctInstance takes no expression"));
            }
            if (c.type().contains(PlacementConstraintType.MEMBER_OF) && c.expression().forAll(String::isBlank)) {
                return Either.left(EcsError.of(EcsRule.PLACEMENT_SHAPE, "memberOf needs an expression"));
            }
        }
        return expressionsSupported(constraints);
    }

    /** Rule placementExpressionSupported: every memberOf expression is one ecskit evaluates. */
    static Either<EcsError, io.ecskit.domain.Done> expressionsSupported(Seq<PlacementConstraint> constraints) {
        for (PlacementConstraint c : constraints) {
            if (c.type().contains(PlacementConstraintType.MEMBER_OF)) {
                Option<String> unsupported = Expression.unsupported(c.expression().getOrElse(""));
                if (unsupported.isDefined()) {
                    return Either.left(EcsError.of(EcsRule.PLACEMENT_EXPRESSION_SUPPORTED, unsupported.get()));
                }
            }
        }
        return Either.right(io.ecskit.domain.Done.DONE);
    }

    /** Why the instance cannot take the task, ECS's reason; none when it can. */
    private static Option<String> misfit(ContainerInstance instance, Need need, List<TaskState> live, List<ContainerInstanceArn> chosen,
                                         String group, Seq<PlacementConstraint> constraints) {
        ContainerInstanceArn arn = instance.containerInstanceArn();
        List<Need> used = live.filter(t -> t.containerInstance.contains(arn)).map(Ec2Placement::of)
                .appendAll(chosen.filter(arn::equals).map(a -> need));
        for (PlacementConstraint c : constraints) {
            if (c.type().contains(PlacementConstraintType.DISTINCT_INSTANCE)
                    && (live.exists(t -> t.containerInstance.contains(arn) && t.group.contains(group)) || chosen.contains(arn))) {
                return Option.of("ATTRIBUTE");
            }
            if (c.type().contains(PlacementConstraintType.MEMBER_OF) && !Expression.matches(c.expression().getOrElse(""), instance)) {
                return Option.of("ATTRIBUTE");
            }
        }
        if (integer(instance, "CPU") - used.map(Need::cpu).sum().intValue() < need.cpu()) {
            return Option.of("RESOURCE:CPU");
        }
        if (integer(instance, "MEMORY") - used.map(Need::memory).sum().intValue() < need.memory()) {
            return Option.of("RESOURCE:MEMORY");
        }
        List<String> reservedTcp = strings(instance, "PORTS").appendAll(used.flatMap(Need::tcpPorts));
        List<String> reservedUdp = strings(instance, "PORTS_UDP").appendAll(used.flatMap(Need::udpPorts));
        if (need.tcpPorts().exists(reservedTcp::contains) || need.udpPorts().exists(reservedUdp::contains)) {
            return Option.of("RESOURCE:PORTS");
        }
        return Option.none();
    }

    /** The instance the strategies pick among those that fit: each strategy narrows to its best, in order. */
    private static ContainerInstance choose(InMemoryState state, List<ContainerInstance> fitting, Need need, List<TaskState> live,
                                            List<ContainerInstanceArn> chosen, String group, Seq<PlacementStrategy> strategies) {
        Seq<PlacementStrategy> order = strategies.isEmpty()
                ? List.of(new PlacementStrategy(Option.of(PlacementStrategyType.SPREAD), Option.of("instanceId"))) : strategies;
        List<ContainerInstance> candidates = fitting.sortBy(i -> i.containerInstanceArn().toString());
        for (PlacementStrategy s : order) {
            PlacementStrategyType type = s.type().getOrElse(PlacementStrategyType.RANDOM);
            if (type == PlacementStrategyType.RANDOM) {
                return candidates.get(state.random.nextInt(candidates.size()));
            }
            java.util.function.Function<ContainerInstance, Long> score;
            if (type == PlacementStrategyType.BINPACK) {
                // least remaining of the field first
                String resource = s.field().getOrElse("memory").equalsIgnoreCase("cpu") ? "CPU" : "MEMORY";
                score = i -> (long) integer(i, resource) - live.filter(t -> t.containerInstance.contains(i.containerInstanceArn()))
                        .map(Ec2Placement::of).map(n -> resource.equals("CPU") ? n.cpu() : n.memory()).sum().longValue()
                        - chosen.count(i.containerInstanceArn()::equals) * (long) (resource.equals("CPU") ? need.cpu() : need.memory());
            } else {
                // spread: the value (instance or attribute) with the fewest of the group's tasks first
                String field = s.field().getOrElse("instanceId");
                java.util.function.Function<ContainerInstance, String> value = i -> field.equalsIgnoreCase("instanceId")
                        || field.equalsIgnoreCase("host") ? i.containerInstanceArn().toString() : attribute(i, field.replaceFirst("^attribute:", ""));
                java.util.Map<String, Long> perValue = new java.util.HashMap<>();
                for (ContainerInstance i : fitting) {
                    long tasks = live.count(t -> t.containerInstance.contains(i.containerInstanceArn()) && t.group.contains(group))
                            + chosen.count(i.containerInstanceArn()::equals);
                    perValue.merge(value.apply(i), tasks, Long::sum);
                }
                score = i -> perValue.getOrDefault(value.apply(i), 0L);
            }
            long best = candidates.map(score).min().get();
            java.util.function.Function<ContainerInstance, Long> byScore = score;
            candidates = candidates.filter(i -> byScore.apply(i) == best);
        }
        return candidates.head();
    }

    private static int integer(ContainerInstance instance, String name) {
        return instance.registeredResources().find(r -> r.name().contains(name)).flatMap(Resource::integerValue).getOrElse(0);
    }

    private static List<String> strings(ContainerInstance instance, String name) {
        return instance.registeredResources().find(r -> r.name().contains(name)).map(r -> List.ofAll(r.stringSetValue())).getOrElse(List.empty());
    }

    private static String attribute(ContainerInstance instance, String name) {
        return instance.attributes().find(a -> a.name().equals(name)).flatMap(a -> a.value()).getOrElse("");
    }

    /** ECS's remaining resources of an instance: registered CPU, MEMORY and ports less its live tasks'. */
    static List<Resource> remaining(InMemoryState state, ContainerInstance instance) {
        List<Need> used = List.ofAll(state.tasks.values()).filter(t -> !t.isStopped() && t.containerInstance.contains(instance.containerInstanceArn()))
                .map(Ec2Placement::of);
        return instance.registeredResources().map(r -> switch (r.name().getOrElse("")) {
            case "CPU" -> Resource.integer("CPU", integer(instance, "CPU") - used.map(Need::cpu).sum().intValue());
            case "MEMORY" -> Resource.integer("MEMORY", integer(instance, "MEMORY") - used.map(Need::memory).sum().intValue());
            case "PORTS" -> Resource.stringSet("PORTS", List.ofAll(r.stringSetValue()).appendAll(used.flatMap(Need::tcpPorts)));
            case "PORTS_UDP" -> Resource.stringSet("PORTS_UDP", List.ofAll(r.stringSetValue()).appendAll(used.flatMap(Need::udpPorts)));
            default -> r;
        });
    }

    /**
     * The part of ECS's cluster query language ecskit evaluates: comparisons of an instance's attributes — {@code
     * attribute:NAME == VALUE}, {@code !=}, {@code in [A, B]}, {@code not_in [..]}, {@code exists}, {@code !exists} —
     * and of {@code ec2InstanceId}, joined by {@code and} / {@code or} (and binding first). Anything else is refused by
     * name (rule placementExpressionSupported) rather than guessed.
     */
    static final class Expression {

        private static final Pattern CLAUSE = Pattern.compile(
                "\\s*(attribute:[A-Za-z0-9_.:-]+|ec2InstanceId)\\s*(==|!=|not_in|in|exists|!exists)\\s*(\\[[^\\]]*\\]|[^\\s\\[\\]()]+)?\\s*");

        private Expression() {
        }

        /** The first part of the expression ecskit cannot evaluate, if any. */
        static Option<String> unsupported(String expression) {
            for (String either : expression.split("(?i)\\s+or\\s+")) {
                for (String clause : either.split("(?i)\\s+and\\s+")) {
                    Matcher m = CLAUSE.matcher(clause);
                    if (!m.matches() || (!m.group(2).endsWith("exists") && m.group(3) == null)) {
                        return Option.of(clause.trim());
                    }
                }
            }
            return Option.none();
        }

        static boolean matches(String expression, ContainerInstance instance) {
            return List.of(expression.split("(?i)\\s+or\\s+")).exists(either ->
                    List.of(either.split("(?i)\\s+and\\s+")).forAll(clause -> clause(clause, instance)));
        }

        private static boolean clause(String clause, ContainerInstance instance) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                return false;
            }
            Option<String> actual = m.group(1).equals("ec2InstanceId") ? instance.ec2InstanceId()
                    : instance.attributes().find(a -> a.name().equals(m.group(1).substring("attribute:".length())))
                    .map(a -> a.value().getOrElse(""));
            String operand = m.group(3) == null ? "" : m.group(3);
            List<String> values = operand.startsWith("[")
                    ? List.of(operand.substring(1, operand.length() - 1).split(",")).map(String::trim).filter(v -> !v.isEmpty())
                    : List.of(operand);
            return switch (m.group(2)) {
                case "==" -> actual.exists(values.head()::equals);
                case "!=" -> !actual.exists(values.head()::equals);
                case "in" -> actual.exists(values::contains);
                case "not_in" -> !actual.exists(values::contains);
                case "exists" -> actual.isDefined();
                default -> actual.isEmpty();
            };
        }
    }
}
