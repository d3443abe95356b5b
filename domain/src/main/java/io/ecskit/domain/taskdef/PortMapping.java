package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** A container port, and on bridge/host networking the host port it is published on. */
public record PortMapping(
        Option<Integer> containerPort,
        Option<Integer> hostPort,
        Option<TransportProtocol> protocol,
        Option<String> name,
        Option<AppProtocol> appProtocol,
        Option<String> containerPortRange) {

    public PortMapping {
        containerPort = containerPort == null ? Option.none() : containerPort;
        hostPort = hostPort == null ? Option.none() : hostPort;
        protocol = protocol == null ? Option.none() : protocol;
        name = name == null ? Option.none() : name;
        appProtocol = appProtocol == null ? Option.none() : appProtocol;
        containerPortRange = containerPortRange == null ? Option.none() : containerPortRange;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.containerPort = containerPort;
        b.hostPort = hostPort;
        b.protocol = protocol;
        b.name = name;
        b.appProtocol = appProtocol;
        b.containerPortRange = containerPortRange;
        return b;
    }

    public static PortMapping tcp(int containerPort) {
        return builder().containerPort(containerPort).build();
    }

    /** ECS's default protocol is tcp. */
    public TransportProtocol effectiveProtocol() {
        return protocol.getOrElse(TransportProtocol.TCP);
    }

    public static final class Builder {
        private Option<Integer> containerPort = Option.none();
        private Option<Integer> hostPort = Option.none();
        private Option<TransportProtocol> protocol = Option.none();
        private Option<String> name = Option.none();
        private Option<AppProtocol> appProtocol = Option.none();
        private Option<String> containerPortRange = Option.none();

        private Builder() {
        }

        public Builder containerPort(Integer containerPort) {
            this.containerPort = Option.of(containerPort);
            return this;
        }

        public Builder containerPort(Option<Integer> containerPort) {
            this.containerPort = containerPort;
            return this;
        }

        public Builder hostPort(Integer hostPort) {
            this.hostPort = Option.of(hostPort);
            return this;
        }

        public Builder hostPort(Option<Integer> hostPort) {
            this.hostPort = hostPort;
            return this;
        }

        public Builder protocol(TransportProtocol protocol) {
            this.protocol = Option.of(protocol);
            return this;
        }

        public Builder protocol(Option<TransportProtocol> protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder name(String name) {
            this.name = Option.of(name);
            return this;
        }

        public Builder name(Option<String> name) {
            this.name = name;
            return this;
        }

        public Builder appProtocol(AppProtocol appProtocol) {
            this.appProtocol = Option.of(appProtocol);
            return this;
        }

        public Builder appProtocol(Option<AppProtocol> appProtocol) {
            this.appProtocol = appProtocol;
            return this;
        }

        public Builder containerPortRange(String containerPortRange) {
            this.containerPortRange = Option.of(containerPortRange);
            return this;
        }

        public Builder containerPortRange(Option<String> containerPortRange) {
            this.containerPortRange = containerPortRange;
            return this;
        }

        public PortMapping build() {
            return new PortMapping(containerPort, hostPort, protocol, name, appProtocol, containerPortRange);
        }
    }
}
