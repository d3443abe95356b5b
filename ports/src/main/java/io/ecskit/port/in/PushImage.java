package io.ecskit.port.in;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.util.function.Consumer;

/**
 * The seed's push without Docker: ensure the ECR repository, authorize (a cached token, renewed
 * before it expires), refuse an existing tag in an IMMUTABLE repository, push or copy the image.
 */
public interface PushImage {

    Either<EcsError, PushedImage> push(Command command, Consumer<PushProgress> progress);

    record Command(ImageSource source, RepositoryName repository, ImageTag tag, TagMutability mutabilityIfCreated,
                   boolean scanOnPush) {

        public static Command of(ImageSource source, RepositoryName repository, ImageTag tag) {
            return new Command(source, repository, tag, TagMutability.MUTABLE, false);
        }
    }
}
