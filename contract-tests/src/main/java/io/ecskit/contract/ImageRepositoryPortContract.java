package io.ecskit.contract;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** ImageRepositoryPort as ECR behaves (ECS-RULES §6); messages as ECR words them. */
public abstract class ImageRepositoryPortContract extends ContractTest {

    private RepositoryName repositoryName() {
        return new RepositoryName(fixtures.name("repo").toLowerCase(java.util.Locale.ROOT));
    }

    private static byte[] manifest(String content) {
        // a Docker v2 manifest as a push uploads it (ECR's PutImage needs the media type)
        return ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":2,"
                + "\"digest\":\"sha256:" + ImageRepositoryPortContract.sha256(content) + "\"},\"layers\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void create_thenDescribe_hasEcrUriAndArnAndMutableTags() {
        RepositoryName name = repositoryName();

        Repository created = right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        String registry = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com";
        assertThat(created.uri()).isEqualTo(registry + "/" + name.value());
        assertThat(created.arn()).isEqualTo("arn:aws:ecr:" + kit.region() + ":" + kit.accountId() + ":repository/" + name.value());
        assertThat(created.tagMutability()).isEqualTo(TagMutability.MUTABLE);
        assertThat(right(kit.api().imageRepositories().describe(name))).contains(created);
    }

    @Test
    void create_whenNameExists_isRepositoryAlreadyExists() {
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        assertError(kit.api().imageRepositories().create(RepositorySpec.named(name)), EcsError.RepositoryAlreadyExists.class,
                "The repository with name '" + name.value() + "' already exists in the registry with id '"
                        + kit.accountId() + "'");
    }

    @Test
    void describe_whenUnknown_isEmpty() {
        assertThat(right(kit.api().imageRepositories().describe(repositoryName()))).isEmpty();
    }

    @Test
    void delete_whenUnknown_isRepositoryNotFound() {
        RepositoryName name = repositoryName();

        assertError(kit.api().imageRepositories().delete(name, false), EcsError.RepositoryNotFound.class,
                "The repository with name '" + name.value() + "' does not exist in the registry with id '"
                        + kit.accountId() + "'");
    }

    @Test
    void delete_withImages_isRepositoryNotEmptyUnlessForced() {
        requires(Capability.IMAGE_SEEDING);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        right(backend.putImage(name, new ImageTag("v1"), manifest("a")));

        assertErrorType(kit.api().imageRepositories().delete(name, false), EcsError.RepositoryNotEmpty.class);
        right(kit.api().imageRepositories().delete(name, true));
        assertThat(right(kit.api().imageRepositories().describe(name))).isEmpty();
    }

