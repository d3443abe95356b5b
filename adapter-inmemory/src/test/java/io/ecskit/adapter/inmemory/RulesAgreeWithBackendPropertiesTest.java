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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: validation never throws, and the in-memory backend registers exactly what the rules
 * accept — refusing the rest with the rules' first violation, as ECS answers one. Inputs are
 * generated around the rules' edges (Fargate sizes, network modes, ports, names, essentials).
 */
class RulesAgreeWithBackendPropertiesTest {

    @Provide
    Arbitrary<TaskDefinition> nearlyValid() {
        // mostly valid values, with every kind of edge mixed in: both branches of the property get exercised
        Arbitrary<String> names = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.strings().withChars("abcxyz019-_").ofMinLength(1).ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "bad name", "x".repeat(256))));
        Arbitrary<PortMapping> ports = Combinators.combine(Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(1, 65535)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.of(-1, 0, 70000))),
                        Arbitraries.integers().between(1, 65535), Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)))
                .as((container, host, sameHost) -> PortMapping.builder().containerPort(container).hostPort(sameHost ? container : host).build());
        Arbitrary<ContainerDefinition> containers = Combinators.combine(names,
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, "nginx:1.27"), net.jqwik.api.Tuple.of(1, "")),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(6, 512)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.of(-1, 0, 5, 100000))),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)),
                        ports.list().ofMaxSize(1))
                .as((name, image, memory, essential, portMappings) -> ContainerDefinition.builder().name(name).image(image)
                        .essential(essential).memory(memory).portMappings(List.ofAll(portMappings)).build());
        Arbitrary<String[]> sizes = Arbitraries.frequency(net.jqwik.api.Tuple.of(3, new String[]{"256", "512"}),
                net.jqwik.api.Tuple.of(3, new String[]{"1024", "2048"}), net.jqwik.api.Tuple.of(1, new String[]{"1024", "1024"}),
                net.jqwik.api.Tuple.of(1, new String[]{"3", "100"}));
        return Combinators.combine(names, containers.list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(6, NetworkMode.AWSVPC), net.jqwik.api.Tuple.of(2, NetworkMode.BRIDGE),
                                net.jqwik.api.Tuple.of(1, NetworkMode.HOST), net.jqwik.api.Tuple.of(1, NetworkMode.NONE)),
                        sizes, Arbitraries.of(true, false),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)))
                .as((family, cs, mode, size, fargate, role) -> {
                    var b = TaskDefinition.builder().family(family).containerDefinitions(List.ofAll(cs)).networkMode(mode)
                            .cpu(size[0]).memory(size[1]).requiresCompatibilities(fargate ? List.of(Compatibility.FARGATE) : List.empty());
                    return (role ? b.executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole") : b).build();
                });
    }

    @Property(tries = 400)
    void theBackendRegistersWhatTheRulesAccept_andRefusesWithTheFirstViolation(@ForAll("nearlyValid") TaskDefinition td) {
        Either<Seq<Violation>, TaskDefinition> rules = TaskDefinitionRules.validate(td);
        var registered = InMemoryEcsKit.create().api().taskDefinitions().register(td);
        net.jqwik.api.statistics.Statistics.collect(rules.isRight() ? "accepted" : "refused");
        net.jqwik.api.statistics.Statistics.coverage(checker -> {
            checker.check("accepted").percentage(p -> p > 5);
            checker.check("refused").percentage(p -> p > 5);
        });

        if (rules.isRight()) {
            assertThat(registered.isRight()).as("rules accept, backend answered %s", registered).isTrue();
        } else {
            assertThat(registered.isLeft()).as("rules refuse %s, backend registered", rules.getLeft()).isTrue();
            EcsError error = registered.getLeft();
            assertThat(rules.getLeft().map(Violation::message)).as("backend's answer is one of the rules' violations")
                    .contains(error.message());
        }
    }
}
