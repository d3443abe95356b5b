package io.ecskit.port.in;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.util.function.Consumer;

/**
 * The seed's push without Docker: ensure the ECR repository, authorize (a cached token, renewed
 * before it expires), refuse an existing tag in an IMMUTABLE repository, push or copy the image.
 */
public interface PushImage {

    /**
     * Pushes. Errors: ImageTagAlreadyExists (IMMUTABLE repository), RepositoryNotFound, the registry's refusals
     * (as {@code Other}), and what ECR answers.
     *
     * @param progress hears each layer and the manifest
     * @return the image's digest and URIs by tag and by digest
     */
    Either<EcsError, PushedImage> push(Command command, Consumer<PushProgress> progress);

    /**
     * What to push where.
     *
     * @param source the image: from a registry, a {@code docker save} archive, or built from a base and layers
     * @param repository the ECR repository (created when missing)
     * @param tag the tag to push
     * @param mutabilityIfCreated the tag mutability of a repository this push creates
     * @param scanOnPush whether a repository this push creates scans images on push
     */
    record Command(ImageSource source, RepositoryName repository, ImageTag tag, TagMutability mutabilityIfCreated,
                   boolean scanOnPush) {

        /** The image into a MUTABLE repository (created when missing, scan on push off). */
        public static Command of(ImageSource source, RepositoryName repository, ImageTag tag) {
            return new Command(source, repository, tag, TagMutability.MUTABLE, false);
        }

        /**
         * A copy of {@code sourceReference} (any registry, e.g. {@code public.ecr.aws/docker/library/httpd:2.4}) as
         * {@code repository:tag} in the kit's ECR, from plain strings: {@code EcsError.Invalid} names every bad one
         * (repository name, tag) at once.
         */
        public static Either<EcsError, Command> copy(String sourceReference, String repository, String tag) {
            Either<Violation, RepositoryName> name = RepositoryName.parse(repository);
            Either<Violation, ImageTag> imageTag = ImageTag.parse(tag);
            Seq<Violation> problems = name.swap().toList().appendAll(imageTag.swap().toList());
            if (sourceReference == null || sourceReference.isBlank()) {
                problems = problems.append(Violation.invalidParameter("source", "An image reference to copy is required."));
            }
            return problems.isEmpty()
                    ? Either.right(of(ImageSource.FromRegistry.of(sourceReference), name.get(), imageTag.get()))
                    : Either.left(new EcsError.Invalid(problems));
        }
    }
}
