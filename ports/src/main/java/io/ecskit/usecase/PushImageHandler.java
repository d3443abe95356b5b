package io.ecskit.usecase;

import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.util.function.Consumer;

/** {@link PushImage}: ensure the repository, check tag immutability first, then push with a fresh-enough token. */
public final class PushImageHandler implements PushImage {

    private final ImageRepositoryPort repositories;
    private final ImageRegistryPort registry;
    private final RegistryAuthorizations authorizations;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public PushImageHandler(ImageRepositoryPort repositories, ImageRegistryPort registry, RegistryAuthorizations authorizations) {
        this.repositories = repositories;
        this.registry = registry;
        this.authorizations = authorizations;
    }

    @Override
    public Either<EcsError, PushedImage> push(Command command, Consumer<PushProgress> progress) {
        return ensure(command)
                .flatMap(repository -> refuseExistingImmutableTag(repository, command))
                .flatMap(repository -> authorizations.current())
                .flatMap(auth -> registry.push(command.source(), command.repository(), command.tag(), auth, progress));
    }

    private Either<EcsError, Repository> ensure(Command command) {
        return repositories.describe(command.repository()).flatMap(found -> found.isDefined()
                ? Either.right(found.get())
                : repositories.create(new RepositorySpec(command.repository(), command.mutabilityIfCreated(), command.scanOnPush()))
                        // created meanwhile by someone else: use theirs
                        .orElse(() -> repositories.describe(command.repository())
                                .flatMap(again -> again.toEither(() -> EcsError.RepositoryNotFound.of(command.repository().value())))));
    }

    /** ECR refuses to move a tag in an IMMUTABLE repository; saying so before uploading anything saves the upload. */
    private Either<EcsError, Repository> refuseExistingImmutableTag(Repository repository, Command command) {
        if (!repository.tagImmutable(command.tag())) {
            return Either.right(repository);
        }
        return repositories.images(command.repository()).flatMap(images -> images.exists(i -> i.tags().contains(command.tag()))
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMMUTABLE_TAG_NOT_OVERWRITTEN, command.tag().value(), command.repository().value()))
                : Either.right(repository));
    }
}
