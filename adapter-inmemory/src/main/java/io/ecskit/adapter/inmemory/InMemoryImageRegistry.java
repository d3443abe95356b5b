package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.ImageUri;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ImageRegistryPort;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * A push without a registry: the image's manifest is derived from its source (a tarball's bytes,
 * a reference's text), so the same source gives the same digest, and lands in the in-memory ECR.
 */
final class InMemoryImageRegistry implements ImageRegistryPort {

    private final InMemoryState state;

    @Inject
    InMemoryImageRegistry(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, PushedImage> push(ImageSource source, RepositoryName repository, ImageTag tag,
                                              RegistryAuthorization authorization, Consumer<PushProgress> progress) {
        if (authorization.expiresAt().isBefore(state.now())) {
            // what docker/Jib report from ECR with a stale token
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.AUTHORIZATION_TOKEN_VALID));
        }
        Either<EcsError, String> content = content(source);
        if (content.isLeft()) {
            return Either.left(content.getLeft());
        }
        progress.accept(new PushProgress(0.0, "pushing " + source.describe()));
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                + "\"ecskit-source\":\"" + content.get() + "\"}").getBytes(StandardCharsets.UTF_8);
        return state.quietControl(() -> InMemoryEcr.put(state, repository, tag, manifest, manifest.length)).map(image -> {
            progress.accept(new PushProgress(1.0, "pushed " + image.digest()));
            String registry = authorization.registryHost();
            return new PushedImage(image.digest(), ImageUri.tagged(registry, repository.value(), tag),
                    ImageUri.pinned(registry, repository.value(), image.digest()));
        });
    }

    private static Either<EcsError, String> content(ImageSource source) {
        if (source instanceof ImageSource.FromDockerArchive archive) {
            try {
                return Either.right(InMemoryEcr.sha256(Files.readAllBytes(archive.file())));
            } catch (IOException e) {
                return Either.left(EcsError.InvalidParameter.of("Cannot read " + archive.file() + ": " + e.getMessage()));
            }
        }
        if (source instanceof ImageSource.Built built) {
            return content(built.base()).map(base -> InMemoryEcr.sha256((base + built.layers() + built.entrypoint()
                    + built.environment()).getBytes(StandardCharsets.UTF_8)));
        }
        return Either.right(InMemoryEcr.sha256(source.describe().getBytes(StandardCharsets.UTF_8)));
    }
}
