package io.ecskit.cli;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.vavr.control.Option;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Duration;

/** Pushing images and reading logs from the command line. */
final class ImageAndLogCommands {

    private ImageAndLogCommands() {
    }

    /** {@code docker-archive:FILE} is a {@code docker save} tarball; anything else an image reference. */
    static ImageSource source(String text) {
        return text.startsWith("docker-archive:")
                ? new ImageSource.FromDockerArchive(Path.of(text.substring("docker-archive:".length())))
                : ImageSource.FromRegistry.of(text);
    }

    static PushedImage push(EcsKit kit, ImageSource source, RepositoryName repository, ImageTag tag, TagMutability mutability,
                            java.io.PrintWriter out) {
        double[] shown = {0};
        return KitCommand.orFail(kit.pushImage().push(new PushImage.Command(source, repository, tag, mutability, false), p -> {
            if (p.fraction() >= shown[0] + 0.25 || p.fraction() >= 1.0 && shown[0] < 1.0) {
                shown[0] = p.fraction();
                out.printf("    %3.0f%% %s%n", p.fraction() * 100, p.step());
            }
        }));
    }

    @Command(name = "push-image", description = "Copy or push an image into an ECR repository, no Docker daemon needed.")
    static final class Push extends KitCommand {
        @picocli.CommandLine.Option(names = "--source", required = true, description = "IMAGE or docker-archive:FILE")
        String source;

        @picocli.CommandLine.Option(names = "--repository", required = true)
        String repository;

        @picocli.CommandLine.Option(names = "--tag", defaultValue = "latest")
        String tag;

        @picocli.CommandLine.Option(names = "--immutable", description = "Create the repository with immutable tags")
        boolean immutable;

        @Override
        int run(EcsKit kit) {
            PushedImage pushed = push(kit, source(source), SeedCommands.valid(RepositoryName.parse(repository)),
                    SeedCommands.valid(ImageTag.parse(tag)), immutable ? TagMutability.IMMUTABLE : TagMutability.MUTABLE, out());
            print(pushed, pushed.byTag() + "\n" + pushed.byDigest());
            return EcskitCli.OK;
        }
    }

    @Command(name = "logs", description = "A service's container logs (awslogs), for a window or followed.")
    static final class Logs extends KitCommand {
        @picocli.CommandLine.Option(names = "--cluster", required = true)
        String cluster;

        @picocli.CommandLine.Option(names = "--service", required = true)
        String service;

        @picocli.CommandLine.Option(names = "--container")
        String container;

        @picocli.CommandLine.Option(names = "--task", description = "Task id")
        String task;

        @picocli.CommandLine.Option(names = "--since", defaultValue = "10m", description = "e.g. 30s, 10m, 2h, 1d (default 10m)")
        Duration since;

        @picocli.CommandLine.Option(names = "--follow", description = "Keep polling for new lines until interrupted")
        boolean follow;

        @Override
        int run(EcsKit kit) {
            ReadLogs.Query query = new ReadLogs.Query(SeedCommands.cluster(cluster), SeedCommands.service(service),
                    Option.of(container), Option.of(task));
            var from = kit.time().now().minus(since);
            if (follow) {
                orFail(kit.readLogs().follow(query, from, Duration.ofSeconds(10), () -> Thread.currentThread().isInterrupted(),
                        this::line));
            } else {
                orFail(kit.readLogs().read(query, from, kit.time().now().plusMillis(1))).forEach(this::line);
            }
            return EcskitCli.OK;
        }

        private void line(LogEvent e) {
            out().println(e.timestamp() + " " + e.stream().value() + " " + e.message());
            out().flush();
        }
    }
}
