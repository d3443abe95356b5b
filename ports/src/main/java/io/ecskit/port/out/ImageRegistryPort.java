package io.ecskit.port.out;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.util.function.Consumer;

/** The registry protocol side of ECR: pushes image content (the ECR API side is {@link ImageRepositoryPort}). */
public interface ImageRegistryPort {

    /** Pushes {@code source} to {@code repository:tag} in the registry {@code authorization} is for. */
    Either<EcsError, PushedImage> push(ImageSource source, RepositoryName repository, ImageTag tag,
                                       RegistryAuthorization authorization, Consumer<PushProgress> progress);
}
