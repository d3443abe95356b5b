package io.ecskit.domain.taskdef;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** A task definition as RegisterTaskDefinition takes it: the raw request, which may be invalid. {@link TaskDefinitionRules} says whether ECS would accept it. */
public record TaskDefinition(
        String family,
        List<ContainerDefinition> containerDefinitions,
        Option<String> taskRoleArn,
        Option<String> executionRoleArn,
        Option<NetworkMode> networkMode,
        List<LaunchType> requiresCompatibilities,
        Option<String> cpu,
        Option<String> memory,
        List<Volume> volumes,
        Option<EphemeralStorage> ephemeralStorage,
        Option<RuntimePlatform> runtimePlatform,
        Option<PidMode> pidMode,
        Option<IpcMode> ipcMode,
        List<PlacementConstraint> placementConstraints,
        List<Tag> tags) {

    public TaskDefinition {
        family = family == null ? "" : family;
        containerDefinitions = containerDefinitions == null ? List.empty() : containerDefinitions;
        taskRoleArn = taskRoleArn == null ? Option.none() : taskRoleArn;
        executionRoleArn = executionRoleArn == null ? Option.none() : executionRoleArn;
        networkMode = networkMode == null ? Option.none() : networkMode;
        requiresCompatibilities = requiresCompatibilities == null ? List.empty() : requiresCompatibilities;
        cpu = cpu == null ? Option.none() : cpu;
        memory = memory == null ? Option.none() : memory;
        volumes = volumes == null ? List.empty() : volumes;
        ephemeralStorage = ephemeralStorage == null ? Option.none() : ephemeralStorage;
        runtimePlatform = runtimePlatform == null ? Option.none() : runtimePlatform;
        pidMode = pidMode == null ? Option.none() : pidMode;
        ipcMode = ipcMode == null ? Option.none() : ipcMode;
        placementConstraints = placementConstraints == null ? List.empty() : placementConstraints;
        tags = tags == null ? List.empty() : tags;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.family = family;
        b.containerDefinitions = containerDefinitions;
        b.taskRoleArn = taskRoleArn;
        b.executionRoleArn = executionRoleArn;
        b.networkMode = networkMode;
        b.requiresCompatibilities = requiresCompatibilities;
        b.cpu = cpu;
        b.memory = memory;
        b.volumes = volumes;
        b.ephemeralStorage = ephemeralStorage;
        b.runtimePlatform = runtimePlatform;
        b.pidMode = pidMode;
        b.ipcMode = ipcMode;
        b.placementConstraints = placementConstraints;
        b.tags = tags;
        return b;
    }

    /** The network mode ECS uses when none is given: {@code bridge} (Linux on EC2). */
    public NetworkMode effectiveNetworkMode() {
        return networkMode.getOrElse(NetworkMode.BRIDGE);
    }

    /** Task-level cpu in units, when given in a form ECS understands ("1024", "1 vCPU"). */
    public Option<Integer> cpuUnits() {
        return cpu.flatMap(TaskSize::parseCpu);
    }

    /** Task-level memory in MiB, when given in a form ECS understands ("2048", "2 GB"). */
    public Option<Integer> memoryMiB() {
        return memory.flatMap(TaskSize::parseMemory);
    }

    public Option<ContainerDefinition> container(String name) {
        return containerDefinitions.find(c -> c.name().equals(name));
    }

    public static final class Builder {
        private String family;
        private List<ContainerDefinition> containerDefinitions = List.empty();
        private Option<String> taskRoleArn = Option.none();
        private Option<String> executionRoleArn = Option.none();
        private Option<NetworkMode> networkMode = Option.none();
        private List<LaunchType> requiresCompatibilities = List.empty();
        private Option<String> cpu = Option.none();
        private Option<String> memory = Option.none();
        private List<Volume> volumes = List.empty();
        private Option<EphemeralStorage> ephemeralStorage = Option.none();
        private Option<RuntimePlatform> runtimePlatform = Option.none();
        private Option<PidMode> pidMode = Option.none();
        private Option<IpcMode> ipcMode = Option.none();
        private List<PlacementConstraint> placementConstraints = List.empty();
        private List<Tag> tags = List.empty();

        private Builder() {
        }

        public Builder family(String family) {
            this.family = family;
            return this;
        }

        public Builder containerDefinitions(Iterable<? extends ContainerDefinition> containerDefinitions) {
            this.containerDefinitions = List.ofAll(containerDefinitions);
            return this;
        }

        public Builder containerDefinitions(ContainerDefinition... containerDefinitions) {
            this.containerDefinitions = List.of(containerDefinitions);
            return this;
        }

        public Builder taskRoleArn(String taskRoleArn) {
            this.taskRoleArn = Option.of(taskRoleArn);
            return this;
        }

        public Builder taskRoleArn(Option<String> taskRoleArn) {
            this.taskRoleArn = taskRoleArn;
            return this;
        }

        public Builder executionRoleArn(String executionRoleArn) {
            this.executionRoleArn = Option.of(executionRoleArn);
            return this;
        }

        public Builder executionRoleArn(Option<String> executionRoleArn) {
            this.executionRoleArn = executionRoleArn;
            return this;
        }

        public Builder networkMode(NetworkMode networkMode) {
            this.networkMode = Option.of(networkMode);
            return this;
        }

        public Builder networkMode(Option<NetworkMode> networkMode) {
            this.networkMode = networkMode;
            return this;
        }

        public Builder requiresCompatibilities(Iterable<? extends LaunchType> requiresCompatibilities) {
            this.requiresCompatibilities = List.ofAll(requiresCompatibilities);
            return this;
        }

        public Builder requiresCompatibilities(LaunchType... requiresCompatibilities) {
            this.requiresCompatibilities = List.of(requiresCompatibilities);
            return this;
        }

        public Builder cpu(String cpu) {
            this.cpu = Option.of(cpu);
            return this;
        }

        public Builder cpu(Option<String> cpu) {
            this.cpu = cpu;
            return this;
        }

        public Builder memory(String memory) {
            this.memory = Option.of(memory);
            return this;
        }

        public Builder memory(Option<String> memory) {
            this.memory = memory;
            return this;
        }

        public Builder volumes(Iterable<? extends Volume> volumes) {
            this.volumes = List.ofAll(volumes);
            return this;
        }

        public Builder volumes(Volume... volumes) {
            this.volumes = List.of(volumes);
            return this;
        }

        public Builder ephemeralStorage(EphemeralStorage ephemeralStorage) {
            this.ephemeralStorage = Option.of(ephemeralStorage);
            return this;
        }

        public Builder ephemeralStorage(Option<EphemeralStorage> ephemeralStorage) {
            this.ephemeralStorage = ephemeralStorage;
            return this;
        }

        public Builder runtimePlatform(RuntimePlatform runtimePlatform) {
            this.runtimePlatform = Option.of(runtimePlatform);
            return this;
        }

        public Builder runtimePlatform(Option<RuntimePlatform> runtimePlatform) {
            this.runtimePlatform = runtimePlatform;
            return this;
        }

        public Builder pidMode(PidMode pidMode) {
            this.pidMode = Option.of(pidMode);
            return this;
        }

        public Builder pidMode(Option<PidMode> pidMode) {
            this.pidMode = pidMode;
            return this;
        }

        public Builder ipcMode(IpcMode ipcMode) {
            this.ipcMode = Option.of(ipcMode);
            return this;
        }

        public Builder ipcMode(Option<IpcMode> ipcMode) {
            this.ipcMode = ipcMode;
            return this;
        }

        public Builder placementConstraints(Iterable<? extends PlacementConstraint> placementConstraints) {
            this.placementConstraints = List.ofAll(placementConstraints);
            return this;
        }

        public Builder placementConstraints(PlacementConstraint... placementConstraints) {
            this.placementConstraints = List.of(placementConstraints);
            return this;
        }

        public Builder tags(Iterable<? extends Tag> tags) {
            this.tags = List.ofAll(tags);
            return this;
        }

        public Builder tags(Tag... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public TaskDefinition build() {
            return new TaskDefinition(family, containerDefinitions, taskRoleArn, executionRoleArn, networkMode, requiresCompatibilities, cpu, memory, volumes, ephemeralStorage, runtimePlatform, pidMode, ipcMode, placementConstraints, tags);
        }
    }
}
