package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** An Amazon EFS file system mounted into the task. */
public record EfsVolumeConfiguration(
        String fileSystemId,
        Option<String> rootDirectory,
        Option<String> transitEncryption,
        Option<Integer> transitEncryptionPort,
        Option<String> accessPointId,
        Option<String> iam) {

    public EfsVolumeConfiguration {
        fileSystemId = fileSystemId == null ? "" : fileSystemId;
        rootDirectory = rootDirectory == null ? Option.none() : rootDirectory;
        transitEncryption = transitEncryption == null ? Option.none() : transitEncryption;
        transitEncryptionPort = transitEncryptionPort == null ? Option.none() : transitEncryptionPort;
        accessPointId = accessPointId == null ? Option.none() : accessPointId;
        iam = iam == null ? Option.none() : iam;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.fileSystemId = fileSystemId;
        b.rootDirectory = rootDirectory;
        b.transitEncryption = transitEncryption;
        b.transitEncryptionPort = transitEncryptionPort;
        b.accessPointId = accessPointId;
        b.iam = iam;
        return b;
    }

    public static final class Builder {
        private String fileSystemId;
        private Option<String> rootDirectory = Option.none();
        private Option<String> transitEncryption = Option.none();
        private Option<Integer> transitEncryptionPort = Option.none();
        private Option<String> accessPointId = Option.none();
        private Option<String> iam = Option.none();

        private Builder() {
        }

        public Builder fileSystemId(String fileSystemId) {
            this.fileSystemId = fileSystemId;
            return this;
        }

        public Builder rootDirectory(String rootDirectory) {
            this.rootDirectory = Option.of(rootDirectory);
            return this;
        }

        public Builder rootDirectory(Option<String> rootDirectory) {
            this.rootDirectory = rootDirectory;
            return this;
        }

        public Builder transitEncryption(String transitEncryption) {
            this.transitEncryption = Option.of(transitEncryption);
            return this;
        }

        public Builder transitEncryption(Option<String> transitEncryption) {
            this.transitEncryption = transitEncryption;
            return this;
        }

        public Builder transitEncryptionPort(Integer transitEncryptionPort) {
            this.transitEncryptionPort = Option.of(transitEncryptionPort);
            return this;
        }

        public Builder transitEncryptionPort(Option<Integer> transitEncryptionPort) {
            this.transitEncryptionPort = transitEncryptionPort;
            return this;
        }

        public Builder accessPointId(String accessPointId) {
            this.accessPointId = Option.of(accessPointId);
            return this;
        }

        public Builder accessPointId(Option<String> accessPointId) {
            this.accessPointId = accessPointId;
            return this;
        }

        public Builder iam(String iam) {
            this.iam = Option.of(iam);
            return this;
        }

        public Builder iam(Option<String> iam) {
            this.iam = iam;
            return this;
        }

        public EfsVolumeConfiguration build() {
            return new EfsVolumeConfiguration(fileSystemId, rootDirectory, transitEncryption, transitEncryptionPort, accessPointId, iam);
        }
    }
}
