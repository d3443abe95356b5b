package io.ecskit.adapter.aws;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ImageRepositoryPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

final class AwsEcr implements ImageRepositoryPort {

    private final AwsClients aws;

    @Inject
    AwsEcr(AwsClients aws) {
        this.aws = aws;
    }

    private static Repository fromAws(software.amazon.awssdk.services.ecr.model.Repository r) {
        return io.ecskit.mapping.EcrLogsMapping.repository(r);
    }

    @Override
    public Either<EcsError, Repository> create(RepositorySpec spec) {
        return aws.call(() -> aws.ecr.createRepository(r -> r.repositoryName(spec.name().value())
                        .imageTagMutability(spec.tagMutability().name())
                        .imageScanningConfiguration(c -> c.scanOnPush(spec.scanOnPush()))))
                .map(r -> fromAws(r.repository()));
    }

    @Override
    public Either<EcsError, Option<Repository>> describe(RepositoryName name) {
        Either<EcsError, Option<Repository>> found = aws.call(() -> aws.ecr.describeRepositories(r -> r.repositoryNames(name.value())))
                .map(r -> List.ofAll(r.repositories()).headOption().map(AwsEcr::fromAws));
        return found.isLeft() && found.getLeft() instanceof EcsError.RepositoryNotFound ? Either.right(Option.none()) : found;
    }

    @Override
    public Either<EcsError, Repository> delete(RepositoryName name, boolean force) {
        return aws.call(() -> aws.ecr.deleteRepository(r -> r.repositoryName(name.value()).force(force)))
                .map(r -> fromAws(r.repository()));
    }

    @Override
    public Either<EcsError, Seq<Image>> images(RepositoryName name) {
        return aws.call(() -> List.ofAll(aws.ecr.describeImagesPaginator(r -> r.repositoryName(name.value())).imageDetails())
                .map(d -> io.ecskit.mapping.EcrLogsMapping.image(name, d)));
    }

    /** The token is base64 of {@code AWS:<password>}; ECR hands out one per registry, valid 12 hours. */
    @Override
    public Either<EcsError, RegistryAuthorization> authorization() {
        return aws.call(() -> aws.ecr.getAuthorizationToken(r -> { })).flatMap(r -> {
            if (r.authorizationData().isEmpty()) {
                return Either.left(EcsError.Unavailable.of("GetAuthorizationToken returned no authorization data"));
            }
            var data = r.authorizationData().get(0);
            String decoded = new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Either.right(new RegistryAuthorization(decoded.substring(0, Math.max(colon, 0)), decoded.substring(colon + 1),
                    URI.create(data.proxyEndpoint()), data.expiresAt()));
        });
    }
}
