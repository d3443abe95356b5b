package io.ecskit.domain.taskdef;

import io.ecskit.domain.Tag;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.regex.Pattern;

import static io.ecskit.domain.taskdef.Rule.when;

/** Task-level rules of every launch type: family, container count, essential containers, sizes, tags. */
final class TaskRules {

    static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_\\-]{1,255}$");
    static final int MAX_CONTAINERS = 10;
    static final int MAX_TAGS = 50;

    private TaskRules() {
    }

    static Seq<Violation> family(TaskDefinition td) {
        if (td.family().isBlank()) {
            return List.of(Violation.client("family", "Family can not be blank."));
        }
        return when(!NAME.matcher(td.family()).matches(), Violation.client("family", "Family contains invalid characters."));
    }

    static Seq<Violation> containerCount(TaskDefinition td) {
        int count = td.containerDefinitions().size();
        return when(count == 0, Violation.client("containerDefinitions", "Container list cannot be empty."))
                .appendAll(when(count > MAX_CONTAINERS, Violation.client("containerDefinitions", "Too many containers.")));
    }

    static Seq<Violation> essentialContainer(TaskDefinition td) {
        return when(!td.containerDefinitions().isEmpty() && !td.containerDefinitions().exists(ContainerDefinition::isEssential),
                Violation.client("containerDefinitions", "Task definition doesn't have any essential container."));
    }

    /** Task cpu and memory, when given, must be numbers ECS understands (in units/MiB or vCPU/GB). */
    static Seq<Violation> sizeFormat(TaskDefinition td) {
        return when(td.cpu().isDefined() && td.cpuUnits().isEmpty(), Violation.client("cpu", "Invalid 'cpu' setting for task."))
                .appendAll(when(td.memory().isDefined() && td.memoryMiB().isEmpty(),
                        Violation.client("memory", "Invalid 'memory' setting for task.")));
    }

    static Seq<Violation> containerMemoryWithinTask(TaskDefinition td) {
        return td.memoryMiB().map(taskMemory -> Rule.eachContainer((t, path, c) -> when(
                c.memory().exists(m -> m > taskMemory),
                Violation.client(path + ".memory", "The 'memory' setting for container '" + Rule.name(c)
                        + "' is greater than for the task."))).check(td)).getOrElse(List.empty());
    }

    static Seq<Violation> cpuSumWithinTask(TaskDefinition td) {
        int sum = td.containerDefinitions().map(c -> c.cpu().getOrElse(0)).sum().intValue();
        return when(td.cpuUnits().exists(taskCpu -> sum > taskCpu), Violation.client("cpu",
                "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'."));
    }

    static Seq<Violation> reservationSumWithinTask(TaskDefinition td) {
        int sum = td.containerDefinitions().map(c -> c.memoryReservation().getOrElse(0)).sum().intValue();
        return when(td.memoryMiB().exists(taskMemory -> sum > taskMemory), Violation.client("memory",
                "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'."));
    }

    static Seq<Violation> tags(TaskDefinition td) {
        return tags("tags", td.tags());
    }

    /** Tag limits shared by every ECS resource. Messages are the ECS tagging docs' limits, worded as ECS words them. */
    static Seq<Violation> tags(String path, Seq<Tag> tags) {
        Seq<Violation> count = when(tags.size() > MAX_TAGS,
                Violation.invalidParameter(path, "The number of tags exceeds the maximum of " + MAX_TAGS + "."));
        return count.appendAll(tags.zipWithIndex().flatMap(ti -> {
            String at = path + "[" + ti._2 + "]";
            Tag tag = ti._1;
            String key = tag.key().getOrElse("");
            return when(key.isEmpty() || key.length() > 128, Violation.invalidParameter(at + ".key",
                    "Tag keys must be between 1 and 128 characters."))
                    .appendAll(when(tag.value().exists(v -> v.length() > 256), Violation.invalidParameter(at + ".value",
                            "Tag values must be 256 characters or fewer.")))
                    .appendAll(when(key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:"),
                            Violation.invalidParameter(at + ".key", "Tag keys beginning with 'aws:' are reserved for AWS use.")));
        }));
    }
}
