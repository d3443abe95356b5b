package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Linux-specific container settings; Fargate allows only some of them. */
public record LinuxParameters(
        Option<KernelCapabilities> capabilities,
        List<Device> devices,
        Option<Boolean> initProcessEnabled,
        Option<Integer> sharedMemorySize,
        List<Tmpfs> tmpfs,
        Option<Integer> maxSwap,
        Option<Integer> swappiness) {

    public LinuxParameters {
        capabilities = capabilities == null ? Option.none() : capabilities;
        devices = devices == null ? List.empty() : devices;
        initProcessEnabled = initProcessEnabled == null ? Option.none() : initProcessEnabled;
        sharedMemorySize = sharedMemorySize == null ? Option.none() : sharedMemorySize;
        tmpfs = tmpfs == null ? List.empty() : tmpfs;
        maxSwap = maxSwap == null ? Option.none() : maxSwap;
        swappiness = swappiness == null ? Option.none() : swappiness;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.capabilities = capabilities;
        b.devices = devices;
        b.initProcessEnabled = initProcessEnabled;
        b.sharedMemorySize = sharedMemorySize;
        b.tmpfs = tmpfs;
        b.maxSwap = maxSwap;
        b.swappiness = swappiness;
        return b;
    }

    public static final class Builder {
        private Option<KernelCapabilities> capabilities = Option.none();
        private List<Device> devices = List.empty();
        private Option<Boolean> initProcessEnabled = Option.none();
        private Option<Integer> sharedMemorySize = Option.none();
        private List<Tmpfs> tmpfs = List.empty();
        private Option<Integer> maxSwap = Option.none();
        private Option<Integer> swappiness = Option.none();

        private Builder() {
        }

        public Builder capabilities(KernelCapabilities capabilities) {
            this.capabilities = Option.of(capabilities);
            return this;
        }

        public Builder capabilities(Option<KernelCapabilities> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        public Builder devices(Iterable<? extends Device> devices) {
            this.devices = List.ofAll(devices);
            return this;
        }

        public Builder devices(Device... devices) {
            this.devices = List.of(devices);
            return this;
        }

        public Builder initProcessEnabled(Boolean initProcessEnabled) {
            this.initProcessEnabled = Option.of(initProcessEnabled);
            return this;
        }

        public Builder initProcessEnabled(Option<Boolean> initProcessEnabled) {
            this.initProcessEnabled = initProcessEnabled;
            return this;
        }

        public Builder sharedMemorySize(Integer sharedMemorySize) {
            this.sharedMemorySize = Option.of(sharedMemorySize);
            return this;
        }

        public Builder sharedMemorySize(Option<Integer> sharedMemorySize) {
            this.sharedMemorySize = sharedMemorySize;
            return this;
        }

        public Builder tmpfs(Iterable<? extends Tmpfs> tmpfs) {
            this.tmpfs = List.ofAll(tmpfs);
            return this;
        }

        public Builder tmpfs(Tmpfs... tmpfs) {
            this.tmpfs = List.of(tmpfs);
            return this;
        }

        public Builder maxSwap(Integer maxSwap) {
            this.maxSwap = Option.of(maxSwap);
            return this;
        }

        public Builder maxSwap(Option<Integer> maxSwap) {
            this.maxSwap = maxSwap;
            return this;
        }

        public Builder swappiness(Integer swappiness) {
            this.swappiness = Option.of(swappiness);
            return this;
        }

        public Builder swappiness(Option<Integer> swappiness) {
            this.swappiness = swappiness;
            return this;
        }

        public LinuxParameters build() {
            return new LinuxParameters(capabilities, devices, initProcessEnabled, sharedMemorySize, tmpfs, maxSwap, swappiness);
        }
    }
}
