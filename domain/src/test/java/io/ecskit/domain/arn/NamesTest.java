package io.ecskit.domain.arn;

import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void clusterName_at255Characters_isValid_at256_isRejectedWithEcsMessage() {
        assertThat(ClusterName.parse("a".repeat(255)).isRight()).isTrue();

        String tooLong = "a".repeat(256);
        assertThat(ClusterName.parse(tooLong).getLeft()).isEqualTo(EcsRule.CLUSTER_NAME_FORMAT.at("cluster", tooLong));
        assertThat(ClusterName.parse(tooLong).getLeft().message())
                .isEqualTo("Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was " + tooLong);
    }

    @Test
    void clusterName_whenEmptyOrInvalidCharacters_isRejected() {
        assertThat(ClusterName.parse("").isLeft()).isTrue();
        assertThat(ClusterName.parse("test cluster").getLeft().kind()).isEqualTo(ErrorKind.INVALID_PARAMETER_EXCEPTION);
        assertThat(ClusterName.parse("Test_cluster-1").isRight()).isTrue();
    }

    /** The names are checked without the regular expression ECS quotes; both say the same of every text (seeded). */
    @Test
    void theNameCheck_agreesWithEcsPattern_onEveryText() {
        java.util.Random random = new java.util.Random(26);
        String alphabet = "aZ09-_ .:/\u00e9\n\u0000\uD83D$^[]{}";
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "a", "a".repeat(255), "a".repeat(256), "-", "_"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8) == 0 ? 250 + random.nextInt(10) : random.nextInt(6);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('a' + random.nextInt(26)));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            boolean byPattern = ClusterName.FORMAT.matcher(text).matches();
            assertThat(ClusterName.named(text)).as("'%s'", text).isEqualTo(byPattern);
            assertThat(ClusterName.parse(text).isRight()).isEqualTo(byPattern);
            assertThat(ServiceName.parse(text).isRight()).isEqualTo(byPattern);
        }
        assertThat(ClusterName.named(null)).isFalse();
    }

    @Test
    void serviceName_followsTheSameCharacterRule() {
        assertThat(ServiceName.parse("test-service").isRight()).isTrue();
        assertThat(ServiceName.parse("test.service").isLeft()).isTrue();
        assertThat(ServiceName.parse("s".repeat(256)).isLeft()).isTrue();
    }

    @Test
    void taskDefinitionRef_parsesFamilyRevisionAndArn() {
        assertThat(TaskDefinitionRef.parse("hello-world").get()).isEqualTo(TaskDefinitionRef.latest("hello-world"));
        assertThat(TaskDefinitionRef.parse("hello-world:7").get()).isEqualTo(TaskDefinitionRef.of("hello-world", 7));
        TaskDefinitionRef arn = TaskDefinitionRef.parse("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:2").get();
        assertThat(arn.sameRevision(TaskDefinitionRef.of("hello-world", 2))).isTrue();
        assertThat(arn.wire()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:2");
    }

    @Test
    void taskDefinitionRef_whenRevisionIsLatest_isRejectedAsEcsDoes() {
        // the seed's "hello-world:latest" is not ECS syntax; "hello-world" means the latest ACTIVE revision
        assertThat(TaskDefinitionRef.parse("hello-world:latest").getLeft())
                .isEqualTo(EcsRule.REVISION_NUMBER.at("taskDefinition", "latest"));
        assertThat(TaskDefinitionRef.parse("hello-world:0").isLeft()).isTrue();
    }
}
