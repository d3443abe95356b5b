package io.ecskit.domain.logs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogValuesTest {

    @Test
    void logGroupName_at512Characters_isValid_at513_isInvalid() {
        assertThat(LogGroupName.parse("g".repeat(512)).isRight()).isTrue();
        assertThat(LogGroupName.parse("g".repeat(513)).isLeft()).isTrue();
    }

    @Test
    void logGroupName_whenStartingWithAwsSlash_isReserved() {
        assertThat(LogGroupName.parse("aws/ecs/x").getLeft().message())
                .isEqualTo("Log group names starting with 'aws/' are reserved for AWS services.");
        assertThat(LogGroupName.parse("/aws/ecs/x").isRight()).isTrue();
        assertThat(LogGroupName.parse("test-log").isRight()).isTrue();
        assertThat(LogGroupName.parse("bad:name").isLeft()).isTrue();
    }

    @Test
    void logStreamName_rejectsColonAndStar_andBuildsAwslogsNames() {
        assertThat(LogStreamName.parse("a:b").isLeft()).isTrue();
        assertThat(LogStreamName.parse("a*b").isLeft()).isTrue();
        assertThat(LogStreamName.awslogs("api", "hello-world", "abc123").value()).isEqualTo("api/hello-world/abc123");
    }

    @Test
    void retentionDays_acceptsOnlyCloudWatchValues() {
        assertThat(RetentionDays.parse(1).isRight()).isTrue();
        assertThat(RetentionDays.parse(2).isLeft()).isTrue();
        assertThat(RetentionDays.parse(3653).isRight()).isTrue();
        assertThat(RetentionDays.parse(3654).isLeft()).isTrue();
        assertThat(RetentionDays.parse(2).getLeft().message())
                .startsWith("1 validation error detected: Value '2' at 'retentionInDays'");
    }
}
