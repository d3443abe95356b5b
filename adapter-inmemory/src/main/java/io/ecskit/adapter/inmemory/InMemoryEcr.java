package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.ImageUri;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/** ECR in memory; messages are ECR's (as moto's ecr/exceptions.py copies them from AWS). */
final class InMemoryEcr implements ImageRepositoryPort {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final InMemoryState state;

    @Inject
    InMemoryEcr(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Repository> create(RepositorySpec spec) {
        return state.call("CreateRepository", () -> {
            String name = spec.name().value();
            if (state.repositories.containsKey(name)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_NAME_UNIQUE, name, state.account.value()));
            }
            return Either.right(store(state, spec));
        });
    }

    /** A new repository as ECR stores it: ARN, registry id, URI on this kit's registry host. */
    static Repository store(InMemoryState state, RepositorySpec spec) {
        String name = spec.name().value();
        String registry = ImageUri.ecrRegistry(state.account.value(), state.region.code());
        Repository repository = new Repository(
                "arn:aws:ecr:" + state.region.code() + ":" + state.account.value() + ":repository/" + name,
                spec.name(), state.account.value(), registry + "/" + name, spec.tagMutability(), spec.scanOnPush(),
                state.now());
        state.repositories.put(name, new InMemoryState.RepositoryState(repository));
        return repository;
    }

    @Override
    public Either<EcsError, Option<Repository>> describe(RepositoryName name) {
        return state.call("DescribeRepositories", () ->
                Either.right(Option.of(state.repositories.get(name.value())).map(r -> r.repository)));
    }

    @Override
    public Either<EcsError, Repository> delete(RepositoryName name, boolean force) {
        return state.call("DeleteRepository", () -> repository(state, name).flatMap(r -> {
            if (!r.imagesByDigest.isEmpty() && !force) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_EMPTY_BEFORE_DELETE, name.value(), state.account.value()));
            }
            state.repositories.remove(name.value());
            return Either.right(r.repository);
        }));
    }

    @Override
    public Either<EcsError, Seq<Image>> images(RepositoryName name) {
        return state.call("DescribeImages", () -> repository(state, name).map(r -> List.ofAll(r.imagesByDigest.values())));
    }

    @Override
    public Either<EcsError, RegistryAuthorization> authorization() {
        return state.call("GetAuthorizationToken", () -> Either.right(new RegistryAuthorization("AWS",
                "in-memory-" + state.newId(32),
                URI.create("https://" + ImageUri.ecrRegistry(state.account.value(), state.region.code())),
                state.now().plus(TOKEN_LIFETIME))));
    }

    /** The authorization token as ECR hands it out: base64 of {@code AWS:<password>}. */
    static String token(RegistryAuthorization auth) {
        return Base64.getEncoder().encodeToString((auth.username() + ":" + auth.password()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus) {
        return state.call("ListImages", () -> repository(state, name).map(r -> List.ofAll(r.imagesByDigest.values())
                .flatMap(i -> i.tags().isEmpty()
                        ? (tagStatus.contains("TAGGED") ? List.<io.ecskit.domain.ecr.ImageIdentifier>empty()
                                : List.of(io.ecskit.domain.ecr.ImageIdentifier.digest(i.digest())))
                        : (tagStatus.contains("UNTAGGED") ? List.<io.ecskit.domain.ecr.ImageIdentifier>empty()
                                : i.tags().map(t -> new io.ecskit.domain.ecr.ImageIdentifier(Option.of(i.digest()), Option.of(t)))))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageDeletion> deleteImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images) {
        return state.call("BatchDeleteImage", () -> repository(state, name).map(r -> {
            List<io.ecskit.domain.ecr.ImageIdentifier> deleted = List.empty();
            List<io.ecskit.domain.ecr.ImageFailure> failures = List.empty();
            for (io.ecskit.domain.ecr.ImageIdentifier id : images) {
                Option<Image> found = find(r, id);
                if (found.isEmpty()) {
                    failures = failures.append(io.ecskit.domain.ecr.ImageFailure.notFound(id));
                    continue;
                }
                Image image = found.get();
                if (id.imageTag().isDefined() && image.tags().size() > 1) {
                    // another tag still points at it: only this tag goes
                    r.imagesByDigest.put(image.digest().value(), new Image(image.repository(), image.digest(),
                            image.tags().remove(id.imageTag().get()), image.sizeInBytes(), image.pushedAt(), image.manifestMediaType()));
                    deleted = deleted.append(new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), id.imageTag()));
                } else {
                    r.imagesByDigest.remove(image.digest().value());
                    deleted = image.tags().isEmpty() ? deleted.append(io.ecskit.domain.ecr.ImageIdentifier.digest(image.digest()))
                            : deleted.appendAll(image.tags().map(t -> new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), Option.of(t))));
                }
            }
            return new io.ecskit.domain.ecr.ImageDeletion(deleted, failures);
        }));
    }

    @Override
    public Either<EcsError, Repository> putTagMutability(RepositoryName name, TagMutability mutability) {
        return state.call("PutImageTagMutability", () -> repository(state, name).map(r -> {
            Repository before = r.repository;
            InMemoryState.RepositoryState changed = new InMemoryState.RepositoryState(new Repository(before.arn(), before.name(),
                    before.registryId(), before.uri(), mutability, before.scanOnPush(), before.createdAt()));
            changed.imagesByDigest.putAll(r.imagesByDigest);
            state.repositories.put(name.value(), changed);
            return changed.repository;
        }));
    }

    @Override
    public Either<EcsError, Image> putImage(RepositoryName name, String manifest, Option<ImageTag> tag, Option<ImageDigest> digest) {
        return state.call("PutImage", () -> repository(state, name).flatMap(r -> {
            byte[] bytes = manifest.getBytes(StandardCharsets.UTF_8);
            ImageDigest computed = new ImageDigest("sha256:" + sha256(bytes));
            if (digest.exists(d -> !d.equals(computed))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_DIGEST_MATCHES, digest.get().value(), computed.value()));
            }
            Image existing = r.imagesByDigest.get(computed.value());
            if (existing != null && (tag.isEmpty() ? existing.tags().isEmpty() : existing.tags().contains(tag.get()))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ALREADY_EXISTS, computed.value(),
                        tag.map(ImageTag::value).getOrElse("null"), name.value(), state.account.value()));
            }
            long size = layersSize(manifest);
            if (tag.isDefined()) {
                return put(state, name, tag.get(), bytes, size);
            }
            Image untagged = existing != null ? existing
                    : new Image(name, computed, List.empty(), size, state.now(), Option.of(mediaType(bytes)));
            r.imagesByDigest.put(computed.value(), untagged);
            r.manifests.put(computed.value(), manifest);
            return Either.right(untagged);
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageBatch> getImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images) {
        return state.call("BatchGetImage", () -> repository(state, name).map(r -> {
            List<io.ecskit.domain.ecr.ImageManifest> found = List.empty();
            List<io.ecskit.domain.ecr.ImageFailure> failures = List.empty();
            for (io.ecskit.domain.ecr.ImageIdentifier id : images) {
                Option<Image> image = find(r, id);
                Option<String> text = image.flatMap(i -> Option.of(r.manifests.get(i.digest().value())));
                if (text.isEmpty()) {
                    failures = failures.append(io.ecskit.domain.ecr.ImageFailure.notFound(id));
                } else {
                    found = found.append(new io.ecskit.domain.ecr.ImageManifest(image.get(), text.get(),
                            image.get().manifestMediaType().getOrElse(DOCKER_V2), id.imageTag()));
                }
            }
            return new io.ecskit.domain.ecr.ImageBatch(found, failures);
        }));
    }

    private static final String DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json";

    /** The manifest's own mediaType member, else Docker's v2 schema 2 (what ECR assumes). */
    private static String mediaType(byte[] manifest) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\\{\\s*(?:\"schemaVersion\"\\s*:\\s*\\d+\\s*,\\s*)?\"mediaType\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(new String(manifest, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : DOCKER_V2;
    }

    /** What the manifest says its config and layers weigh (the sum of their sizes), as ECR reports an image's size. */
    private static long layersSize(String manifest) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"size\"\\s*:\\s*(\\d{1,15})").matcher(manifest);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    /** The image an identifier names: its digest and its tag, each when given. */
    private static Option<Image> find(InMemoryState.RepositoryState r, io.ecskit.domain.ecr.ImageIdentifier id) {
        return List.ofAll(r.imagesByDigest.values()).find(i -> id.imageDigest().forAll(d -> d.equals(i.digest()))
                && id.imageTag().forAll(t -> i.tags().contains(t)));
    }

    static Either<EcsError, InMemoryState.RepositoryState> repository(InMemoryState state, RepositoryName name) {
        return Option.of(state.repositories.get(name.value())).toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND, name.value(), state.account.value()));
    }

    /** What a push does to the repository: the manifest's digest, with the tag moved onto it. */
    static Either<EcsError, Image> put(InMemoryState state, RepositoryName name, ImageTag tag, byte[] manifest, long size) {
        return repository(state, name).flatMap(r -> {
            ImageDigest digest = new ImageDigest("sha256:" + sha256(manifest));
            r.manifests.put(digest.value(), new String(manifest, StandardCharsets.UTF_8));
            Option<Image> tagged = List.ofAll(r.imagesByDigest.values()).find(i -> i.tags().contains(tag));
            if (tagged.isDefined() && !tagged.get().digest().equals(digest)) {
                if (r.repository.tagMutability() == TagMutability.IMMUTABLE) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMMUTABLE_TAG_NOT_OVERWRITTEN, tag.value(), name.value()));
                }
                Image old = tagged.get();
                r.imagesByDigest.put(old.digest().value(), new Image(old.repository(), old.digest(), old.tags().remove(tag),
                        old.sizeInBytes(), old.pushedAt(), old.manifestMediaType()));
            }
            Image existing = r.imagesByDigest.get(digest.value());
            Image image = existing == null
                    ? new Image(name, digest, List.of(tag), size, state.now(), Option.of(mediaType(manifest)))
                    : new Image(name, digest, existing.tags().remove(tag).append(tag), existing.sizeInBytes(),
                            existing.pushedAt(), existing.manifestMediaType());
            r.imagesByDigest.put(digest.value(), image);
            return Either.right(image);
        });
    }

    /** An image reference on this kit's own registry host: repository and tag (default latest) or digest. */
    record OwnImage(String repository, String tagOrDigest, boolean isDigest) {
    }

    /** The repository and tag or digest of {@code image} when it names this kit's own ECR host. */
    static Option<OwnImage> own(InMemoryState state, String image) {
        String host = ImageUri.ecrRegistry(state.account.value(), state.region.code()) + "/";
        if (!image.startsWith(host)) {
            return Option.none();
        }
        String rest = image.substring(host.length());
        int at = rest.indexOf('@');
        if (at >= 0) {
            return Option.of(new OwnImage(rest.substring(0, at), rest.substring(at + 1), true));
        }
        int colon = rest.lastIndexOf(':');
        return colon > rest.lastIndexOf('/')
                ? Option.of(new OwnImage(rest.substring(0, colon), rest.substring(colon + 1), false))
                : Option.of(new OwnImage(rest, "latest", false));
    }

    /**
     * Whether a task can pull {@code image} (rule imagePullable, docs/ecs-rules.md): an image on this
     * kit's own registry host ({@code <account>.dkr.ecr.<region>.amazonaws.com}) must be in its ECR,
     * its tag or digest pushed; every other registry is pullable unless a test scripts otherwise.
     */
    static boolean pullable(InMemoryState state, String image) {
        return own(state, image).forAll(ref -> {
            InMemoryState.RepositoryState repository = state.repositories.get(ref.repository());
            return repository != null && (ref.isDigest()
                    ? repository.imagesByDigest.containsKey(ref.tagOrDigest())
                    : repository.imagesByDigest.values().stream().anyMatch(i -> i.tags().exists(t -> t.value().equals(ref.tagOrDigest()))));
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
