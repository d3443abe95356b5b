package io.ecskit.port.out;

import io.ecskit.domain.arn.TaskArn;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Which containers of which tasks a scripted behaviour ({@link Simulation#exit}, {@link Simulation#failImagePull(ContainerMatcher)},
 * {@link Simulation#failHealthChecks(ContainerMatcher)}) applies to: every part given must match, parts left out match anything.
 * <pre>{@code
 * simulator.exit(ContainerMatcher.family("migrate").andCommand("rails", "db:migrate"), Duration.ofSeconds(40), 0);
 * simulator.exit(ContainerMatcher.container("app").andOneOff(), Duration.ofMinutes(2), 1);
 * }</pre>
 * The command matched is the one the container runs: RunTask's container override when one was given, else the
 * task definition's {@code command}. Immutable.
 */
public final class ContainerMatcher {

    private final Option<String> image;
    private final Option<String> family;
    private final Option<String> container;
    private final Option<List<String>> command;
    private final Option<String> taskId;
    private final Option<Boolean> oneOff;
    private final Option<String> service;

    private ContainerMatcher(Option<String> image, Option<String> family, Option<String> container, Option<List<String>> command,
                             Option<String> taskId, Option<Boolean> oneOff, Option<String> service) {
        this.image = image;
        this.family = family;
        this.container = container;
        this.command = command;
        this.taskId = taskId;
        this.oneOff = oneOff;
        this.service = service;
    }

    private static final ContainerMatcher ANY = new ContainerMatcher(Option.none(), Option.none(), Option.none(), Option.none(),
            Option.none(), Option.none(), Option.none());

    /** Every container of every task. */
    public static ContainerMatcher any() {
        return ANY;
    }

    /** Containers whose image is this reference, exactly as the task definition writes it (e.g. {@code web:1.2}). */
    public static ContainerMatcher image(String image) {
        return ANY.andImage(image);
    }

    /** Containers of tasks whose task definition has this family. */
    public static ContainerMatcher family(String family) {
        return ANY.andFamily(family);
    }

    /** Containers with this name (the task definition's container {@code name}). */
    public static ContainerMatcher container(String name) {
        return ANY.andContainer(name);
    }

    /** Containers running exactly this command (the override's, else the definition's), e.g. {@code "rails", "db:migrate"}. */
    public static ContainerMatcher command(String... command) {
        return ANY.andCommand(command);
    }

    /** The containers of this one task. */
    public static ContainerMatcher ofTask(TaskArn task) {
        return ANY.andTask(task);
    }

    /** The containers of the task with this id (the last part of its ARN). */
    public static ContainerMatcher ofTaskId(String taskId) {
        return ANY.andTaskId(taskId);
    }

    /** Containers of standalone tasks (RunTask, StartTask), not of a service's tasks. */
    public static ContainerMatcher oneOffTasks() {
        return ANY.andOneOff();
    }

    /** Containers of this service's tasks (its name). */
    public static ContainerMatcher serviceTasks(String service) {
        return ANY.andService(service);
    }

    /** This matcher, also requiring the image. */
    public ContainerMatcher andImage(String image) {
        return new ContainerMatcher(Option.of(Objects.requireNonNull(image, "image")), family, container, command, taskId, oneOff, service);
    }

    /** This matcher, also requiring the family. */
    public ContainerMatcher andFamily(String family) {
        return new ContainerMatcher(image, Option.of(Objects.requireNonNull(family, "family")), container, command, taskId, oneOff, service);
    }

    /** This matcher, also requiring the container's name. */
    public ContainerMatcher andContainer(String name) {
        return new ContainerMatcher(image, family, Option.of(Objects.requireNonNull(name, "name")), command, taskId, oneOff, service);
    }

    /** This matcher, also requiring the command the container runs. */
    public ContainerMatcher andCommand(String... command) {
        return new ContainerMatcher(image, family, container, Option.of(List.of(command)), taskId, oneOff, service);
    }

    /** This matcher, also requiring the task. */
    public ContainerMatcher andTask(TaskArn task) {
        return andTaskId(task.taskId());
    }

    /** This matcher, also requiring the task with this id (the last part of its ARN). */
    public ContainerMatcher andTaskId(String taskId) {
        return new ContainerMatcher(image, family, container, command, Option.of(Objects.requireNonNull(taskId, "taskId")), oneOff, service);
    }

    /** This matcher, also requiring a service's task (not a standalone one). */
    public ContainerMatcher andServiceTask() {
        return new ContainerMatcher(image, family, container, command, taskId, Option.of(false), service);
    }

    /** This matcher, also requiring a standalone task. */
    public ContainerMatcher andOneOff() {
        return new ContainerMatcher(image, family, container, command, taskId, Option.of(true), service);
    }

    /** This matcher, also requiring a task of this service. */
    public ContainerMatcher andService(String service) {
        return new ContainerMatcher(image, family, container, command, taskId, oneOff, Option.of(Objects.requireNonNull(service, "service")));
    }

    /** The image reference required, if any. */
    public Option<String> image() {
        return image;
    }

    /** The task definition family required, if any. */
    public Option<String> family() {
        return family;
    }

    /** The container name required, if any. */
    public Option<String> container() {
        return container;
    }

    /** The command required, if any. */
    public Option<List<String>> command() {
        return command;
    }

    /** The task id required, if any. */
    public Option<String> taskId() {
        return taskId;
    }

    /** Whether a standalone (true) or service (false) task is required, if either. */
    public Option<Boolean> oneOff() {
        return oneOff;
    }

    /** The service name required, if any. */
    public Option<String> service() {
        return service;
    }

    @Override
    public String toString() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        image.forEach(i -> parts.add("image " + i));
        family.forEach(f -> parts.add("family " + f));
        container.forEach(n -> parts.add("container " + n));
        command.forEach(cmd -> parts.add("command " + cmd.mkString(" ")));
        taskId.forEach(id -> parts.add("task " + id));
        oneOff.forEach(o -> parts.add(o ? "one-off tasks" : "service tasks"));
        service.forEach(s -> parts.add("service " + s));
        return parts.isEmpty() ? "every container" : String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContainerMatcher m && image.equals(m.image) && family.equals(m.family) && container.equals(m.container)
                && command.equals(m.command) && taskId.equals(m.taskId) && oneOff.equals(m.oneOff) && service.equals(m.service);
    }

    @Override
    public int hashCode() {
        return Objects.hash(image, family, container, command, taskId, oneOff, service);
    }
}
