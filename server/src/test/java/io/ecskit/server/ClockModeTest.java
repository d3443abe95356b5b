package io.ecskit.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --clock}: real, manual, fast=N and fast=N,start=OFFSET (issue 24 item 6). */
class ClockModeTest {

    @Test
    void fast_withAStartInThePast_beginsThatFarBehindWallTime() {
        ClockMode mode = ClockMode.parse("fast=60,start=-1d");

        Instant simulated = mode.newClock().instant();

        assertThat(mode).isEqualTo(new ClockMode.Fast(60, Duration.ofDays(-1)));
        assertThat(Duration.between(simulated, Instant.now())).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(mode.toString()).isEqualTo("fast=60,start=-86400s");
        assertThat(ClockMode.parse("fast=600,start=-6h30m")).isEqualTo(new ClockMode.Fast(600, Duration.ofMinutes(-390)));
        assertThat(ClockMode.parse("fast=2,start=-PT2H")).isEqualTo(new ClockMode.Fast(2, Duration.ofHours(-2)));
        assertThat(ClockMode.parse("fast=60")).isEqualTo(new ClockMode.Fast(60, Duration.ZERO));
    }

    @Test
    void badStarts_andFactors_areNamed() {
        assertThatThrownBy(() -> ClockMode.parse("fast=60,start=yesterday")).hasMessageContaining("start= takes an offset like -1d");
        assertThatThrownBy(() -> ClockMode.parse("fast=60,begin=-1d")).hasMessageContaining("takes start=OFFSET");
        assertThatThrownBy(() -> ClockMode.parse("fast=60,start=-400d")).hasMessageContaining("at most a year");
        assertThatThrownBy(() -> ClockMode.parse("fast=0")).hasMessageContaining("finite N > 0");
        assertThatThrownBy(() -> ClockMode.parse("fast=Infinity")).hasMessageContaining("finite N > 0");
    }
}
