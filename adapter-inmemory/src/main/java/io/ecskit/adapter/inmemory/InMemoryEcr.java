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
            Option<EcsError> invalid = invalidExclusions(spec.tagMutability(), spec.tagMutabilityExclusionFilters());
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
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
                state.now(), spec.encryption(), spec.tagMutabilityExclusionFilters());
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
            state.replications.keySet().removeIf(k -> k.startsWith(name.value() + "@"));
            return Either.right(r.repository);
        }));
    }

    @Override
    public Either<EcsError, Seq<Image>> images(RepositoryName name) {
        return state.call("DescribeImages", () -> {
            applyLifecyclePolicies(state);
            return repository(state, name).map(r -> List.ofAll(r.imagesByDigest.values()));
        });
    }

    @Override
    public Either<EcsError, RegistryAuthorization> authorization() {
        return state.call("GetAuthorizationToken", () -> Either.right(new RegistryAuthorization("AWS",
                // not from the kit's seeded IDs: a read must not change what later writes get (a restored state replays writes only)
                "in-memory-" + java.util.UUID.randomUUID().toString().replace("-", ""),
                URI.create("https://" + ImageUri.ecrRegistry(state.account.value(), state.region.code())),
                state.now().plus(TOKEN_LIFETIME))));
    }

    @Override
    public Either<EcsError, Boolean> mountLayer(RepositoryName name, RepositoryName from, ImageDigest layer) {
        return state.call("MountLayer", () -> repository(state, name).map(r -> {
            InMemoryState.RepositoryState source = state.repositories.get(from.value());
            boolean mountable = "ENABLED".equals(state.ecrAccountSettings.get("BLOB_MOUNTING")) && source != null && source != r
                    && source.repository.encryption().equals(r.repository.encryption())
                    && source.blobs.containsKey(layer.value())
                    // ECR mounts only a layer a manifest of the other repository references
                    && source.manifests.entrySet().stream().anyMatch(m -> Option.of(source.imagesByDigest.get(m.getKey())).forAll(Image::pullable)
                            && Manifests.descriptors(m.getValue()).exists(d -> d.digest().equals(layer.value())));
            if (mountable) {
                // the same bytes, shared (as the registry's storage shares a mounted layer)
                r.blobs.put(layer.value(), source.blobs.get(layer.value()));
            }
            return mountable;
        }));
    }

    // ---- replication ------------------------------------------------------------------------------------------------

    /** How long ecskit takes to replicate a push (AWS: "the majority of images replicate in less than 30 minutes"). */
    static final java.time.Duration REPLICATION_TIME = java.time.Duration.ofMinutes(1);
    /** How long a backfill prepares, and each of its replications. */
    static final java.time.Duration BACKFILL_PREPARATION = java.time.Duration.ofSeconds(30);
    static final java.time.Duration BACKFILL_STEP = java.time.Duration.ofSeconds(1);

    /** The destinations the registry's replication configuration names for a repository (its own Region never), distinct. */
    static List<io.ecskit.domain.ecr.ReplicationDestination> destinations(InMemoryState state, String repository) {
        if (state.replication == null) {
            return List.empty();
        }
        return List.ofAll(state.replication.rules())
                .filter(rule -> rule.repositoryFilters().isEmpty() || rule.repositoryFilters().exists(f -> repository.startsWith(f.filter())))
                .flatMap(io.ecskit.domain.ecr.ReplicationRule::destinations)
                .filter(d -> !(d.region().equals(state.region.code()) && d.registryId().equals(state.account.value())))
                .distinct();
    }

    /**
     * A push replicated to every destination the configuration names for its repository: COMPLETE after
     * {@link #REPLICATION_TIME}; a destination that is this account's Region in this process (a server's other Region)
     * receives the image then (its repository made with ECR's defaults if missing). Not chained: what arrives by
     * replication is not replicated again.
     */
    static void replicate(InMemoryState state, InMemoryState.RepositoryState r, Image image) {
        replicate(state, r, image, state.now());
    }

    /** A replication of {@code image} as pushed at {@code pushed}. */
    static void replicate(InMemoryState state, InMemoryState.RepositoryState r, Image image, java.time.Instant pushed) {
        List<io.ecskit.domain.ecr.ReplicationDestination> to = destinations(state, r.repository.name().value());
        if (to.isEmpty()) {
            return;
        }
        java.time.Instant due = pushed.plus(REPLICATION_TIME);
        java.util.Map<String, InMemoryState.Replica> statuses = state.replications.computeIfAbsent(
                r.repository.name().value() + "@" + image.digest().value(), k -> new java.util.LinkedHashMap<>());
        for (io.ecskit.domain.ecr.ReplicationDestination d : to) {
            boolean queued = send(state, r, image, d, due, () -> true);
            statuses.put(d.region() + "|" + d.registryId(), new InMemoryState.Replica(due, queued ? null : BACKLOG_FULL));
        }
    }

    /** At most this many replications wait for one Region of this process (a replication beyond that FAILS with {@link #BACKLOG_FULL}). */
    static final int MAX_INBOUND = 10_000;
    /** ecskit's failure code for a replication its destination Region could not take (AWS documents no codes). */
    static final String BACKLOG_FULL = "DESTINATION_BACKLOG_FULL";
    private static final java.util.concurrent.atomic.AtomicLong INBOUND_ORDER = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The image on its way to {@code d} when that is this account's Region in this process (an image index's images first);
     * false when that Region has {@link #MAX_INBOUND} replications waiting already.
     */
    private static boolean send(InMemoryState state, InMemoryState.RepositoryState r, Image image, io.ecskit.domain.ecr.ReplicationDestination d,
                                java.time.Instant due, java.util.function.BooleanSupplier wanted) {
        if (!d.registryId().equals(state.account.value())) {
            return true;
        }
        Option<InMemoryState> destination = state.iam.region(d.region()).filter(other -> other != state);
        if (destination.isEmpty()) {
            return true;
        }
        InMemoryState other = destination.get();
        String manifest = r.manifests.get(image.digest().value());
        if (manifest == null) {
            return true;
        }
        // an index's images travel with it (untagged), before it
        List<String> children = Manifests.descriptors(manifest).map(Manifests.Descriptor::digest).filter(r.manifests::containsKey);
        if (other.inbound.size() + children.size() + 1 > MAX_INBOUND) {
            return false;
        }
        for (String child : children.append(image.digest().value())) {
            String text = r.manifests.get(child);
            java.util.Map<String, byte[]> blobs = new java.util.HashMap<>();
            Manifests.descriptors(text).forEach(desc -> Option.of(r.blobs.get(desc.digest())).forEach(b -> blobs.put(desc.digest(), b)));
            boolean top = child.equals(image.digest().value());
            other.inbound.add(new InMemoryState.Inbound(due, INBOUND_ORDER.incrementAndGet(), r.repository.name().value(), text, blobs,
                    top ? image.tags() : List.empty(), top ? image.manifestMediaType().getOrElse(DOCKER_V2)
                            : Option.of(r.imagesByDigest.get(child)).flatMap(Image::manifestMediaType).getOrElse(DOCKER_V2), wanted));
        }
        return true;
    }

    /** What other Regions replicated here, due by {@code at}: each image lands in its repository (made with ECR's defaults if missing). */
    static void receive(InMemoryState state, java.time.Instant at) {
        for (InMemoryState.Inbound head = state.inbound.peek(); head != null && !head.due().isAfter(at); head = state.inbound.peek()) {
            InMemoryState.Inbound in = state.inbound.poll();
            if (in == null || !in.wanted().getAsBoolean()) {
                continue;   // (a stopped backfill's replications that had not started)
            }
            long incoming = in.blobs().values().stream().mapToLong(b -> b.length).sum();
            long held = state.repositories.values().stream().mapToLong(InMemoryState.RepositoryState::bytes).sum();
            if (held + incoming > MAX_REGISTRY_BYTES) {
                continue;   // the Region's registry is full (rule registryStorageLimit): the replica does not land
            }
            InMemoryState.RepositoryState r = state.repositories.get(in.repository());
            if (r == null) {
                store(state, RepositorySpec.named(new RepositoryName(in.repository())));
                r = state.repositories.get(in.repository());
            }
            r.blobs.putAll(in.blobs());
            byte[] bytes = in.manifest().getBytes(StandardCharsets.UTF_8);
            ImageDigest digest = new ImageDigest("sha256:" + sha256(bytes));
            r.manifests.put(digest.value(), in.manifest());
            Image existing = restored(state, r, r.imagesByDigest.get(digest.value()));
            List<ImageTag> tags = existing == null ? List.empty() : existing.tags();
            for (ImageTag tag : in.tags()) {
                Option<Image> holder = List.ofAll(r.imagesByDigest.values()).find(i -> i.tags().contains(tag) && !i.digest().equals(digest));
                if (holder.isDefined()) {
                    if (r.repository.tagImmutable(tag)) {
                        continue;   // an immutable tag at the destination is not moved: the image arrives without it
                    }
                    r.imagesByDigest.put(holder.get().digest().value(), holder.get().withTags(holder.get().tags().remove(tag)));
                }
                tags = tags.remove(tag).append(tag);
            }
            Image landed = existing == null ? new Image(r.repository.name(), digest, tags, layersSize(in.manifest()), in.due(), Option.of(in.mediaType()))
                    : existing.withTags(tags);
            r.imagesByDigest.put(digest.value(), landed);
            if (existing == null && r.repository.scanOnPush()) {
                r.scans.put(digest.value(), in.due());
            }
        }
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReplicationStatus>> imageReplicationStatus(RepositoryName name,
                                                                                                   io.ecskit.domain.ecr.ImageIdentifier id) {
        return state.call("DescribeImageReplicationStatus", () -> repository(state, applied(state, name)).flatMap(r -> scanned(r, id).map(image -> {
            java.time.Instant now = state.now();
            return List.ofAll(state.replications.getOrDefault(name.value() + "@" + image.digest().value(), java.util.Map.of()).entrySet())
                    .map(e -> {
                        String[] regionAndRegistry = e.getKey().split("\\|", 2);
                        InMemoryState.Replica replica = e.getValue();
                        return new io.ecskit.domain.ecr.ImageReplicationStatus(regionAndRegistry[0], regionAndRegistry[1],
                                replica.failureCode() != null ? "FAILED" : now.isBefore(replica.due()) ? "IN_PROGRESS" : "COMPLETE",
                                Option.of(replica.failureCode()));
                    });
        })));
    }

    /** A replication backfill: what it replicates (each image-and-tag, in order), when; stopped or not. */
    static final class Backfill {
        final String id;
        final io.ecskit.domain.ecr.ReplicationDestination destination;
        final java.time.Instant startedAt;
        /** Each replication: repository, the image, its tag (none for an untagged one). */
        final List<io.vavr.Tuple3<String, Image, Option<ImageTag>>> items;
        /** When it was stopped (read by the destination Region's thread). */
        volatile java.time.Instant stoppedAt;

        Backfill(String id, io.ecskit.domain.ecr.ReplicationDestination destination, java.time.Instant startedAt,
                 List<io.vavr.Tuple3<String, Image, Option<ImageTag>>> items) {
            this.id = id;
            this.destination = destination;
            this.startedAt = startedAt;
            this.items = items;
        }

        java.time.Instant prepared() {
            return startedAt.plus(BACKFILL_PREPARATION);
        }

        /** When replication {@code i} (0-based) is done. */
        java.time.Instant itemDone(int i) {
            return prepared().plus(BACKFILL_STEP.multipliedBy(i + 1L));
        }

        java.time.Instant end() {
            return items.isEmpty() ? prepared() : itemDone(items.size() - 1);
        }

        /** The replications done by {@code at}. */
        int done(java.time.Instant at) {
            java.time.Instant until = stoppedAt != null && stoppedAt.isBefore(at) ? stoppedAt : at;
            if (until.isBefore(prepared())) {
                return 0;
            }
            long elapsed = java.time.Duration.between(prepared(), until).toNanos();
            long step = BACKFILL_STEP.toNanos();
            int finished = (int) Math.min(items.size(), elapsed / step);
            // one stopped in flight finishes
            return stoppedAt != null && !stoppedAt.isBefore(prepared()) ? Math.min(items.size(), finished + (elapsed % step == 0 ? 0 : 1)) : finished;
        }

        /** When a stop in flight ends (the replication under way finishes). */
        java.time.Instant stopEnd() {
            if (stoppedAt.isBefore(prepared())) {
                return stoppedAt;
            }
            int finished = done(stoppedAt);
            return finished == 0 ? stoppedAt : itemDone(finished - 1).isAfter(stoppedAt) ? itemDone(finished - 1) : stoppedAt;
        }

        io.ecskit.domain.ecr.ReplicationBackfill at(java.time.Instant now) {
            String status;
            Option<java.time.Instant> ended = Option.none();
            if (stoppedAt != null) {
                java.time.Instant stopEnd = stopEnd();
                status = now.isBefore(stopEnd) ? "STOPPING" : "STOPPED";
                ended = now.isBefore(stopEnd) ? Option.none() : Option.of(stopEnd);
            } else if (now.isBefore(prepared())) {
                status = "PREPARING";
            } else if (now.isBefore(end())) {
                status = "IN_PROGRESS";
            } else {
                status = "COMPLETE";
                ended = Option.of(end());
            }
            boolean prepared = !(stoppedAt != null ? stoppedAt : now).isBefore(prepared());
            Option<io.ecskit.domain.ecr.ReplicationBackfillProgress> progress = prepared
                    ? Option.of(new io.ecskit.domain.ecr.ReplicationBackfillProgress(items.size(), done(now), 0, List.empty())) : Option.none();
            return new io.ecskit.domain.ecr.ReplicationBackfill(id, destination, status, Option.none(), progress, startedAt, ended);
        }

        boolean inProgress(java.time.Instant now) {
            String status = at(now).status();
            return status.equals("PREPARING") || status.equals("IN_PROGRESS") || status.equals("STOPPING");
        }
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> startReplicationBackfill(io.ecskit.domain.ecr.ReplicationDestination destination) {
        return state.call("StartReplicationBackfill", () -> {
            java.time.Instant now = state.now();
            state.backfills.values().removeIf(b -> expired(b.at(now), now));
            boolean configured = state.replication != null && List.ofAll(state.replication.rules())
                    .exists(rule -> rule.destinations().contains(destination));
            if (!configured) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.BACKFILL_DESTINATION_CONFIGURED, destination.region(), destination.registryId()));
            }
            List<Backfill> running = List.ofAll(state.backfills.values()).filter(b -> b.inProgress(now));
            if (running.exists(b -> b.destination.region().equals(destination.region()))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.BACKFILL_ONE_PER_REGION, destination.region()));
            }
            if (running.size() >= 10) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.BACKFILL_LIMIT));
            }
            applyLifecyclePolicies(state);
            // what the configuration selects for this destination: every active image, one replication per tag
            List<io.vavr.Tuple3<String, Image, Option<ImageTag>>> items = List.ofAll(state.repositories.values())
                    .filter(r -> destinations(state, r.repository.name().value()).contains(destination))
                    .flatMap(r -> List.ofAll(r.imagesByDigest.values()).filter(Image::pullable)
                            .flatMap(i -> i.tags().isEmpty() ? List.of(io.vavr.Tuple.of(r.repository.name().value(), i, Option.<ImageTag>none()))
                                    : i.tags().map(t -> io.vavr.Tuple.of(r.repository.name().value(), i, Option.of(t)))));
            String id = state.newSeededUuid();
            Backfill backfill = new Backfill(id, destination, now, items);
            state.backfills.put(id, backfill);
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                InMemoryState.RepositoryState r = state.repositories.get(item._1);
                java.time.Instant due = backfill.itemDone(i);
                Image one = item._3.isDefined() ? item._2.withTags(List.of(item._3.get())) : item._2.withTags(List.empty());
                if (!send(state, r, one, destination, due, () -> backfill.stoppedAt == null || !due.isAfter(backfill.stopEnd()))) {
                    break;  // the destination Region's backlog is full: the rest does not go
                }
            }
            return Either.right(backfill.at(now));
        });
    }

    private static boolean expired(io.ecskit.domain.ecr.ReplicationBackfill b, java.time.Instant now) {
        return b.endedAt().exists(e -> e.plus(java.time.Duration.ofDays(90)).isBefore(now));
    }

    private Either<EcsError, Backfill> backfill(String id) {
        return Option.of(state.backfills.get(id)).filter(b -> !expired(b.at(state.now()), state.now())).toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.BACKFILL_FOUND, id, state.account.value()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> stopReplicationBackfill(String id) {
        return state.call("StopReplicationBackfill", () -> backfill(id).flatMap(b -> {
            java.time.Instant now = state.now();
            String status = b.at(now).status();
            if (!status.equals("PREPARING") && !status.equals("IN_PROGRESS")) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.BACKFILL_STOPPABLE, id, status));
            }
            b.stoppedAt = now;
            return Either.right(b.at(now));
        }));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ReplicationBackfill>> replicationBackfills() {
        return state.call("ListReplicationBackfills", () -> {
            java.time.Instant now = state.now();
            // an ended backfill is listed for 90 days (forgotten by the next StartReplicationBackfill: a read changes nothing)
            return Either.right(List.ofAll(state.backfills.values()).reverse().map(b -> b.at(now)).filter(b -> !expired(b, now)));
        });
    }

    @Override
    public Either<EcsError, io.vavr.Tuple2<io.ecskit.domain.ecr.ReplicationBackfill, Seq<io.ecskit.domain.ecr.ReplicationBackfillResult>>>
            replicationBackfillResults(String id, Option<String> resultStatus) {
        return state.call("DescribeReplicationBackfillResults", () -> backfill(id).map(b -> {
            io.ecskit.domain.ecr.ReplicationBackfill now = b.at(state.now());
            boolean terminal = now.endedAt().isDefined();
            // per-image results once it reached a terminal status: the replications done, COMPLETE
            Seq<io.ecskit.domain.ecr.ReplicationBackfillResult> results = !terminal ? List.empty() : b.items.take(b.done(state.now()))
                    .map(item -> new io.ecskit.domain.ecr.ReplicationBackfillResult(new RepositoryName(item._1),
                            new io.ecskit.domain.ecr.ImageIdentifier(Option.of(item._2.digest()), item._3), "COMPLETE", Option.none(), List.empty()))
                    .filter(res -> resultStatus.forAll(res.status()::equals));
            return io.vavr.Tuple.of(now, results);
        }));
    }

    /** How long ECR takes to restore an archived image ("within 20 minutes", ECR user guide, restoring an image). */
    static final java.time.Duration RESTORE_TIME = java.time.Duration.ofMinutes(20);

    /**
     * A push of an archived (or activating) image's manifest: the image is restored at once, as a new push would be
     * (ECR user guide: re-pushing restores it); its earlier scans are gone. Null or an active image comes back as it is.
     */
    private static Image restored(InMemoryState state, InMemoryState.RepositoryState r, Image image) {
        if (image == null || image.pullable()) {
            return image;
        }
        Image active = image.activated(state.now());
        r.imagesByDigest.put(image.digest().value(), active);
        r.scans.remove(image.digest().value());
        if (r.repository.scanOnPush()) {
            r.scans.put(image.digest().value(), state.now());
        }
        state.restoresDue.remove(r.repository.name() + "@" + image.digest().value());
        return active;
    }

    @Override
    public Either<EcsError, Image> updateImageStorageClass(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier id, String targetStorageClass) {
        return state.call("UpdateImageStorageClass", () -> repository(state, applied(state, name)).flatMap(r -> {
            Option<Image> found = find(r, id);
            if (found.isEmpty()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ID_FOUND, id.describe(), name.value(), state.account.value()));
            }
            Image image = found.get();
            java.time.Instant now = state.now();
            Image changed;
            if (targetStorageClass.equals("ARCHIVE") && image.status() == io.ecskit.domain.ecr.ImageStatus.ACTIVE) {
                changed = image.archived(now);
            } else if (targetStorageClass.equals("STANDARD") && image.status() == io.ecskit.domain.ecr.ImageStatus.ARCHIVED) {
                changed = image.activating();
                state.restoresDue.put(name.value() + "@" + image.digest().value(), now.plus(RESTORE_TIME));
                // a restored image replicates as a push would, decided now (a journaled call), due when it is active again
                replicate(state, r, image, now.plus(RESTORE_TIME));
            } else {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_STORAGE_CLASS_UPDATE, targetStorageClass, image.status().wire()));
            }
            r.imagesByDigest.put(image.digest().value(), changed);
            return Either.right(changed);
        }));
    }

    /** Restores due by {@code at} complete: the images are ACTIVE again, as if pushed (their earlier scans gone; scan on push scans them). */
    static void restoresDone(InMemoryState state, java.time.Instant at) {
        for (var due : List.ofAll(state.restoresDue.entrySet())) {
            if (due.getValue().isAfter(at)) {
                continue;
            }
            state.restoresDue.remove(due.getKey());
            String[] repoAndDigest = due.getKey().split("@", 2);
            InMemoryState.RepositoryState r = state.repositories.get(repoAndDigest[0]);
            Image image = r == null ? null : r.imagesByDigest.get(repoAndDigest[1]);
            if (image != null && image.status() == io.ecskit.domain.ecr.ImageStatus.ACTIVATING) {
                r.imagesByDigest.put(image.digest().value(), image.activated(due.getValue()));
                r.scans.remove(image.digest().value());
                if (r.repository.scanOnPush()) {
                    r.scans.put(image.digest().value(), due.getValue());
                }
            }
        }
    }

    /** The authorization token as ECR hands it out: base64 of {@code AWS:<password>}. */
    static String token(RegistryAuthorization auth) {
        return Base64.getEncoder().encodeToString((auth.username() + ":" + auth.password()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus,
                                                                                  Option<String> imageStatus) {
        return state.call("ListImages", () -> repository(state, applied(state, name)).map(r -> List.ofAll(r.imagesByDigest.values())
                .filter(i -> i.listedBy(imageStatus))
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
                    r.imagesByDigest.put(image.digest().value(), image.withTags(image.tags().remove(id.imageTag().get())));
                    deleted = deleted.append(new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), id.imageTag()));
                } else {
                    r.imagesByDigest.remove(image.digest().value());
                    state.replications.remove(name.value() + "@" + image.digest().value());
                    String manifest = r.manifests.remove(image.digest().value());
                    if (manifest != null) {
                        collectBlobs(r, manifest);
                    }
                    deleted = image.tags().isEmpty() ? deleted.append(io.ecskit.domain.ecr.ImageIdentifier.digest(image.digest()))
                            : deleted.appendAll(image.tags().map(t -> new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), Option.of(t))));
                }
            }
            return new io.ecskit.domain.ecr.ImageDeletion(deleted, failures);
        }));
    }

    @Override
    public Either<EcsError, Repository> putTagMutability(RepositoryName name, TagMutability mutability, List<String> exclusionFilters) {
        return state.call("PutImageTagMutability", () -> {
            Option<EcsError> invalid = invalidExclusions(mutability, exclusionFilters);
            return invalid.isDefined() ? Either.left(invalid.get()) : repository(state, name).map(r -> {
                r.repository = r.repository.with(mutability, exclusionFilters, r.repository.scanOnPush());
                return r.repository;
            });
        });
    }

    /** Why exclusion filters do not go with a mutability setting (rule tagMutabilityExclusionFilters), if they do not. */
    static Option<EcsError> invalidExclusions(TagMutability mutability, List<String> filters) {
        Option<String> problem = mutability.withExclusions() && filters.isEmpty()
                ? Option.of("ImageTagMutabilityExclusionFilters can't be null when imageTagMutability is set as " + mutability)
                : !mutability.withExclusions() && !filters.isEmpty()
                ? Option.of("ImageTagMutabilityExclusionFilters can only be given when imageTagMutability is set as "
                        + "IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION, not " + mutability)
                : filters.size() > 5 ? Option.of("Member must have length less than or equal to 5")
                : filters.find(f -> !f.matches("[a-zA-Z0-9._*-]{1,128}")).map(f -> "filter '" + f
                        + "' must be 1 to 128 letters, digits, '.', '_', '-' and '*' wildcards");
        return problem.map(p -> EcsError.of(io.ecskit.domain.EcsRule.TAG_MUTABILITY_EXCLUSION_FILTERS, p));
    }

    @Override
    public Either<EcsError, Image> putImage(RepositoryName name, String manifest, Option<ImageTag> tag, Option<ImageDigest> digest) {
        return state.call("PutImage", () -> repository(state, applied(state, name)).flatMap(r -> {
            byte[] bytes = manifest.getBytes(StandardCharsets.UTF_8);
            ImageDigest computed = new ImageDigest("sha256:" + sha256(bytes));
            if (digest.exists(d -> !d.equals(computed))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_DIGEST_MATCHES, digest.get().value(), computed.value()));
            }
            Option<EcsError> missing = referencesMissing(r, manifest);
            if (missing.isDefined()) {
                return Either.left(missing.get());
            }
            Image before = r.imagesByDigest.get(computed.value());
            Image existing = restored(state, r, before);
            if (existing != null && existing == before && (tag.isEmpty() ? existing.tags().isEmpty() : existing.tags().contains(tag.get()))) {
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
            replicate(state, r, untagged);
            return Either.right(untagged);
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageBatch> getImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images) {
        return state.call("BatchGetImage", () -> repository(state, applied(state, name)).map(r -> {
            List<io.ecskit.domain.ecr.ImageManifest> found = List.empty();
            List<io.ecskit.domain.ecr.ImageFailure> failures = List.empty();
            for (io.ecskit.domain.ecr.ImageIdentifier id : images) {
                // an archived (or activating) image cannot be pulled: ECR answers it as not found (a pull gets a 404)
                Option<Image> image = find(r, id).filter(Image::pullable);
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

    @Override
    public Either<EcsError, Seq<Repository>> repositories() {
        return state.call("DescribeRepositories", () -> Either.right(List.ofAll(state.repositories.values()).map(r -> r.repository)));
    }

    /** The most a policy document may hold (the SDK's model: policyText 0..10240). */
    private static final int MAX_POLICY = 10_240;

    private static final com.fasterxml.jackson.databind.ObjectMapper POLICY_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Whether {@code text} is a policy document as ECR takes one (rule policyTextValid): a JSON object whose
     * {@code Statement} is a statement or a non-empty list of them, each with an Effect; at most 10,240 characters.
     */
    private static Option<EcsError> invalidPolicy(String text, String kind) {
        boolean valid;
        try {
            var root = text == null || text.length() > MAX_POLICY ? null : POLICY_JSON.readTree(text);
            var statement = root == null || !root.isObject() ? null : root.get("Statement");
            var statements = statement == null ? List.<com.fasterxml.jackson.databind.JsonNode>empty()
                    : statement.isArray() ? List.ofAll(statement::elements) : List.of(statement);
            valid = !statements.isEmpty() && statements.forAll(st -> st.isObject() && st.path("Effect").isTextual());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            valid = false;
        }
        return valid ? Option.none() : Option.of(EcsError.of(io.ecskit.domain.EcsRule.POLICY_TEXT_VALID, kind));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> setPolicy(RepositoryName name, String policyText) {
        return state.call("SetRepositoryPolicy", () -> repository(state, name).flatMap(r -> {
            Option<EcsError> invalid = invalidPolicy(policyText, "repository");
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            r.policy = policyText;
            return Either.right(new io.ecskit.domain.ecr.RepositoryPolicy(state.account.value(), name, policyText));
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> policy(RepositoryName name) {
        return state.call("GetRepositoryPolicy", () -> repository(state, name).flatMap(r -> r.policy == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_POLICY_FOUND, name.value(), state.account.value()))
                : Either.right(new io.ecskit.domain.ecr.RepositoryPolicy(state.account.value(), name, r.policy))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> deletePolicy(RepositoryName name) {
        return state.call("DeleteRepositoryPolicy", () -> repository(state, name).flatMap(r -> {
            if (r.policy == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_POLICY_FOUND, name.value(), state.account.value()));
            }
            var deleted = new io.ecskit.domain.ecr.RepositoryPolicy(state.account.value(), name, r.policy);
            r.policy = null;
            return Either.right(deleted);
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> putRegistryPolicy(String policyText) {
        return state.call("PutRegistryPolicy", () -> {
            Option<EcsError> invalid = invalidPolicy(policyText, "registry");
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            state.registryPolicy = policyText;
            return Either.right(new io.ecskit.domain.ecr.RegistryPolicy(state.account.value(), policyText));
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> registryPolicy() {
        return state.call("GetRegistryPolicy", () -> state.registryPolicy == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.REGISTRY_POLICY_FOUND, state.account.value()))
                : Either.right(new io.ecskit.domain.ecr.RegistryPolicy(state.account.value(), state.registryPolicy)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> deleteRegistryPolicy() {
        return state.call("DeleteRegistryPolicy", () -> {
            if (state.registryPolicy == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REGISTRY_POLICY_FOUND, state.account.value()));
            }
            var deleted = new io.ecskit.domain.ecr.RegistryPolicy(state.account.value(), state.registryPolicy);
            state.registryPolicy = null;
            return Either.right(deleted);
        });
    }

    /** The repository an ECR ARN names ({@code arn:aws:ecr:<region>:<account>:repository/<name>}), rules ecrResourceArnValid and repositoryFound. */
    private Either<EcsError, InMemoryState.RepositoryState> byArn(String arn) {
        String prefix = "arn:aws:ecr:" + state.region.code() + ":" + state.account.value() + ":repository/";
        if (arn == null || !arn.startsWith(prefix)) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.ECR_RESOURCE_ARN_VALID));
        }
        return RepositoryName.parse(arn.substring(prefix.length()))
                .mapLeft(v -> EcsError.of(io.ecskit.domain.EcsRule.ECR_RESOURCE_ARN_VALID))
                .flatMap(name -> repository(state, name));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(String repositoryArn) {
        return state.call("ListTagsForResource", () -> byArn(repositoryArn).map(r ->
                List.ofAll(r.tags.entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> tag(String repositoryArn, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> byArn(repositoryArn).flatMap(r -> tag(r, tags)));
    }

    /** Tags a repository as TagResource and CreateRepository do (rules ecrTagFormat, ecrTagsAtMostFifty): all or none. */
    static Either<EcsError, io.ecskit.domain.Done> tag(InMemoryState.RepositoryState r, Seq<io.ecskit.domain.Tag> tags) {
        return Tagging.merge(r.tags, tags, EcsError.of(io.ecskit.domain.EcsRule.ECR_TAG_FORMAT),
                EcsError.of(io.ecskit.domain.EcsRule.ECR_TAGS_AT_MOST_FIFTY));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> untag(String repositoryArn, Seq<String> keys) {
        return state.call("UntagResource", () -> byArn(repositoryArn).map(r -> {
            keys.forEach(r.tags::remove);
            return io.ecskit.domain.Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> putLifecyclePolicy(RepositoryName name, String policyText) {
        return state.call("PutLifecyclePolicy", () -> repository(state, name).flatMap(r -> Lifecycle.parse(policyText).map(rules -> {
            r.lifecyclePolicy = policyText;
            r.lifecyclePolicySetAt = state.now();
            r.lifecycleEvaluatedAt = null;
            return lifecyclePolicy(r);
        })));
    }

    private io.ecskit.domain.ecr.LifecyclePolicy lifecyclePolicy(InMemoryState.RepositoryState r) {
        return new io.ecskit.domain.ecr.LifecyclePolicy(state.account.value(), r.repository.name(), r.lifecyclePolicy,
                Option.of(r.lifecycleEvaluatedAt));
    }

    private Either<EcsError, InMemoryState.RepositoryState> withLifecyclePolicy(RepositoryName name) {
        return repository(state, name).flatMap(r -> r.lifecyclePolicy == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.LIFECYCLE_POLICY_FOUND, name.value(), state.account.value()))
                : Either.right(r));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> lifecyclePolicy(RepositoryName name) {
        return state.call("GetLifecyclePolicy", () -> {
            applyLifecyclePolicies(state);
            return withLifecyclePolicy(name).map(this::lifecyclePolicy);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> deleteLifecyclePolicy(RepositoryName name) {
        return state.call("DeleteLifecyclePolicy", () -> withLifecyclePolicy(name).map(r -> {
            var deleted = lifecyclePolicy(r);
            r.lifecyclePolicy = null;
            r.lifecyclePolicySetAt = null;
            r.lifecycleEvaluatedAt = null;
            return deleted;
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> startLifecyclePolicyPreview(RepositoryName name, Option<String> policyText) {
        return state.call("StartLifecyclePolicyPreview", () -> {
            applyLifecyclePolicies(state);
            Either<EcsError, InMemoryState.RepositoryState> repository = policyText.isDefined() ? repository(state, name) : withLifecyclePolicy(name);
            return repository.flatMap(r -> {
                String text = policyText.getOrElse(r.lifecyclePolicy);
                return Lifecycle.parse(text).map(rules -> {
                    var expiring = Lifecycle.expiring(rules, List.ofAll(r.imagesByDigest.values()).filter(Image::pullable), state.now());
                    var results = List.ofAll(expiring.entrySet()).map(e -> new io.ecskit.domain.ecr.LifecyclePolicyPreview.Result(
                            e.getKey().digest(), e.getKey().tags(), e.getKey().pushedAt(), e.getValue()));
                    // ECR answers the dry run IN_PROGRESS; it is COMPLETE when next asked for
                    r.lifecyclePreview = new io.ecskit.domain.ecr.LifecyclePolicyPreview(state.account.value(), name, text, "COMPLETE",
                            results, results.size());
                    return new io.ecskit.domain.ecr.LifecyclePolicyPreview(state.account.value(), name, text, "IN_PROGRESS",
                            List.empty(), 0);
                });
            });
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> lifecyclePolicyPreview(RepositoryName name) {
        return state.call("GetLifecyclePolicyPreview", () -> repository(state, name).flatMap(r -> r.lifecyclePreview == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.LIFECYCLE_PREVIEW_FOUND))
                : Either.right(r.lifecyclePreview)));
    }

    /**
     * Applies every lifecycle policy that is due by the clock: 24 hours after it was put and daily after that (ECR:
     * "within 24 hours"). Applied lazily, before any ECR call and any pull reads the repository, at the last due instant
     * (the same images go as had it run on each day, since nothing changed the repository in between): what it selects
     * is expired, manifests and tags with it, so later pulls of it fail.
     */
    static void applyLifecyclePolicies(InMemoryState state) {
        java.time.Instant now = state.now();
        for (InMemoryState.RepositoryState r : state.repositories.values()) {
            if (r.lifecyclePolicy == null) {
                continue;
            }
            java.time.Instant base = r.lifecycleEvaluatedAt != null ? r.lifecycleEvaluatedAt : r.lifecyclePolicySetAt;
            long periods = java.time.Duration.between(base, now).toSeconds() / Lifecycle.EVALUATION_INTERVAL.toSeconds();
            if (periods < 1) {
                continue;
            }
            java.time.Instant at = base.plus(Lifecycle.EVALUATION_INTERVAL.multipliedBy(periods));
            // the rules ecskit takes select the standard storage class: archived images are neither counted nor expired
            Lifecycle.parse(r.lifecyclePolicy).forEach(rules -> Lifecycle.expiring(rules, List.ofAll(r.imagesByDigest.values())
                            .filter(Image::pullable), at)
                    .keySet().forEach(image -> {
                        r.imagesByDigest.remove(image.digest().value());
                        state.replications.remove(r.repository.name().value() + "@" + image.digest().value());
                        String manifest = r.manifests.remove(image.digest().value());
                        if (manifest != null) {
                            collectBlobs(r, manifest);
                        }
                    }));
            r.lifecycleEvaluatedAt = at;
        }
    }

    /** How long a basic scan takes on the clock (ECR: usually within minutes; ecskit: 30 seconds). */
    static final Duration SCAN_TIME = Duration.ofSeconds(30);

    @Override
    public Either<EcsError, Repository> putScanOnPush(RepositoryName name, boolean scanOnPush) {
        return state.call("PutImageScanningConfiguration", () -> repository(state, name).map(r -> {
            r.repository = r.repository.with(r.repository.tagMutability(), r.repository.tagMutabilityExclusionFilters(), scanOnPush);
            return r.repository;
        }));
    }

    /** The image an identifier names, or ECR's ImageNotFoundException for scans (rule scanImageFound). */
    private Either<EcsError, Image> scanned(InMemoryState.RepositoryState r, io.ecskit.domain.ecr.ImageIdentifier id) {
        return find(r, id).toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ID_FOUND, id.describe(), r.repository.name().value(),
                state.account.value()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageScan> startImageScan(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier id) {
        return state.call("StartImageScan", () -> repository(state, applied(state, name)).flatMap(r -> scanned(r, id).flatMap(image -> {
            if (!image.pullable()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ARCHIVED_NOT_SCANNED));
            }
            java.time.Instant last = r.scans.get(image.digest().value());
            if (last != null && state.now().isBefore(last.plus(Duration.ofDays(1)))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_SCAN_ONCE_PER_DAY));
            }
            r.scans.put(image.digest().value(), state.now());
            return Either.right(scan(r, image, id.imageTag()));
        })));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageScan> imageScanFindings(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier id) {
        return state.call("DescribeImageScanFindings", () -> repository(state, applied(state, name)).flatMap(r -> scanned(r, id).flatMap(image ->
                r.scans.containsKey(image.digest().value()) ? Either.right(scan(r, image, id.imageTag()))
                        : Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMAGE_SCAN_FOUND, id.describe(), name.value(), state.account.value())))));
    }

    /** The image's last scan as it stands on the clock. */
    private io.ecskit.domain.ecr.ImageScan scan(InMemoryState.RepositoryState r, Image image, Option<ImageTag> tag) {
        java.time.Instant done = r.scans.get(image.digest().value()).plus(SCAN_TIME);
        boolean complete = !state.now().isBefore(done);
        // what the test scripted for this image, by its digest or any of its tags (Simulator#scanFinding)
        String repo = r.repository.name().value();
        List<io.ecskit.domain.ecr.ImageScan.Finding> findings = complete ? List.ofAll(image.tags()).map(t -> repo + "|" + t.value())
                .prepend(repo + "|" + image.digest().value()).flatMap(k -> List.ofAll(state.scanFindings.getOrDefault(k, java.util.List.of())))
                .distinct() : List.empty();
        return new io.ecskit.domain.ecr.ImageScan(image.digest(), tag, complete ? "COMPLETE" : "IN_PROGRESS",
                complete ? "The scan was completed successfully." : "The scan is in progress.",
                complete ? Option.of(done) : Option.none(), findings);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationConfiguration> putReplicationConfiguration(
            io.ecskit.domain.ecr.ReplicationConfiguration configuration) {
        return state.call("PutReplicationConfiguration", () -> {
            var rules = configuration.rules();
            var destinations = rules.flatMap(io.ecskit.domain.ecr.ReplicationRule::destinations);
            Option<String> problem = rules.size() > 10 ? Option.of("Member must have length less than or equal to 10")
                    : destinations.distinct().size() > 25 ? Option.of("a replication configuration may name at most 25 unique destinations")
                    : rules.exists(r -> r.destinations().isEmpty()) ? Option.of("a rule must name at least one destination")
                    : rules.exists(r -> r.repositoryFilters().size() > 100) ? Option.of("a rule may have at most 100 repository filters")
                    : rules.exists(r -> r.deleteReplication().exists(d -> Boolean.TRUE.equals(d.enabled())))
                            ? Option.of("ecskit does not replicate deletions yet (deleteReplication enabled); leave it out or run against real AWS")
                    : destinations.find(d -> d.region().equals(state.region.code()) && d.registryId().equals(state.account.value()))
                            .map(d -> "a registry cannot replicate to its own region: " + d.region())
                    .orElse(() -> destinations.find(d -> !d.registryId().matches("\\d{12}")).map(d -> "registryId must be 12 digits, not " + d.registryId()));
            if (problem.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REPLICATION_CONFIGURATION_VALID, problem.get()));
            }
            state.replication = configuration;
            return Either.right(configuration);
        });
    }

    @Override
    public Either<EcsError, Option<io.ecskit.domain.ecr.ReplicationConfiguration>> replicationConfiguration() {
        return state.call("DescribeRegistry", () -> Either.right(Option.of(state.replication)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> putRegistryScanningConfiguration(
            io.ecskit.domain.ecr.RegistryScanningConfiguration configuration) {
        return state.call("PutRegistryScanningConfiguration", () -> {
            var stored = new io.ecskit.domain.ecr.RegistryScanningConfiguration(
                    Option.of(configuration.scanType().getOrElse(io.ecskit.domain.ecr.ScanType.BASIC)), configuration.rules());
            state.registryScanning = stored;
            return Either.right(stored);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> registryScanningConfiguration() {
        return state.call("GetRegistryScanningConfiguration", () -> Either.right(state.registryScanning != null ? state.registryScanning
                : new io.ecskit.domain.ecr.RegistryScanningConfiguration(Option.of(io.ecskit.domain.ecr.ScanType.BASIC), List.empty())));
    }

    /** The upstreams ECR authenticates to with a Secrets Manager credential (rule pullThroughCacheCredential). */
    private static final java.util.Set<io.ecskit.domain.ecr.UpstreamRegistry> NEEDS_CREDENTIAL = java.util.EnumSet.of(
            io.ecskit.domain.ecr.UpstreamRegistry.DOCKER_HUB, io.ecskit.domain.ecr.UpstreamRegistry.GITHUB_CONTAINER_REGISTRY,
            io.ecskit.domain.ecr.UpstreamRegistry.AZURE_CONTAINER_REGISTRY, io.ecskit.domain.ecr.UpstreamRegistry.GITLAB_CONTAINER_REGISTRY);

    private static Option<EcsError> credentialMissing(io.ecskit.domain.ecr.PullThroughCacheRule rule) {
        return rule.upstreamRegistry().filter(NEEDS_CREDENTIAL::contains).filter(u -> rule.credentialArn().isEmpty())
                .map(u -> EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_CREDENTIAL, u.wire()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> createPullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule) {
        return state.call("CreatePullThroughCacheRule", () -> {
            String prefix = rule.ecrRepositoryPrefix().getOrElse("");
            if (state.pullThroughCacheRules.containsKey(prefix)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_RULE_UNIQUE));
            }
            Option<EcsError> missing = credentialMissing(rule);
            if (missing.isDefined()) {
                return Either.left(missing.get());
            }
            var stored = rule.toBuilder().registryId(state.account.value()).createdAt(state.now()).updatedAt(state.now()).build();
            state.pullThroughCacheRules.put(prefix, stored);
            return Either.right(stored);
        });
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.PullThroughCacheRule>> pullThroughCacheRules(Seq<String> prefixes) {
        return state.call("DescribePullThroughCacheRules", () -> {
            if (prefixes.isEmpty()) {
                return Either.right(List.ofAll(state.pullThroughCacheRules.values()));
            }
            if (prefixes.exists(p -> !state.pullThroughCacheRules.containsKey(p))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_RULE_FOUND));
            }
            return Either.right(prefixes.map(state.pullThroughCacheRules::get));
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> updatePullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule) {
        return state.call("UpdatePullThroughCacheRule", () -> {
            var existing = state.pullThroughCacheRules.get(rule.ecrRepositoryPrefix().getOrElse(""));
            if (existing == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_RULE_FOUND));
            }
            var updated = existing.toBuilder().credentialArn(rule.credentialArn().orElse(existing.credentialArn()))
                    .customRoleArn(rule.customRoleArn().orElse(existing.customRoleArn()))
                    .updatedAt(state.now()).build();
            Option<EcsError> missing = credentialMissing(updated);
            if (missing.isDefined()) {
                return Either.left(missing.get());
            }
            state.pullThroughCacheRules.put(existing.ecrRepositoryPrefix().getOrElse(""), updated);
            return Either.right(updated);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> deletePullThroughCacheRule(String ecrRepositoryPrefix) {
        return state.call("DeletePullThroughCacheRule", () -> Option.of(state.pullThroughCacheRules.remove(ecrRepositoryPrefix))
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_RULE_FOUND)));
    }

    private static final java.util.regex.Pattern TEMPLATE_PREFIX =
            java.util.regex.Pattern.compile("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*/?|ROOT)$");

    /** What CreateRepositoryCreationTemplate and its Update check: the prefix, and the policies it carries. */
    private static Option<EcsError> invalidTemplate(io.ecskit.domain.ecr.RepositoryCreationTemplate t) {
        String prefix = t.prefix().getOrElse("");
        if (prefix.length() > 256 || !TEMPLATE_PREFIX.matcher(prefix).matches()) {
            return Option.of(EcsError.of(io.ecskit.domain.EcsRule.CREATION_TEMPLATE_PREFIX));
        }
        return t.lifecyclePolicy().flatMap(l -> Lifecycle.parse(l).swap().toOption())
                .orElse(() -> t.repositoryPolicy().flatMap(p -> invalidPolicy(p, "repository")));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> createRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template) {
        return state.call("CreateRepositoryCreationTemplate", () -> {
            Option<EcsError> invalid = invalidTemplate(template);
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            String prefix = template.prefix().get();
            if (state.creationTemplates.containsKey(prefix)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CREATION_TEMPLATE_UNIQUE));
            }
            var stored = template.toBuilder().createdAt(state.now()).updatedAt(state.now())
                    .imageTagMutability(template.imageTagMutability().orElse(Option.of(io.ecskit.domain.ecr.ImageTagMutability.MUTABLE)))
                    .encryptionConfiguration(template.encryptionConfiguration().orElse(Option.of(
                            new io.ecskit.domain.ecr.EncryptionConfigurationForRepositoryCreationTemplate(io.ecskit.domain.ecr.EncryptionType.AES256,
                                    Option.none())))).build();
            state.creationTemplates.put(prefix, stored);
            return Either.right(stored);
        });
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.RepositoryCreationTemplate>> repositoryCreationTemplates(Seq<String> prefixes) {
        return state.call("DescribeRepositoryCreationTemplates", () -> {
            if (prefixes.isEmpty()) {
                return Either.right(List.ofAll(state.creationTemplates.values()));
            }
            if (prefixes.exists(p -> !state.creationTemplates.containsKey(p))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CREATION_TEMPLATE_FOUND));
            }
            return Either.right(prefixes.map(state.creationTemplates::get));
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> updateRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template) {
        return state.call("UpdateRepositoryCreationTemplate", () -> {
            var existing = state.creationTemplates.get(template.prefix().getOrElse(""));
            if (existing == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CREATION_TEMPLATE_FOUND));
            }
            var updated = existing.toBuilder().description(template.description().orElse(existing.description()))
                    .encryptionConfiguration(template.encryptionConfiguration().orElse(existing.encryptionConfiguration()))
                    .resourceTags(template.resourceTags().isEmpty() ? existing.resourceTags() : template.resourceTags())
                    .imageTagMutability(template.imageTagMutability().orElse(existing.imageTagMutability()))
                    .imageTagMutabilityExclusionFilters(template.imageTagMutabilityExclusionFilters().isEmpty()
                            ? existing.imageTagMutabilityExclusionFilters() : template.imageTagMutabilityExclusionFilters())
                    .repositoryPolicy(template.repositoryPolicy().orElse(existing.repositoryPolicy()))
                    .lifecyclePolicy(template.lifecyclePolicy().orElse(existing.lifecyclePolicy()))
                    .appliedFor(template.appliedFor().isEmpty() ? existing.appliedFor() : template.appliedFor())
                    .customRoleArn(template.customRoleArn().orElse(existing.customRoleArn()))
                    .updatedAt(state.now()).build();
            Option<EcsError> invalid = invalidTemplate(updated);
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            state.creationTemplates.put(existing.prefix().get(), updated);
            return Either.right(updated);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> deleteRepositoryCreationTemplate(String prefix) {
        return state.call("DeleteRepositoryCreationTemplate", () -> Option.of(state.creationTemplates.remove(prefix))
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.CREATION_TEMPLATE_FOUND)));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReferrer>> imageReferrers(RepositoryName name, ImageDigest subject,
                                                                                   Seq<String> artifactTypes) {
        return state.call("ListImageReferrers", () -> repository(state, applied(state, name)).map(r -> List.ofAll(r.manifests.entrySet())
                .filter(e -> Manifests.subject(e.getValue()).contains(subject.value()))
                .map(e -> {
                    String manifest = e.getValue();
                    String artifactType = Manifests.artifactType(manifest).getOrNull();
                    return new io.ecskit.domain.ecr.ImageReferrer(e.getKey(), mediaType(manifest.getBytes(StandardCharsets.UTF_8)),
                            Option.of(artifactType), (long) manifest.getBytes(StandardCharsets.UTF_8).length,
                            io.vavr.collection.LinkedHashMap.empty(), Option.of(io.ecskit.domain.ecr.ArtifactStatus.ACTIVE));
                })
                .filter(ref -> artifactTypes.isEmpty() || ref.artifactType().exists(artifactTypes::contains))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheValidation> validatePullThroughCacheRule(String ecrRepositoryPrefix) {
        return state.call("ValidatePullThroughCacheRule", () -> Option.of(state.pullThroughCacheRules.get(ecrRepositoryPrefix))
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.PULL_THROUGH_CACHE_RULE_FOUND))
                .map(rule -> {
                    Option<String> failure = credentialMissing(rule).map(EcsError::message);
                    return new io.ecskit.domain.ecr.PullThroughCacheValidation(rule, failure.isEmpty(), failure);
                }));
    }

    /** ECR's account settings, their values, and a new registry's defaults (AWS's docs: Clair is retired, V2 is current, mounting is opt-in). */
    private static final java.util.Map<String, java.util.List<String>> ACCOUNT_SETTINGS = java.util.Map.of(
            "BASIC_SCAN_TYPE_VERSION", java.util.List.of("AWS_NATIVE", "CLAIR"),
            "REGISTRY_POLICY_SCOPE", java.util.List.of("V2", "V1"),
            "BLOB_MOUNTING", java.util.List.of("DISABLED", "ENABLED"));

    @Override
    public Either<EcsError, String> accountSetting(String name) {
        return state.call("GetAccountSetting", () -> ACCOUNT_SETTINGS.containsKey(name)
                ? Either.right(state.ecrAccountSettings.getOrDefault(name, ACCOUNT_SETTINGS.get(name).get(0)))
                : Either.left(EcsError.of(io.ecskit.domain.EcsRule.ECR_ACCOUNT_SETTING_VALID, "name must be one of "
                        + new java.util.TreeSet<>(ACCOUNT_SETTINGS.keySet()) + ", not " + name)));
    }

    @Override
    public Either<EcsError, String> putAccountSetting(String name, String value) {
        return state.call("PutAccountSetting", () -> {
            if (!ACCOUNT_SETTINGS.containsKey(name)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.ECR_ACCOUNT_SETTING_VALID, "name must be one of "
                        + new java.util.TreeSet<>(ACCOUNT_SETTINGS.keySet()) + ", not " + name));
            }
            if (!ACCOUNT_SETTINGS.get(name).contains(value)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.ECR_ACCOUNT_SETTING_VALID, name + " takes "
                        + ACCOUNT_SETTINGS.get(name) + ", not " + value));
            }
            state.ecrAccountSettings.put(name, value);
            return Either.right(value);
        });
    }

    private static final java.util.regex.Pattern PRINCIPAL = java.util.regex.Pattern.compile(
            "^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$");

    @Override
    public Either<EcsError, java.time.Instant> registerPullTimeUpdateExclusion(String principalArn) {
        return state.call("RegisterPullTimeUpdateExclusion", () -> {
            if (principalArn == null || principalArn.length() > 200 || !PRINCIPAL.matcher(principalArn).matches()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_TIME_EXCLUSION_VALID,
                        "must be an IAM role or user ARN of at most 200 characters, not " + principalArn));
            }
            if (state.pullTimeExclusions.containsKey(principalArn)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_TIME_EXCLUSION_UNIQUE));
            }
            if (state.pullTimeExclusions.size() >= 100) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_TIME_EXCLUSION_VALID, "a registry has at most 100 exclusions"));
            }
            state.pullTimeExclusions.put(principalArn, state.now());
            return Either.right(state.now());
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> deregisterPullTimeUpdateExclusion(String principalArn) {
        return state.call("DeregisterPullTimeUpdateExclusion", () -> state.pullTimeExclusions.remove(principalArn) == null
                ? Either.left(EcsError.of(io.ecskit.domain.EcsRule.PULL_TIME_EXCLUSION_FOUND)) : Either.right(io.ecskit.domain.Done.DONE));
    }

    @Override
    public Either<EcsError, Seq<String>> pullTimeUpdateExclusions() {
        return state.call("ListPullTimeUpdateExclusions", () -> Either.right(List.ofAll(state.pullTimeExclusions.keySet())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> putSigningConfiguration(io.ecskit.domain.ecr.SigningConfiguration configuration) {
        return state.call("PutSigningConfiguration", () -> {
            state.signing = configuration;
            state.signingSince = state.now();
            return Either.right(configuration);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> signingConfiguration() {
        return state.call("GetSigningConfiguration", () -> Option.of(state.signing)
                .toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.SIGNING_CONFIGURATION_FOUND)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> deleteSigningConfiguration() {
        return state.call("DeleteSigningConfiguration", () -> {
            var deleted = Option.of(state.signing).toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.SIGNING_CONFIGURATION_FOUND));
            state.signing = null;
            state.signingSince = null;
            return deleted;
        });
    }

    /** How long a signing takes on the clock (ecskit's choice: as a basic scan). */
    static final Duration SIGNING_TIME = Duration.ofSeconds(30);

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageSigningStatus>> imageSigningStatus(RepositoryName name,
                                                                                            io.ecskit.domain.ecr.ImageIdentifier id) {
        return state.call("DescribeImageSigningStatus", () -> repository(state, applied(state, name)).flatMap(r -> scanned(r, id).map(image -> {
            if (state.signing == null || image.pushedAt().isBefore(state.signingSince)) {
                return List.<io.ecskit.domain.ecr.ImageSigningStatus>empty();
            }
            boolean done = !state.now().isBefore(image.pushedAt().plus(SIGNING_TIME));
            return List.ofAll(state.signing.rules())
                    .filter(rule -> rule.repositoryFilters().isEmpty() || rule.repositoryFilters().exists(f -> io.ecskit.domain.Wildcards.matches(f.filter(), name.value())))
                    .map(rule -> io.ecskit.domain.ecr.ImageSigningStatus.builder().signingProfileArn(rule.signingProfileArn())
                            .status(done ? io.ecskit.domain.ecr.SigningStatus.COMPLETE : io.ecskit.domain.ecr.SigningStatus.IN_PROGRESS).build());
        })));
    }

    /** What InitiateLayerUpload asks parts to weigh: 10 MiB, as the AWS CLI's recorded answer shows. */
    static final long PART_SIZE = 10_485_760L;

    /**
     * The layer bytes a region's registry holds at most (rule registryStorageLimit): a quarter of the heap, or
     * {@code -Decskit.registry.maxBytes}.
     */
    static final long MAX_REGISTRY_BYTES = Long.getLong("ecskit.registry.maxBytes", Runtime.getRuntime().maxMemory() / 4);

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerUpload> initiateLayerUpload(RepositoryName name) {
        return state.call("InitiateLayerUpload", () -> repository(state, name).map(r -> {
            // from the kit's own random: a seeded kit makes the same upload ids (a restored state file)
            String id = new java.util.UUID(state.random.nextLong() & ~0xF000L | 0x4000L,
                    state.random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
            r.uploads.put(id, new java.io.ByteArrayOutputStream());
            return new io.ecskit.domain.ecr.LayerUpload(id, PART_SIZE);
        }));
    }

    @Override
    public Either<EcsError, Long> uploadLayerPart(RepositoryName name, String uploadId, long partFirstByte, long partLastByte, byte[] part) {
        return state.call("UploadLayerPart", () -> repository(state, name).flatMap(r -> {
            java.io.ByteArrayOutputStream upload = r.uploads.get(uploadId);
            if (upload == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_UPLOAD_FOUND));
            }
            long last = upload.size() - 1L;
            if (partFirstByte != upload.size() || partLastByte - partFirstByte + 1 != part.length || part.length == 0) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_PART_CONSECUTIVE, last));
            }
            long total = registryBytes() + part.length;
            if (total > MAX_REGISTRY_BYTES) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.REGISTRY_STORAGE_LIMIT, MAX_REGISTRY_BYTES, total));
            }
            upload.writeBytes(part);
            return Either.right(partLastByte);
        }));
    }

    private long registryBytes() {
        return state.repositories.values().stream().mapToLong(InMemoryState.RepositoryState::bytes).sum();
    }

    @Override
    public Either<EcsError, ImageDigest> completeLayerUpload(RepositoryName name, String uploadId, ImageDigest layerDigest) {
        return state.call("CompleteLayerUpload", () -> repository(state, name).flatMap(r -> {
            java.io.ByteArrayOutputStream upload = r.uploads.get(uploadId);
            if (upload == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_UPLOAD_FOUND));
            }
            if (upload.size() == 0) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_UPLOAD_NOT_EMPTY));
            }
            byte[] bytes = upload.toByteArray();
            // a completion ends the upload, refused or not: its bytes are not kept against the registry's limit
            r.uploads.remove(uploadId);
            if (!layerDigest.value().equals("sha256:" + sha256(bytes))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_DIGEST_MATCHES));
            }
            if (r.blobs.containsKey(layerDigest.value())) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_NEW));
            }
            r.blobs.put(layerDigest.value(), bytes);
            return Either.right(layerDigest);
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerCheck> checkLayerAvailability(RepositoryName name, Seq<String> layerDigests) {
        return state.call("BatchCheckLayerAvailability", () -> repository(state, name).map(r -> {
            List<io.ecskit.domain.ecr.Layer> layers = List.empty();
            List<io.ecskit.domain.ecr.LayerFailure> failures = List.empty();
            for (String digest : layerDigests) {
                if (ImageDigest.parse(digest).isLeft()) {
                    failures = failures.append(io.ecskit.domain.ecr.LayerFailure.invalid(digest));
                } else if (!r.blobs.containsKey(digest)) {
                    failures = failures.append(io.ecskit.domain.ecr.LayerFailure.missing(digest));
                } else {
                    layers = layers.append(new io.ecskit.domain.ecr.Layer(new ImageDigest(digest), "AVAILABLE", r.blobs.get(digest).length,
                            List.ofAll(r.manifests.values()).flatMap(m -> Manifests.descriptors(m)).find(d -> d.digest().equals(digest))
                                    .map(Manifests.Descriptor::mediaType)));
                }
            }
            return new io.ecskit.domain.ecr.LayerCheck(layers, failures);
        }));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerContent> downloadLayer(RepositoryName name, ImageDigest layerDigest) {
        return state.call("GetDownloadUrlForLayer", () -> repository(state, name).flatMap(r -> {
            byte[] bytes = r.blobs.get(layerDigest.value());
            if (bytes == null) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYERS_FOUND, layerDigest.value()));
            }
            // only an active image's layers download (an archived image cannot be pulled)
            if (r.manifests.entrySet().stream().noneMatch(m -> Option.of(r.imagesByDigest.get(m.getKey())).forAll(Image::pullable)
                    && Manifests.references(m.getValue(), layerDigest.value()))) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.LAYER_ASSOCIATED));
            }
            return Either.right(io.ecskit.domain.ecr.LayerContent.of(layerDigest, bytes));
        }));
    }

    /**
     * What PutImage checks of a manifest before storing it: an image's config and layers were uploaded to the repository
     * (or belong to an image it already holds), a manifest list's images are in it (rules layersFound,
     * referencedImagesFound). Layers ECR does not store (foreign, non-distributable) are not checked.
     */
    private static Option<EcsError> referencesMissing(InMemoryState.RepositoryState r, String manifest) {
        List<Manifests.Descriptor> descriptors = Manifests.descriptors(manifest);
        if (Manifests.isIndex(manifest)) {
            List<String> missing = descriptors.map(Manifests.Descriptor::digest).filter(d -> !r.imagesByDigest.containsKey(d));
            return missing.isEmpty() ? Option.none()
                    : Option.of(EcsError.of(io.ecskit.domain.EcsRule.REFERENCED_IMAGES_FOUND, missing.mkString(", ")));
        }
        List<String> missing = descriptors.filter(d -> !d.foreign()).map(Manifests.Descriptor::digest)
                .filter(d -> !r.blobs.containsKey(d) && r.manifests.values().stream().noneMatch(m -> Manifests.references(m, d)));
        return missing.isEmpty() ? Option.none() : Option.of(EcsError.of(io.ecskit.domain.EcsRule.LAYERS_FOUND, missing.mkString(", ")));
    }

    private static final String DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json";

    /** The manifest's media type (its own member, else what its shape says: Manifests.mediaType). */
    private static String mediaType(byte[] manifest) {
        return Manifests.mediaType(new String(manifest, StandardCharsets.UTF_8));
    }

    /** What the manifest says its config and layers weigh (the sum of their sizes), as ECR reports an image's size. */
    private static long layersSize(String manifest) {
        return Manifests.size(manifest);
    }

    /**
     * Forgets the blobs only {@code gone} referenced (ECR: "unassociated image layers may be cleaned up at any time"),
     * once its image has left the repository; blobs uploaded for a manifest still to come are kept.
     */
    static void collectBlobs(InMemoryState.RepositoryState r, String gone) {
        for (Manifests.Descriptor d : Manifests.descriptors(gone)) {
            if (r.manifests.values().stream().noneMatch(m -> Manifests.references(m, d.digest()))) {
                r.blobs.remove(d.digest());
            }
        }
    }

    /** The image an identifier names: its digest and its tag, each when given. */
    private static Option<Image> find(InMemoryState.RepositoryState r, io.ecskit.domain.ecr.ImageIdentifier id) {
        return List.ofAll(r.imagesByDigest.values()).find(i -> id.imageDigest().forAll(d -> d.equals(i.digest()))
                && id.imageTag().forAll(t -> i.tags().contains(t)));
    }

    /** {@code name}, once the lifecycle policies due have been applied (so a read never shows an expired image). */
    private static RepositoryName applied(InMemoryState state, RepositoryName name) {
        applyLifecyclePolicies(state);
        return name;
    }

    static Either<EcsError, InMemoryState.RepositoryState> repository(InMemoryState state, RepositoryName name) {
        return Option.of(state.repositories.get(name.value())).toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND, name.value(), state.account.value()));
    }

    /** What a push does to the repository: the manifest's digest, with the tag moved onto it. */
    static Either<EcsError, Image> put(InMemoryState state, RepositoryName name, ImageTag tag, byte[] manifest, long size) {
        return repository(state, applied(state, name)).flatMap(r -> {
            ImageDigest digest = new ImageDigest("sha256:" + sha256(manifest));
            Option<Image> tagged = List.ofAll(r.imagesByDigest.values()).find(i -> i.tags().contains(tag));
            if (tagged.isDefined() && !tagged.get().digest().equals(digest)) {
                if (r.repository.tagImmutable(tag)) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.IMMUTABLE_TAG_NOT_OVERWRITTEN, tag.value(), name.value()));
                }
                Image old = tagged.get();
                r.imagesByDigest.put(old.digest().value(), old.withTags(old.tags().remove(tag)));
            }
            r.manifests.put(digest.value(), new String(manifest, StandardCharsets.UTF_8));
            Image existing = restored(state, r, r.imagesByDigest.get(digest.value()));
            if (existing == null && r.repository.scanOnPush()) {
                r.scans.put(digest.value(), state.now());   // scan on push: a basic scan starts as the image lands
            }
            Image image = existing == null
                    ? new Image(name, digest, List.of(tag), size, state.now(), Option.of(mediaType(manifest)))
                    : existing.withTags(existing.tags().remove(tag).append(tag));
            r.imagesByDigest.put(digest.value(), image);
            replicate(state, r, image);
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
        applyLifecyclePolicies(state);
        return own(state, image).forAll(ref -> {
            InMemoryState.RepositoryState repository = state.repositories.get(ref.repository());
            return repository != null && (ref.isDigest()
                    ? Option.of(repository.imagesByDigest.get(ref.tagOrDigest())).exists(Image::pullable)
                    : repository.imagesByDigest.values().stream().anyMatch(i -> i.pullable() && i.tags().exists(t -> t.value().equals(ref.tagOrDigest()))));
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
