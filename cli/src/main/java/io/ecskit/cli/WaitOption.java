package io.ecskit.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --timeout}: how long a command follows what it started. */
final class WaitOption {

    @Option(names = "--timeout", defaultValue = "30m", paramLabel = "DURATION",
            description = "How long to follow the deployment (default 30m; deploy adds the bake times and PAUSE-hook timeouts "
                    + "the deployment configuration sets): 90s, 10m, 1h30m, PT45M")
    Duration timeout;
}
