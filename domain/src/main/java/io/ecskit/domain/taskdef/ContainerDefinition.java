package io.ecskit.domain.taskdef;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * One container of a task definition, as RegisterTaskDefinition takes it.
 * {@code repositoryCredentials} is the Secrets Manager ARN of a private registry's credentials.
 */
public record ContainerDefinition(
        String name,
        String image,
        Option<Integer> cpu,
        Option<Integer> memory,
        Option<Integer> memoryReservation,
        List<PortMapping> portMappings,
        Option<Boolean> essential,
        List<String> entryPoint,
        List<String> command,
        List<KeyValuePair> environment,
        List<Secret> secrets,
        Option<LogConfiguration> logConfiguration,
        Option<HealthCheck> healthCheck,
        List<ContainerDependency> dependsOn,
        List<MountPoint> mountPoints,
        Option<String> workingDirectory,
        Option<String> user,
        Option<Boolean> readonlyRootFilesystem,
        Option<String> hostname,
        List<String> links,
        Option<Boolean> privileged,
        Option<LinuxParameters> linuxParameters,
        Option<Integer> startTimeout,
        Option<Integer> stopTimeout,
        List<Ulimit> ulimits,
        Option<Boolean> disableNetworking,
        List<String> dnsServers,
        List<String> dnsSearchDomains,
        List<String> dockerSecurityOptions,
        List<HostEntry> extraHosts,
        List<ResourceRequirement> resourceRequirements,
        Map<String, String> dockerLabels,
        Option<String> repositoryCredentials,
        List<VolumeFrom> volumesFrom,
        List<SystemControl> systemControls,
        Option<Boolean> interactive,
        Option<Boolean> pseudoTerminal,
        Option<FirelensConfiguration> firelensConfiguration) {

    public ContainerDefinition {
        name = name == null ? "" : name;
        image = image == null ? "" : image;
        cpu = cpu == null ? Option.none() : cpu;
        memory = memory == null ? Option.none() : memory;
        memoryReservation = memoryReservation == null ? Option.none() : memoryReservation;
        portMappings = portMappings == null ? List.empty() : portMappings;
        essential = essential == null ? Option.none() : essential;
        entryPoint = entryPoint == null ? List.empty() : entryPoint;
        command = command == null ? List.empty() : command;
        environment = environment == null ? List.empty() : environment;
        secrets = secrets == null ? List.empty() : secrets;
        logConfiguration = logConfiguration == null ? Option.none() : logConfiguration;
        healthCheck = healthCheck == null ? Option.none() : healthCheck;
        dependsOn = dependsOn == null ? List.empty() : dependsOn;
        mountPoints = mountPoints == null ? List.empty() : mountPoints;
        workingDirectory = workingDirectory == null ? Option.none() : workingDirectory;
        user = user == null ? Option.none() : user;
        readonlyRootFilesystem = readonlyRootFilesystem == null ? Option.none() : readonlyRootFilesystem;
        hostname = hostname == null ? Option.none() : hostname;
        links = links == null ? List.empty() : links;
        privileged = privileged == null ? Option.none() : privileged;
        linuxParameters = linuxParameters == null ? Option.none() : linuxParameters;
        startTimeout = startTimeout == null ? Option.none() : startTimeout;
        stopTimeout = stopTimeout == null ? Option.none() : stopTimeout;
        ulimits = ulimits == null ? List.empty() : ulimits;
        disableNetworking = disableNetworking == null ? Option.none() : disableNetworking;
        dnsServers = dnsServers == null ? List.empty() : dnsServers;
        dnsSearchDomains = dnsSearchDomains == null ? List.empty() : dnsSearchDomains;
        dockerSecurityOptions = dockerSecurityOptions == null ? List.empty() : dockerSecurityOptions;
        extraHosts = extraHosts == null ? List.empty() : extraHosts;
        resourceRequirements = resourceRequirements == null ? List.empty() : resourceRequirements;
        dockerLabels = dockerLabels == null ? LinkedHashMap.empty() : dockerLabels;
        repositoryCredentials = repositoryCredentials == null ? Option.none() : repositoryCredentials;
        volumesFrom = volumesFrom == null ? List.empty() : volumesFrom;
        systemControls = systemControls == null ? List.empty() : systemControls;
        interactive = interactive == null ? Option.none() : interactive;
        pseudoTerminal = pseudoTerminal == null ? Option.none() : pseudoTerminal;
        firelensConfiguration = firelensConfiguration == null ? Option.none() : firelensConfiguration;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.image = image;
        b.cpu = cpu;
        b.memory = memory;
        b.memoryReservation = memoryReservation;
        b.portMappings = portMappings;
        b.essential = essential;
        b.entryPoint = entryPoint;
        b.command = command;
        b.environment = environment;
        b.secrets = secrets;
        b.logConfiguration = logConfiguration;
        b.healthCheck = healthCheck;
        b.dependsOn = dependsOn;
        b.mountPoints = mountPoints;
        b.workingDirectory = workingDirectory;
        b.user = user;
        b.readonlyRootFilesystem = readonlyRootFilesystem;
        b.hostname = hostname;
        b.links = links;
        b.privileged = privileged;
        b.linuxParameters = linuxParameters;
        b.startTimeout = startTimeout;
        b.stopTimeout = stopTimeout;
        b.ulimits = ulimits;
        b.disableNetworking = disableNetworking;
        b.dnsServers = dnsServers;
        b.dnsSearchDomains = dnsSearchDomains;
        b.dockerSecurityOptions = dockerSecurityOptions;
        b.extraHosts = extraHosts;
        b.resourceRequirements = resourceRequirements;
        b.dockerLabels = dockerLabels;
        b.repositoryCredentials = repositoryCredentials;
        b.volumesFrom = volumesFrom;
        b.systemControls = systemControls;
        b.interactive = interactive;
        b.pseudoTerminal = pseudoTerminal;
        b.firelensConfiguration = firelensConfiguration;
        return b;
    }

    /** ECS treats a container without {@code essential} as essential. */
    public boolean isEssential() {
        return essential.getOrElse(true);
    }

    public static final class Builder {
        private String name;
        private String image;
        private Option<Integer> cpu = Option.none();
        private Option<Integer> memory = Option.none();
        private Option<Integer> memoryReservation = Option.none();
        private List<PortMapping> portMappings = List.empty();
        private Option<Boolean> essential = Option.none();
        private List<String> entryPoint = List.empty();
        private List<String> command = List.empty();
        private List<KeyValuePair> environment = List.empty();
        private List<Secret> secrets = List.empty();
        private Option<LogConfiguration> logConfiguration = Option.none();
        private Option<HealthCheck> healthCheck = Option.none();
        private List<ContainerDependency> dependsOn = List.empty();
        private List<MountPoint> mountPoints = List.empty();
        private Option<String> workingDirectory = Option.none();
        private Option<String> user = Option.none();
        private Option<Boolean> readonlyRootFilesystem = Option.none();
        private Option<String> hostname = Option.none();
        private List<String> links = List.empty();
        private Option<Boolean> privileged = Option.none();
        private Option<LinuxParameters> linuxParameters = Option.none();
        private Option<Integer> startTimeout = Option.none();
        private Option<Integer> stopTimeout = Option.none();
        private List<Ulimit> ulimits = List.empty();
        private Option<Boolean> disableNetworking = Option.none();
        private List<String> dnsServers = List.empty();
        private List<String> dnsSearchDomains = List.empty();
        private List<String> dockerSecurityOptions = List.empty();
        private List<HostEntry> extraHosts = List.empty();
        private List<ResourceRequirement> resourceRequirements = List.empty();
        private Map<String, String> dockerLabels = LinkedHashMap.empty();
        private Option<String> repositoryCredentials = Option.none();
        private List<VolumeFrom> volumesFrom = List.empty();
        private List<SystemControl> systemControls = List.empty();
        private Option<Boolean> interactive = Option.none();
        private Option<Boolean> pseudoTerminal = Option.none();
        private Option<FirelensConfiguration> firelensConfiguration = Option.none();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder image(String image) {
            this.image = image;
            return this;
        }

        public Builder cpu(Integer cpu) {
            this.cpu = Option.of(cpu);
            return this;
        }

        public Builder cpu(Option<Integer> cpu) {
            this.cpu = cpu;
            return this;
        }

        public Builder memory(Integer memory) {
            this.memory = Option.of(memory);
            return this;
        }

        public Builder memory(Option<Integer> memory) {
            this.memory = memory;
            return this;
        }

        public Builder memoryReservation(Integer memoryReservation) {
            this.memoryReservation = Option.of(memoryReservation);
            return this;
        }

        public Builder memoryReservation(Option<Integer> memoryReservation) {
            this.memoryReservation = memoryReservation;
            return this;
        }

        public Builder portMappings(Iterable<? extends PortMapping> portMappings) {
            this.portMappings = List.ofAll(portMappings);
            return this;
        }

        public Builder portMappings(PortMapping... portMappings) {
            this.portMappings = List.of(portMappings);
            return this;
        }

        public Builder essential(Boolean essential) {
            this.essential = Option.of(essential);
            return this;
        }

        public Builder essential(Option<Boolean> essential) {
            this.essential = essential;
            return this;
        }

        public Builder entryPoint(Iterable<? extends String> entryPoint) {
            this.entryPoint = List.ofAll(entryPoint);
            return this;
        }

        public Builder entryPoint(String... entryPoint) {
            this.entryPoint = List.of(entryPoint);
            return this;
        }

        public Builder command(Iterable<? extends String> command) {
            this.command = List.ofAll(command);
            return this;
        }

        public Builder command(String... command) {
            this.command = List.of(command);
            return this;
        }

        public Builder environment(Iterable<? extends KeyValuePair> environment) {
            this.environment = List.ofAll(environment);
            return this;
        }

        public Builder environment(KeyValuePair... environment) {
            this.environment = List.of(environment);
            return this;
        }

        public Builder secrets(Iterable<? extends Secret> secrets) {
            this.secrets = List.ofAll(secrets);
            return this;
        }

        public Builder secrets(Secret... secrets) {
            this.secrets = List.of(secrets);
            return this;
        }

        public Builder logConfiguration(LogConfiguration logConfiguration) {
            this.logConfiguration = Option.of(logConfiguration);
            return this;
        }

        public Builder logConfiguration(Option<LogConfiguration> logConfiguration) {
            this.logConfiguration = logConfiguration;
            return this;
        }

        public Builder healthCheck(HealthCheck healthCheck) {
            this.healthCheck = Option.of(healthCheck);
            return this;
        }

        public Builder healthCheck(Option<HealthCheck> healthCheck) {
            this.healthCheck = healthCheck;
            return this;
        }

        public Builder dependsOn(Iterable<? extends ContainerDependency> dependsOn) {
            this.dependsOn = List.ofAll(dependsOn);
            return this;
        }

        public Builder dependsOn(ContainerDependency... dependsOn) {
            this.dependsOn = List.of(dependsOn);
            return this;
        }

        public Builder mountPoints(Iterable<? extends MountPoint> mountPoints) {
            this.mountPoints = List.ofAll(mountPoints);
            return this;
        }

        public Builder mountPoints(MountPoint... mountPoints) {
            this.mountPoints = List.of(mountPoints);
            return this;
        }

        public Builder workingDirectory(String workingDirectory) {
            this.workingDirectory = Option.of(workingDirectory);
            return this;
        }

        public Builder workingDirectory(Option<String> workingDirectory) {
            this.workingDirectory = workingDirectory;
            return this;
        }

        public Builder user(String user) {
            this.user = Option.of(user);
            return this;
        }

        public Builder user(Option<String> user) {
            this.user = user;
            return this;
        }

        public Builder readonlyRootFilesystem(Boolean readonlyRootFilesystem) {
            this.readonlyRootFilesystem = Option.of(readonlyRootFilesystem);
            return this;
        }

        public Builder readonlyRootFilesystem(Option<Boolean> readonlyRootFilesystem) {
            this.readonlyRootFilesystem = readonlyRootFilesystem;
            return this;
        }

        public Builder hostname(String hostname) {
            this.hostname = Option.of(hostname);
            return this;
        }

        public Builder hostname(Option<String> hostname) {
            this.hostname = hostname;
            return this;
        }

        public Builder links(Iterable<? extends String> links) {
            this.links = List.ofAll(links);
            return this;
        }

        public Builder links(String... links) {
            this.links = List.of(links);
            return this;
        }

        public Builder privileged(Boolean privileged) {
            this.privileged = Option.of(privileged);
            return this;
        }

        public Builder privileged(Option<Boolean> privileged) {
            this.privileged = privileged;
            return this;
        }

        public Builder linuxParameters(LinuxParameters linuxParameters) {
            this.linuxParameters = Option.of(linuxParameters);
            return this;
        }

        public Builder linuxParameters(Option<LinuxParameters> linuxParameters) {
            this.linuxParameters = linuxParameters;
            return this;
        }

        public Builder startTimeout(Integer startTimeout) {
            this.startTimeout = Option.of(startTimeout);
            return this;
        }

        public Builder startTimeout(Option<Integer> startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public Builder stopTimeout(Integer stopTimeout) {
            this.stopTimeout = Option.of(stopTimeout);
            return this;
        }

        public Builder stopTimeout(Option<Integer> stopTimeout) {
            this.stopTimeout = stopTimeout;
            return this;
        }

        public Builder ulimits(Iterable<? extends Ulimit> ulimits) {
            this.ulimits = List.ofAll(ulimits);
            return this;
        }

        public Builder ulimits(Ulimit... ulimits) {
            this.ulimits = List.of(ulimits);
            return this;
        }

        public Builder disableNetworking(Boolean disableNetworking) {
            this.disableNetworking = Option.of(disableNetworking);
            return this;
        }

        public Builder disableNetworking(Option<Boolean> disableNetworking) {
            this.disableNetworking = disableNetworking;
            return this;
        }

        public Builder dnsServers(Iterable<? extends String> dnsServers) {
            this.dnsServers = List.ofAll(dnsServers);
            return this;
        }

        public Builder dnsServers(String... dnsServers) {
            this.dnsServers = List.of(dnsServers);
            return this;
        }

        public Builder dnsSearchDomains(Iterable<? extends String> dnsSearchDomains) {
            this.dnsSearchDomains = List.ofAll(dnsSearchDomains);
            return this;
        }

        public Builder dnsSearchDomains(String... dnsSearchDomains) {
            this.dnsSearchDomains = List.of(dnsSearchDomains);
            return this;
        }

        public Builder dockerSecurityOptions(Iterable<? extends String> dockerSecurityOptions) {
            this.dockerSecurityOptions = List.ofAll(dockerSecurityOptions);
            return this;
        }

        public Builder dockerSecurityOptions(String... dockerSecurityOptions) {
            this.dockerSecurityOptions = List.of(dockerSecurityOptions);
            return this;
        }

        public Builder extraHosts(Iterable<? extends HostEntry> extraHosts) {
            this.extraHosts = List.ofAll(extraHosts);
            return this;
        }

        public Builder extraHosts(HostEntry... extraHosts) {
            this.extraHosts = List.of(extraHosts);
            return this;
        }

        public Builder resourceRequirements(Iterable<? extends ResourceRequirement> resourceRequirements) {
            this.resourceRequirements = List.ofAll(resourceRequirements);
            return this;
        }

        public Builder resourceRequirements(ResourceRequirement... resourceRequirements) {
            this.resourceRequirements = List.of(resourceRequirements);
            return this;
        }

        public Builder dockerLabels(Map<String, String> dockerLabels) {
            this.dockerLabels = dockerLabels;
            return this;
        }

        public Builder dockerLabels(java.util.Map<String, String> dockerLabels) {
            this.dockerLabels = LinkedHashMap.ofAll(dockerLabels);
            return this;
        }

        public Builder repositoryCredentials(String repositoryCredentials) {
            this.repositoryCredentials = Option.of(repositoryCredentials);
            return this;
        }

        public Builder repositoryCredentials(Option<String> repositoryCredentials) {
            this.repositoryCredentials = repositoryCredentials;
            return this;
        }

        public Builder volumesFrom(Iterable<? extends VolumeFrom> volumesFrom) {
            this.volumesFrom = List.ofAll(volumesFrom);
            return this;
        }

        public Builder volumesFrom(VolumeFrom... volumesFrom) {
            this.volumesFrom = List.of(volumesFrom);
            return this;
        }

        public Builder systemControls(Iterable<? extends SystemControl> systemControls) {
            this.systemControls = List.ofAll(systemControls);
            return this;
        }

        public Builder systemControls(SystemControl... systemControls) {
            this.systemControls = List.of(systemControls);
            return this;
        }

        public Builder interactive(Boolean interactive) {
            this.interactive = Option.of(interactive);
            return this;
        }

        public Builder interactive(Option<Boolean> interactive) {
            this.interactive = interactive;
            return this;
        }

        public Builder pseudoTerminal(Boolean pseudoTerminal) {
            this.pseudoTerminal = Option.of(pseudoTerminal);
            return this;
        }

        public Builder pseudoTerminal(Option<Boolean> pseudoTerminal) {
            this.pseudoTerminal = pseudoTerminal;
            return this;
        }

        public Builder firelensConfiguration(FirelensConfiguration firelensConfiguration) {
            this.firelensConfiguration = Option.of(firelensConfiguration);
            return this;
        }

        public Builder firelensConfiguration(Option<FirelensConfiguration> firelensConfiguration) {
            this.firelensConfiguration = firelensConfiguration;
            return this;
        }

        public ContainerDefinition build() {
            return new ContainerDefinition(name, image, cpu, memory, memoryReservation, portMappings, essential, entryPoint, command, environment, secrets, logConfiguration, healthCheck, dependsOn, mountPoints, workingDirectory, user, readonlyRootFilesystem, hostname, links, privileged, linuxParameters, startTimeout, stopTimeout, ulimits, disableNetworking, dnsServers, dnsSearchDomains, dockerSecurityOptions, extraHosts, resourceRequirements, dockerLabels, repositoryCredentials, volumesFrom, systemControls, interactive, pseudoTerminal, firelensConfiguration);
        }
    }
}
