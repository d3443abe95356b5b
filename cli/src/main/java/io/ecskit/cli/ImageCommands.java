package io.ecskit.cli;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.json.JsonDocument;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.PushImage;
import io.vavr.control.Either;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Images: push one into ECR. */
final class ImageCommands {

    static final String DOCKER_ARCHIVE = "docker-archive:";

    private ImageCommands() {
    }

    /** {@code docker-archive:FILE} is a {@code docker save} tarball, which must exist; anything else an image reference. */
    static Either<Failure, ImageSource> source(String option, String text) {
        if (!text.startsWith(DOCKER_ARCHIVE)) {
            return Either.right(ImageSource.FromRegistry.of(text));
        }
        Path file = Path.of(text.substring(DOCKER_ARCHIVE.length()));
        if (Files.isDirectory(file)) {
            return Either.left(Failure.invalid(option + ": " + file + ": is a directory, not a docker save tarball"));
        }
        if (!Files.isRegularFile(file)) {
            return Either.left(Failure.invalid(option + ": " + file + ": no such file"));
        }
        if (!Files.isReadable(file)) {
            return Either.left(Failure.invalid(option + ": " + file + ": permission denied"));
        }
        return Either.right(new ImageSource.FromDockerArchive(file));
    }

    /** Pushes, narrating progress in quarters on {@code narration}. */
    static Either<Failure, PushedImage> push(EcsKit kit, PushImage.Command command, PrintWriter narration) {
        double[] shown = {0};
        return Inputs.aws(kit.pushImage(command, p -> {
            if (p.fraction() >= shown[0] + 0.25 || p.fraction() >= 1.0 && shown[0] < 1.0) {
                shown[0] = p.fraction();
                narration.printf("    %3.0f%% %s%n", p.fraction() * 100, p.step());
                narration.flush();
            }
        }));
    }

    /** {@code {"repositoryName", "imageTag", "imageDigest", "imageUri", "imageUriByDigest"}}. */
    static JsonDocument imageJson(PushedImage pushed, RepositoryName repository, ImageTag tag) {
        return JsonDocument.object().put("repositoryName", repository.value()).put("imageTag", tag.value())
                .put("imageDigest", pushed.digest().toString()).put("imageUri", pushed.byTag().toString())
                .put("imageUriByDigest", pushed.byDigest().toString());
    }

    @Command(name = "push-image", mixinStandardHelpOptions = true,
            description = "Copy or push an image into an ECR repository, no Docker daemon needed (Jib): the repository is "
                    + "created when missing; layers ECR already has are not sent again.",
            footer = {"  ecskit push-image --source public.ecr.aws/docker/library/httpd:2.4 --repository hello-world \\",
                "      --backend aws",
                "  docker save httpd:2.4 -o httpd.tar",
                "  ecskit push-image --source docker-archive:httpd.tar --repository web --tag 2.4"})
    static final class Push extends CliCommand.OnKit {

        @picocli.CommandLine.Option(names = "--source", required = true, paramLabel = "IMAGE",
                description = "An image reference to copy (registry/name:tag or @sha256:...), or docker-archive:FILE for a "
                        + "`docker save` tarball")
        String source;

        @picocli.CommandLine.Option(names = "--repository", required = true, paramLabel = "NAME",
                description = "ECR repository name (2..256 lowercase letters, digits, and . _ - / between them)")
        String repository;

        @picocli.CommandLine.Option(names = "--tag", defaultValue = "latest", paramLabel = "TAG", description = "Image tag (default latest)")
        String tag;

        @picocli.CommandLine.Option(names = "--immutable", description = "Create the repository with immutable tags (imageTagMutability IMMUTABLE)")
        boolean immutable;

        @Override
        Either<Failure, Printed> run(EcsKit kit) {
            var from = source("--source", source);
            var repo = Inputs.value("--repository", RepositoryName.parse(repository));
            var tagged = Inputs.value("--tag", ImageTag.parse(tag));
            io.vavr.collection.Seq<String> problems = io.vavr.collection.List.<Either<Failure, ?>>of(from, repo, tagged)
                    .filter(Either::isLeft).flatMap(e -> e.getLeft().lines());
            if (!problems.isEmpty()) {
                return Either.left(new Failure.InvalidInput(problems));
            }
            var command = new PushImage.Command(from.get(), repo.get(), tagged.get(),
                    immutable ? TagMutability.IMMUTABLE : TagMutability.MUTABLE, false);
            return push(kit, command, narration()).map(pushed -> Printed.of(imageJson(pushed, repo.get(), tagged.get()),
                    pushed.byTag() + "\n" + pushed.byDigest()));
        }
    }
}
