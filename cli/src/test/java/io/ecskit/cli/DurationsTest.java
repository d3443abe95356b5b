package io.ecskit.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @Test
    void parse_unitsPeopleWrite_andIso() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Durations.parse("PT45M")).isEqualTo(Duration.ofMinutes(45));
        assertThat(Durations.parse("pt90s")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void parse_somethingElse_namesTheAcceptedForms() {
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessage("'soon' is not a duration: write e.g. 30s, 10m, 1h30m, 1d or PT30M");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void format_writesWhatParseReads() {
        org.assertj.core.api.Assertions.assertThat(Durations.format(java.time.Duration.ofMinutes(10))).isEqualTo("10m");
        org.assertj.core.api.Assertions.assertThat(Durations.format(java.time.Duration.ofSeconds(5430))).isEqualTo("1h30m30s");
        org.assertj.core.api.Assertions.assertThat(Durations.parse(Durations.format(java.time.Duration.ofSeconds(93784))))
                .isEqualTo(java.time.Duration.ofSeconds(93784));
    }
}