    @Test
    void push_existingTagToImmutableRepository_isImageTagAlreadyExists() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(new RepositorySpec(name, TagMutability.IMMUTABLE, false)));
        right(backend.putImage(name, new ImageTag("v1"), manifest("a")));

        assertErrorType(backend.putImage(name, new ImageTag("v1"), manifest("b")), EcsError.ImageTagAlreadyExists.class);
    }

    @Test
    void push_existingTagToMutableRepository_movesTheTag() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image first = right(backend.putImage(name, new ImageTag("latest"), manifest("a")));
        Image second = right(backend.putImage(name, new ImageTag("latest"), manifest("b")));

        assertThat(second.digest()).isNotEqualTo(first.digest());
        var images = right(kit.api().imageRepositories().images(name));
        assertThat(images.find(i -> i.digest().equals(second.digest())).get().tags()).containsExactly(new ImageTag("latest"));
        assertThat(images.find(i -> i.digest().equals(first.digest())).get().tags()).isEmpty();
    }

    @Test
    void listImages_byTagStatus_deleteImages_byTagOrDigest_andTagMutability() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image a = right(backend.putImage(name, new ImageTag("1"), manifest("a")));
        right(backend.putImage(name, new ImageTag("latest"), manifest("a")));
        Image b = right(backend.putImage(name, new ImageTag("2"), manifest("b")));
        Image c = right(backend.putImage(name, new ImageTag("2"), manifest("c")));
        var id = (java.util.function.BiFunction<Image, String, io.ecskit.domain.ecr.ImageIdentifier>) (image, tag) ->
                new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), Option.of(new ImageTag(tag)));

        var tagged = right(kit.api().imageRepositories().listImages(name, Option.of("TAGGED")));
        var untagged = right(kit.api().imageRepositories().listImages(name, Option.of("UNTAGGED")));
        var deletion = right(kit.api().imageRepositories().deleteImages(name, List.of(
                io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("latest")), io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("nope")),
                io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()))));
        var left = right(kit.api().imageRepositories().listImages(name, Option.none()));
        Repository immutable = right(kit.api().imageRepositories().putTagMutability(name, io.ecskit.domain.ecr.TagMutability.IMMUTABLE));

        assertThat(tagged).containsExactlyInAnyOrder(id.apply(a, "1"), id.apply(a, "latest"), id.apply(c, "2"));
        assertThat(untagged).containsExactly(io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()));
        assertThat(deletion.deleted()).containsExactlyInAnyOrder(id.apply(a, "latest"), io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()));
        assertThat(deletion.failures().map(f -> f.failureCode())).containsExactly("ImageNotFound");
        assertThat(left).containsExactlyInAnyOrder(id.apply(a, "1"), id.apply(c, "2"));
        assertThat(immutable.tagMutability()).isEqualTo(io.ecskit.domain.ecr.TagMutability.IMMUTABLE);
        assertErrorType(backend.putImage(name, new ImageTag("1"), manifest("d")), EcsError.ImageTagAlreadyExists.class);
    }

    @Test
    void batchGetImage_thenPutImage_retagsWithoutAPush_asCiPipelinesDo() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image built = right(backend.putImage(name, new ImageTag("build-42"), manifest("a")));

        var got = right(kit.api().imageRepositories().getImages(name, List.of(io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("build-42")),
                io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("nope")))));
        String manifest = got.images().single().manifest();
        Image released = right(kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("release")), Option.none()));
        var again = kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("release")), Option.none());
        var wrongDigest = kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("other")),
                Option.of(new io.ecskit.domain.ecr.ImageDigest("sha256:" + "0".repeat(64))));

        assertThat(got.images().single().image().digest()).isEqualTo(built.digest());
        assertThat(got.failures().map(f -> f.failureCode())).containsExactly("ImageNotFound");
        assertThat(released.digest()).isEqualTo(built.digest());
        assertThat(right(kit.api().imageRepositories().listImages(name, Option.none())).map(i -> i.imageTag().get().value()))
                .containsExactlyInAnyOrder("build-42", "release");
        assertThat(again.getLeft().code()).isEqualTo("ImageAlreadyExistsException");
        assertThat(wrongDigest.getLeft().code()).isEqualTo("ImageDigestDoesNotMatchException");
    }

    @Test
    void images_whenRepositoryIsUnknown_isRepositoryNotFound() {
        assertErrorType(kit.api().imageRepositories().images(repositoryName()), EcsError.RepositoryNotFound.class);
    }

    @Test
    void authorization_isUserAwsAtTheRegistryEndpoint() {
        RegistryAuthorization auth = right(kit.api().imageRepositories().authorization());

        assertThat(auth.username()).isEqualTo("AWS");
        assertThat(auth.password()).isNotBlank();
        assertThat(auth.proxyEndpoint().toString())
                .isEqualTo("https://" + kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com");
    }

    @Test
    void authorization_expiresTwelveHoursAfterIssue() {
        requires(Capability.ECR_TOKEN_EXPIRY);
        Instant before = kit.api().time().now();

        RegistryAuthorization auth = right(kit.api().imageRepositories().authorization());

        assertThat(auth.expiresAt()).isBetween(before.plus(Duration.ofHours(12)).minusSeconds(60),
                kit.api().time().now().plus(Duration.ofHours(12)).plusSeconds(60));
    }
}
