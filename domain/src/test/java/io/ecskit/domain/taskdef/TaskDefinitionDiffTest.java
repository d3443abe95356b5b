package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Tag;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;
import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionDiffTest {

    @Test
    void between_sameDefinitionWrittenDifferently_hasNoChanges() {
        TaskDefinition spelled = withContainer(fargate().cpu("0.25 vCPU").memory("0.5 GB"),
                c -> c.essential(Option.none()).portMappings(List.of(PortMapping.tcp(80))));

        assertThat(TaskDefinitionDiff.between(fargate().build(), spelled)).isEmpty();
    }

    @Test
    void between_changedFields_areNamedByJsonPathWithBothValues() {
        TaskDefinition desired = withContainer(fargate().memory("1024"),
                c -> c.image("httpd:2.4.62").environment(List.of(KeyValuePair.of("MODE", "prod"))));

        var changes = TaskDefinitionDiff.between(fargate().build(), desired);

        assertThat(changes.map(Object::toString)).containsExactlyInAnyOrder(
                "memory: 512 -> 1024",
                "containerDefinitions[0].image: public.ecr.aws/docker/library/httpd:2.4 -> httpd:2.4.62",
                "containerDefinitions[0].environment[0].name: (none) -> MODE",
                "containerDefinitions[0].environment[0].value: (none) -> prod");
    }

    @Test
    void between_mapOptions_areComparedKeyByKey() {
        TaskDefinition desired = withContainer(fargate(), c -> c.logConfiguration(LogConfiguration.awslogs("other", "us-east-1", "api")));

        assertThat(TaskDefinitionDiff.between(fargate().build(), desired).map(TaskDefinitionDiff.Change::path))
                .containsExactly("containerDefinitions[0].logConfiguration.options.awslogs-group");
    }
}
