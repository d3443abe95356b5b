package io.ecskit.domain;

import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @ParameterizedTest
    @CsvSource({"1024,1024", "1 vCPU,1024", "0.25 vCPU,256", "2 vcpu,2048", "16 vCPU,16384"})
    void parseCpu_acceptsUnitsAndVcpus(String text, int units) {
        assertThat(TaskSize.parseCpu(text)).contains(units);
    }

    @ParameterizedTest
    @CsvSource({"2048,2048", "2 GB,2048", "0.5 GB,512", "30gb,30720"})
    void parseMemory_acceptsMibAndGb(String text, int mib) {
        assertThat(TaskSize.parseMemory(text)).contains(mib);
    }

    @Test
    void parse_whenNotANumberOrWrongUnit_isEmpty() {
        assertThat(TaskSize.parseCpu("abc")).isEmpty();
        assertThat(TaskSize.parseCpu("1 GB")).isEmpty();
        assertThat(TaskSize.parseMemory("0.3 GB")).isEmpty();
    }

    @Test
    void fargateSizes_matchTheTable() {
        assertThat(TaskSize.isFargateSize(256, 512)).isTrue();
        assertThat(TaskSize.isFargateSize(256, 1536)).isFalse();
        assertThat(TaskSize.isFargateSize(256, 2048)).isTrue();
        assertThat(TaskSize.isFargateSize(4096, 30720)).isTrue();
        assertThat(TaskSize.isFargateSize(4096, 31744)).isFalse();
        assertThat(TaskSize.isFargateSize(8192, 20480)).isTrue();
        assertThat(TaskSize.isFargateSize(8192, 18432)).isFalse();
        assertThat(TaskSize.isFargateSize(16384, 122880)).isTrue();
        assertThat(TaskSize.isFargateSize(128, 512)).isFalse();
    }

    @Test
    void wireValues_parseAwsSpelling() {
        assertThat(WireValue.parse(NetworkMode.class, "awsvpc")).contains(NetworkMode.AWSVPC);
        assertThat(WireValue.parse(NetworkMode.class, "AWSVPC")).isEmpty();
    }

    @Test
    void region_andAccount_validate() {
        assertThat(Region.parse("us-east-1").isRight()).isTrue();
        assertThat(Region.parse("ap-southeast-2").isRight()).isTrue();
        assertThat(Region.parse("useast1").isLeft()).isTrue();
        assertThat(AccountId.parse("123456789012").isRight()).isTrue();
        assertThat(AccountId.parse("12345678901").isLeft()).isTrue();
    }

    @Test
    void violation_printsPathAndMessage() {
        assertThat(Violation.client("family", "Family can not be blank.").toString())
                .isEqualTo("family: Family can not be blank.");
    }
}
