package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** A task volume: a bind mount (host, or task storage when no sourcePath), a Docker volume or an EFS file system. */
public record Volume(
        String name,
        Option<HostVolumeProperties> host,
        Option<DockerVolumeConfiguration> dockerVolumeConfiguration,
        Option<EfsVolumeConfiguration> efsVolumeConfiguration) {

    public Volume {
        name = name == null ? "" : name;
        host = host == null ? Option.none() : host;
        dockerVolumeConfiguration = dockerVolumeConfiguration == null ? Option.none() : dockerVolumeConfiguration;
        efsVolumeConfiguration = efsVolumeConfiguration == null ? Option.none() : efsVolumeConfiguration;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.host = host;
        b.dockerVolumeConfiguration = dockerVolumeConfiguration;
        b.efsVolumeConfiguration = efsVolumeConfiguration;
        return b;
    }

    /** A bind mount whose storage is the task's own (no host path): allowed on Fargate. */
    public static Volume bind(String name) {
        return builder().name(name).build();
    }

    public static Volume efs(String name, EfsVolumeConfiguration efs) {
        return builder().name(name).efsVolumeConfiguration(efs).build();
    }

    public static final class Builder {
        private String name;
        private Option<HostVolumeProperties> host = Option.none();
        private Option<DockerVolumeConfiguration> dockerVolumeConfiguration = Option.none();
        private Option<EfsVolumeConfiguration> efsVolumeConfiguration = Option.none();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder host(HostVolumeProperties host) {
            this.host = Option.of(host);
            return this;
        }

        public Builder host(Option<HostVolumeProperties> host) {
            this.host = host;
            return this;
        }

        public Builder dockerVolumeConfiguration(DockerVolumeConfiguration dockerVolumeConfiguration) {
            this.dockerVolumeConfiguration = Option.of(dockerVolumeConfiguration);
            return this;
        }

        public Builder dockerVolumeConfiguration(Option<DockerVolumeConfiguration> dockerVolumeConfiguration) {
            this.dockerVolumeConfiguration = dockerVolumeConfiguration;
            return this;
        }

        public Builder efsVolumeConfiguration(EfsVolumeConfiguration efsVolumeConfiguration) {
            this.efsVolumeConfiguration = Option.of(efsVolumeConfiguration);
            return this;
        }

        public Builder efsVolumeConfiguration(Option<EfsVolumeConfiguration> efsVolumeConfiguration) {
            this.efsVolumeConfiguration = efsVolumeConfiguration;
            return this;
        }

        public Volume build() {
            return new Volume(name, host, dockerVolumeConfiguration, efsVolumeConfiguration);
        }
    }
}
