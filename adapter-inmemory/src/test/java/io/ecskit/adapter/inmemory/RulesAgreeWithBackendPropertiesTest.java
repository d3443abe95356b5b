package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static io.ecskit.adapter.inmemory.Properties.namesOf;
import static io.ecskit.adapter.inmemory.Properties.qt;
import static io.ecskit.adapter.inmemory.Properties.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Issue 15: validation never throws, and the in-memory backend registers exactly what the rules
 * accept — refusing the rest with the rules' first violation, as ECS answers one. Inputs are
 * generated around the rules' edges (Fargate sizes, network modes, ports, names, essentials).
 */
class RulesAgreeWithBackendPropertiesTest {

    static Gen<TaskDefinition> nearlyValid() {
        // mostly valid values, with every kind of edge mixed in: both branches of the property get exercised
        Gen<String> names = weighted(9, namesOf("abcxyz019-_", 1, 12), 1, Generate.pick(java.util.List.of("", "bad name", "x".repeat(256))));
        Gen<Boolean> mostlyTrue = weighted(9, Generate.constant(true), 1, Generate.constant(false));
        Gen<PortMapping> ports = weighted(9, integers().between(1, 65535), 1, Generate.pick(java.util.List.of(-1, 0, 70000)))
                .zip(integers().between(1, 65535), mostlyTrue,
                        (container, host, sameHost) -> PortMapping.builder().containerPort(container).hostPort(sameHost ? container : host).build());
        Gen<ContainerDefinition> containers = names.zip(weighted(9, Generate.constant("nginx:1.27"), 1, Generate.constant("")),
                weighted(9, integers().between(6, 512), 1, Generate.pick(java.util.List.of(-1, 0, 5, 100000))), mostlyTrue,
                lists().of(ports).ofSizeBetween(0, 1),
                (name, image, memory, essential, portMappings) -> ContainerDefinition.builder().name(name).image(image)
                        .essential(essential).memory(memory).portMappings(List.ofAll(portMappings)).build());
        Gen<String[]> sizes = Generate.frequency(java.util.List.of(
                org.quicktheories.api.Pair.of(3, Generate.constant(new String[]{"256", "512"})),
                org.quicktheories.api.Pair.of(3, Generate.constant(new String[]{"1024", "2048"})),
                org.quicktheories.api.Pair.of(1, Generate.constant(new String[]{"1024", "1024"})),
                org.quicktheories.api.Pair.of(1, Generate.constant(new String[]{"3", "100"}))));
        Gen<NetworkMode> modes = Generate.frequency(java.util.List.of(
                org.quicktheories.api.Pair.of(6, Generate.constant(NetworkMode.AWSVPC)),
                org.quicktheories.api.Pair.of(2, Generate.constant(NetworkMode.BRIDGE)),
                org.quicktheories.api.Pair.of(1, Generate.constant(NetworkMode.HOST)),
                org.quicktheories.api.Pair.of(1, Generate.constant(NetworkMode.NONE))));
        return names.zip(lists().of(containers).ofSizeBetween(1, 2), modes, sizes,
                        (family, cs, mode, size) -> TaskDefinition.builder().family(family).containerDefinitions(List.ofAll(cs))
                                .networkMode(mode).cpu(size[0]).memory(size[1]))
                .zip(Generate.booleans(), mostlyTrue, (b, fargate, role) -> {
                    b.requiresCompatibilities(fargate ? List.of(Compatibility.FARGATE) : List.empty());
                    return (role ? b.executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole") : b).build();
                });
    }

    @Test
    void theBackendRegistersWhatTheRulesAccept_andRefusesWithTheFirstViolation() {
        int[] accepted = {0};
        int[] refused = {0};
        qt(400).forAll(nearlyValid()).checkAssert(td -> {
            Either<Seq<Violation>, TaskDefinition> rules = TaskDefinitionRules.validate(td);
            var registered = InMemoryEcsKit.create().api().taskDefinitions().register(td);

            if (rules.isRight()) {
                accepted[0]++;
                assertThat(registered.isRight()).as("rules accept, backend answered %s", registered).isTrue();
            } else {
                refused[0]++;
                assertThat(registered.isLeft()).as("rules refuse %s, backend registered", rules.getLeft()).isTrue();
                EcsError error = registered.getLeft();
                assertThat(rules.getLeft().map(Violation::message)).as("backend's answer is one of the rules' violations")
                        .contains(error.message());
            }
        });
        // coverage: both branches of the property are exercised, not only one
        assertThat(accepted[0]).as("accepted of 400").isGreaterThan(20);
        assertThat(refused[0]).as("refused of 400").isGreaterThan(20);
    }
}
