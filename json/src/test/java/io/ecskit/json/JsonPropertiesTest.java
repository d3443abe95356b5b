package io.ecskit.json;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, properties over generated inputs: a task definition survives write → read unchanged,
 * and reading never throws, whatever the text — it answers the value or typed problems.
 */
class JsonPropertiesTest {

    @Provide
    Arbitrary<TaskDefinition> taskDefinitions() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_").ofMinLength(1).ofMaxLength(40);
        Arbitrary<PortMapping> ports = Combinators.combine(Arbitraries.integers().between(1, 65535),
                        Arbitraries.of(TransportProtocol.values()))
                .as((port, protocol) -> PortMapping.builder().containerPort(port).hostPort(port).protocol(protocol).build());
        Arbitrary<KeyValuePair> variables = Combinators.combine(names, Arbitraries.strings().ofMaxLength(60))
                .as((name, value) -> KeyValuePair.builder().name(name).value(value).build());
        Arbitrary<ContainerDefinition> containers = Combinators.combine(names, names, Arbitraries.integers().between(0, 4096),
                        Arbitraries.integers().between(6, 30720), Arbitraries.of(true, false),
                        ports.list().ofMaxSize(3), variables.list().ofMaxSize(4))
                .as((name, image, cpu, memory, essential, portMappings, environment) -> ContainerDefinition.builder().name(name)
                        .image("public.ecr.aws/docker/library/" + image + ":1").cpu(cpu).memory(memory).essential(essential)
                        .portMappings(List.ofAll(portMappings)).environment(List.ofAll(environment)).build());
        return Combinators.combine(names, containers.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(NetworkMode.values()),
                        Arbitraries.of("256", "512", "1024"), Arbitraries.of("512", "1024", "2048"), Arbitraries.of(true, false))
                .as((family, cs, mode, cpu, memory, fargate) -> TaskDefinition.builder().family(family)
                        .containerDefinitions(List.ofAll(cs)).networkMode(mode).cpu(cpu).memory(memory)
                        .requiresCompatibilities(fargate ? List.of(Compatibility.FARGATE) : List.empty()).build());
    }

    @Property(tries = 300)
    void aTaskDefinition_survivesWriteThenRead(@ForAll("taskDefinitions") TaskDefinition td) {
        String json = EcsJson.write(td);

        assertThat(EcsJson.readTaskDefinition(json).get()).isEqualTo(td);
    }

    @Property(tries = 500)
    void readingArbitraryText_neverThrows_andNamesWhatIsWrong(@ForAll String text) {
        var read = EcsJson.readTaskDefinition(text);

        // arbitrary text is almost never a task definition; when it is refused, the problem is named
        read.peekLeft(problem -> assertThat(problem.describe()).isNotBlank());
        read.peek(td -> assertThat(td).isNotNull());
    }

    @Provide
    Arbitrary<String> jsonObjects() {
        Arbitrary<String> keys = Arbitraries.of("family", "containerDefinitions", "cpu", "memory", "networkMode", "volumes",
                "requiresCompatibilities", "name", "image", "portMappings", "containerPort", "essential", "environment", "x");
        Arbitrary<String> scalars = Arbitraries.of("1", "-1", "0.5", "true", "null", "\"\"", "\"awsvpc\"", "\"FARGATE\"", "[]", "{}",
                "\"9999999999999999999999\"", "99999999999999999999");
        Arbitrary<String> members = Combinators.combine(keys, scalars).as((k, v) -> "\"" + k + "\": " + v);
        Arbitrary<String> flat = members.list().ofMaxSize(6).map(m -> "{" + String.join(", ", m) + "}");
        return Combinators.combine(keys, flat.list().ofMaxSize(3), members.list().ofMaxSize(4))
                .as((k, nested, more) -> "{\"" + k + "\": [" + String.join(", ", nested) + "]" + (more.isEmpty() ? "" : ", ")
                        + String.join(", ", more) + "}");
    }

    @Property(tries = 500)
    void readingArbitraryJsonShapedLikeATaskDefinition_answersTypedProblems_neverThrows(@ForAll("jsonObjects") String json) {
        var read = EcsJson.readTaskDefinition(json);

        if (read.isLeft()) {
            assertThat(read.getLeft().describe()).isNotBlank();
        }
    }
}
