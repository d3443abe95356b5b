package io.ecskit.adapter.server;

import com.sun.net.httpserver.HttpExchange;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageIdentifier;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.json.SdkJson;
import io.ecskit.port.EcsKit;
import io.ecskit.port.out.ImageRepositoryPort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.document.Document;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ECR's registry side on the server's own address: the OCI distribution API (Docker Registry HTTP API v2) under
 * {@code /v2/}, so {@code docker push}, Jib, crane and skopeo push to and pull from the fake's repositories.
 *
 * <p>Everything goes through {@link ImageRepositoryPort}'s ECR operations: a blob upload is InitiateLayerUpload,
 * UploadLayerPart and CompleteLayerUpload; a manifest push is PutImage; a pull is BatchGetImage and
 * GetDownloadUrlForLayer. So what is pushed here is exactly what ECR's API lists and what the fake's tasks pull, and
 * ECR's rules (repository found, immutable tags, layers uploaded before the manifest) apply to both.
 *
 * <p>As ECR does, every call needs Basic credentials {@code AWS:<password>}, the password from GetAuthorizationToken
 * ({@code aws ecr get-login-password}). The server signs the passwords it hands out with the region and the expiry (12
 * hours on the region's clock), so the registry serves the region the password was issued for.
 */
final class OciRegistry {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.ecskit.server");
    private static final Pattern PATH = Pattern.compile(
            "^/v2/(?<name>.+?)/(?:(?<tags>tags/list)|manifests/(?<reference>[^/]+)|blobs/uploads/(?<upload>[^/]*)|blobs/(?<blob>[^/]+))$");
    private static final String TOKEN_PREFIX = "ecskit1.";
    private static final String DOWNLOAD = "ecskit-download";

    private final Function<String, EcsKit> kits;
    private final Supplier<URI> endpoint;
    private final long maxRequestBytes;
    private final byte[] secret = new byte[32];
    /** upload id → bytes received so far (the registry API's offset; ECR's parts must follow on from it). */
    private final Map<String, Long> offsets = new ConcurrentHashMap<>();

    private final Journal journal;

    OciRegistry(Function<String, EcsKit> kits, Supplier<URI> endpoint, long maxRequestBytes, Journal journal) {
        this.kits = kits;
        this.journal = journal;
        this.endpoint = endpoint;
        this.maxRequestBytes = maxRequestBytes;
        new SecureRandom().nextBytes(secret);
    }

    /**
     * Each ECR operation a registry request made, journaled as the ECR API call it is (ecskit server --state-file keeps
     * images pushed here as it keeps those put through ECR's API).
     */
    private final class Recorder {
        private final String region;
        private final Instant at;

        Recorder(String region, Instant at) {
            this.region = region;
            this.at = at;
        }

        void ecr(String operation, software.amazon.awssdk.core.SdkPojo request) {
            journal.aws(at, region, "AmazonEC2ContainerRegistry_V20150921." + operation, io.ecskit.json.SdkJson.body(request));
        }

        /** A registry change no ECR API call makes (a mount), journaled under its own name. */
        void raw(String target, String body) {
            journal.aws(at, region, target, body);
        }
    }

    /** The most one registry request may carry: an eighth of the heap, at most 512 MiB (a layer in one PATCH). */
    static long defaultMaxRequestBytes() {
        return Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
    }

    // ---- credentials ------------------------------------------------------------------------------------------

    /**
     * The password GetAuthorizationToken hands out on this server: the region and the expiry of {@code auth}, signed,
     * so the registry knows which region a client pushes to and until when.
     */
    String password(String region, RegistryAuthorization auth) {
        String payload = region + "|" + auth.expiresAt().toEpochMilli();
        return TOKEN_PREFIX + base64(payload.getBytes(StandardCharsets.UTF_8)) + "." + base64(sign(payload));
    }

    /** The region a password was issued for, when it is one of this server's and not expired on that region's clock. */
    private Either<Answer, String> region(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Either.left(unauthorized("UNAUTHORIZED", "authentication required: log in with AWS and the password of "
                    + "`aws ecr get-login-password --endpoint-url " + endpoint.get() + "`"));
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Either.left(unauthorized("UNAUTHORIZED", "the Basic credentials are not base64"));
        }
        int colon = decoded.indexOf(':');
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        Option<String[]> payload = verified(password);
        if (!decoded.startsWith("AWS:") || payload.isEmpty()) {
            return Either.left(unauthorized("DENIED", "the credentials are not an authorization token of this server: log in "
                    + "with AWS and the password of `aws ecr get-login-password`"));
        }
        String region = payload.get()[0];
        Instant expires = Instant.ofEpochMilli(Long.parseLong(payload.get()[1]));
        if (!kits.apply(region).api().time().now().isBefore(expires)) {
            return Either.left(unauthorized("DENIED", EcsRule.AUTHORIZATION_TOKEN_VALID.message()));
        }
        return Either.right(region);
    }

    /** The signed payload's parts (region, expiry in epoch milliseconds) when {@code password} is one this server signed. */
    private Option<String[]> verified(String password) {
        if (!password.startsWith(TOKEN_PREFIX)) {
            return Option.none();
        }
        String[] parts = password.substring(TOKEN_PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Option.none();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
                return Option.none();
            }
            String[] fields = payload.split("\\|", -1);
            return fields.length == 2 && fields[1].matches("\\d{1,19}") ? Option.of(fields) : Option.none();
        } catch (IllegalArgumentException malformed) {
            return Option.none();
        }
    }

    /**
     * GetDownloadUrlForLayer's answer on this server: the blob's registry address with a signature (region, repository,
     * digest, expiry an hour on) instead of credentials, as ECR's presigned S3 URLs are.
     */
    String downloadUrl(EcsKit kit, RepositoryName repository, ImageDigest digest) {
        long expires = kit.api().time().now().plusSeconds(3600).toEpochMilli();
        String payload = kit.region() + "|" + repository.value() + "|" + digest.value() + "|" + expires;
        return endpoint.get() + "/v2/" + repository.value() + "/blobs/" + digest.value() + "?" + DOWNLOAD + "="
                + URLEncoder.encode(kit.region() + "." + expires + "." + base64(sign(payload)), StandardCharsets.UTF_8);
    }

    private Option<String> downloadRegion(String query, String name, String digest) {
        String value = parameters(query).get(DOWNLOAD);
        if (value == null) {
            return Option.none();
        }
        // region.expiry.signature: the region is everything before the last two dots (a region a user named may hold one)
        int last = value.lastIndexOf('.');
        int middle = last < 0 ? -1 : value.lastIndexOf('.', last - 1);
        if (middle <= 0) {
            return Option.none();
        }
        String[] parts = {value.substring(0, middle), value.substring(middle + 1, last), value.substring(last + 1)};
        if (!parts[1].matches("\\d{1,19}")) {
            return Option.none();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException malformed) {
            return Option.none();
        }
        String payload = parts[0] + "|" + name + "|" + digest + "|" + parts[1];
        return MessageDigest.isEqual(sign(payload), given)
                && kits.apply(parts[0]).api().time().now().isBefore(Instant.ofEpochMilli(Long.parseLong(parts[1])))
                ? Option.of(parts[0]) : Option.none();
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- requests ---------------------------------------------------------------------------------------------

    /** An answer of the registry API: status, headers, body (none for HEAD). */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer of(int status, Map<String, String> headers) {
            return new Answer(status, headers, new byte[0]);
        }
    }

    void serve(HttpExchange exchange) {
        Answer answer;
        boolean close = false;
        try {
            long declared = EcsServer.declaredLength(exchange);
            Option<Answer> refused = refuseBeforeBody(exchange);
            if (refused.isDefined()) {
                // credentials are checked before a byte of the body is read: an anonymous upload costs the server nothing
                close = declared > 0 || "chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
                answer = refused.get();
            } else if (declared > maxRequestBytes) {
                close = true;
                answer = error(413, "SIZE_INVALID", "the request body is larger than this registry takes in one request ("
                        + maxRequestBytes + " bytes); send the blob in chunks");
            } else {
                byte[] body = exchange.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
                if (body.length > maxRequestBytes) {
                    close = true;
                    answer = error(413, "SIZE_INVALID", "the request body is larger than this registry takes in one request ("
                            + maxRequestBytes + " bytes); send the blob in chunks");
                } else if ("GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod())) {
                    answer = handle(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(), body, null);
                } else {
                    // a push changes the state: one at a time, journaled as the ECR calls it makes, at the time they ran at
                    answer = journal.write(null, at -> handle(exchange.getRequestMethod(), exchange.getRequestURI(),
                            exchange.getRequestHeaders(), body, at));
                }
            }
        } catch (IOException e) {
            exchange.close();
            return;
        } catch (Throwable e) { // NOPMD - any failure of one request is answered, never left hanging or leaked
            String id = java.util.UUID.randomUUID().toString();
            LOG.error("registry request {} failed inside ecskit server", id, e);
            answer = error(500, "UNKNOWN", "ecskit server could not complete this request (request id " + id
                    + "); the server's log names the cause.");
        }
        respond(exchange, answer, close);
    }

    private static void respond(HttpExchange exchange, Answer answer, boolean close) {
        try {
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Docker-Distribution-API-Version", "registry/2.0");
            if (close) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            if (head || answer.body().length == 0) {
                exchange.sendResponseHeaders(answer.status(), -1);
            } else {
                exchange.sendResponseHeaders(answer.status(), answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("registry answer not delivered: {}", e.toString());
        } finally {
            exchange.close();
        }
    }

    /** The refusal of a request without valid credentials (or a valid signed download URL), from its headers alone. */
    private Option<Answer> refuseBeforeBody(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        Matcher m = PATH.matcher(uri.getRawPath());
        String method = exchange.getRequestMethod();
        if (m.matches() && m.group("blob") != null && ("GET".equals(method) || "HEAD".equals(method))
                && downloadRegion(uri.getRawQuery(), URLDecoder.decode(m.group("name"), StandardCharsets.UTF_8), m.group("blob")).isDefined()) {
            return Option.none();
        }
        return region(exchange.getRequestHeaders().getFirst("Authorization")).swap().toOption();
    }

    private Answer handle(String method, URI uri, com.sun.net.httpserver.Headers headers, byte[] body, Instant at) {
        String path = uri.getRawPath();
        if (path.equals("/v2") || path.equals("/v2/")) {
            return region(headers.getFirst("Authorization")).fold(refused -> refused,
                    region -> new Answer(200, Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)));
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return error(404, "UNSUPPORTED", "ecskit's registry serves /v2/<repository>/{manifests,blobs,tags} (as ECR, no _catalog): "
                    + path);
        }
        String name = URLDecoder.decode(m.group("name"), StandardCharsets.UTF_8);
        Either<Answer, String> region = m.group("blob") != null && ("GET".equals(method) || "HEAD".equals(method))
                ? downloadRegion(uri.getRawQuery(), name, m.group("blob")).<Either<Answer, String>>map(Either::right)
                        .getOrElse(() -> region(headers.getFirst("Authorization")))
                : region(headers.getFirst("Authorization"));
        if (region.isLeft()) {
            return region.getLeft();
        }
        Either<io.ecskit.domain.Violation, RepositoryName> repository = RepositoryName.parse(name);
        if (repository.isLeft()) {
            return error(400, "NAME_INVALID", repository.getLeft().message());
        }
        EcsKit kit = kits.apply(region.get());
        ImageRepositoryPort ecr = kit.api().imageRepositories();
        Recorder rec = new Recorder(region.get(), at == null ? journal.now(region.get()) : at);
        RepositoryName repo = repository.get();
        Map<String, String> query = parameters(uri.getRawQuery());
        if (m.group("tags") != null) {
            return "GET".equals(method) ? tags(ecr, repo, query) : notAllowed(method);
        }
        if (m.group("reference") != null) {
            String reference = URLDecoder.decode(m.group("reference"), StandardCharsets.UTF_8);
            return switch (method) {
                case "GET", "HEAD" -> manifest(ecr, repo, reference);
                case "PUT" -> putManifest(ecr, rec, repo, reference, body);
                case "DELETE" -> deleteManifest(ecr, rec, repo, reference);
                default -> notAllowed(method);
            };
        }
        if (m.group("upload") != null) {
            String upload = m.group("upload");
            if (upload.isEmpty()) {
                return "POST".equals(method) ? startUpload(ecr, rec, repo, query, body) : notAllowed(method);
            }
            return switch (method) {
                case "PATCH" -> patch(ecr, rec, repo, upload, headers.getFirst("Content-Range"), body);
                case "PUT" -> finish(ecr, rec, repo, upload, query.get("digest"), body);
                case "GET" -> status(repo, upload);
                case "DELETE" -> offsets.remove(upload) == null ? uploadUnknown(upload) : Answer.of(204, Map.of());
                default -> notAllowed(method);
            };
        }
        return switch (method) {
            case "GET", "HEAD" -> blob(ecr, repo, m.group("blob"), "GET".equals(method));
            default -> notAllowed(method);
        };
    }

    private Answer tags(ImageRepositoryPort ecr, RepositoryName repo, Map<String, String> query) {
        var listed = ecr.listImages(repo, Option.of("TAGGED"));
        if (listed.isLeft()) {
            return ecrError(listed.getLeft());
        }
        List<String> tags = listed.get().flatMap(ImageIdentifier::imageTag).map(ImageTag::value).distinct().sorted().toList();
        String last = query.get("last");
        if (last != null) {
            tags = tags.filter(t -> t.compareTo(last) > 0);
        }
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        String n = query.get("n");
        if ("0".equals(n)) {
            tags = List.empty();   // the protocol: n=0 asks for no tags
        } else if (n != null && n.matches("\\d{1,9}") && tags.size() > Integer.parseInt(n)) {
            tags = tags.take(Integer.parseInt(n));
            headers.put("Link", "</v2/" + repo.value() + "/tags/list?n=" + n + "&last="
                    + URLEncoder.encode(tags.last(), StandardCharsets.UTF_8) + ">; rel=\"next\"");
        }
        Map<String, Document> json = new LinkedHashMap<>();
        json.put("name", Document.fromString(repo.value()));
        json.put("tags", Document.fromList(tags.map(Document::fromString).asJava()));
        return new Answer(200, headers, SdkJson.compact(Document.fromMap(json)).getBytes(StandardCharsets.UTF_8));
    }

    private static Option<ImageIdentifier> identifier(String reference) {
        if (reference.startsWith("sha256:")) {
            return ImageDigest.parse(reference).toOption().map(ImageIdentifier::digest);
        }
        return ImageTag.parse(reference).toOption().map(ImageIdentifier::tag);
    }

    private Answer manifest(ImageRepositoryPort ecr, RepositoryName repo, String reference) {
        Option<ImageIdentifier> id = identifier(reference);
        if (id.isEmpty()) {
            return error(400, "MANIFEST_INVALID", "not a tag or a sha256 digest: " + reference);
        }
        var got = ecr.getImages(repo, List.of(id.get()));
        if (got.isLeft()) {
            return ecrError(got.getLeft());
        }
        if (got.get().images().isEmpty()) {
            return error(404, "MANIFEST_UNKNOWN", "Requested image not found: " + repo.value() + ":" + reference);
        }
        var image = got.get().images().head();
        byte[] bytes = image.manifest().getBytes(StandardCharsets.UTF_8);
        return new Answer(200, Map.of("Content-Type", image.mediaType(), "Docker-Content-Digest", image.image().digest().value(),
                "Content-Length", Integer.toString(bytes.length)), bytes);
    }

    private Answer putManifest(ImageRepositoryPort ecr, Recorder rec, RepositoryName repo, String reference, byte[] body) {
        Option<ImageIdentifier> id = identifier(reference);
        if (id.isEmpty()) {
            return error(400, "TAG_INVALID", "not a tag or a sha256 digest: " + reference);
        }
        String manifest;
        try {
            manifest = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return error(400, "MANIFEST_INVALID", "the manifest is not UTF-8 JSON");
        }
        var put = ecr.putImage(repo, manifest, id.get().imageTag(), id.get().imageDigest());
        if (put.isRight()) {
            rec.ecr("PutImage", software.amazon.awssdk.services.ecr.model.PutImageRequest.builder().repositoryName(repo.value())
                    .imageManifest(manifest).imageTag(id.get().imageTag().map(Object::toString).getOrNull())
                    .imageDigest(id.get().imageDigest().map(Object::toString).getOrNull()).build());
        }
        String digest = "sha256:" + sha256(body);
        if (put.isLeft() && !"ImageAlreadyExistsException".equals(put.getLeft().code())) {
            EcsError e = put.getLeft();
            return switch (e.code()) {
                case "LayersNotFoundException", "ReferencedImagesNotFoundException" -> error(400, "MANIFEST_BLOB_UNKNOWN", e.message());
                case "ImageTagAlreadyExistsException" -> error(400, "TAG_INVALID", e.message());
                case "ImageDigestDoesNotMatchException" -> error(400, "DIGEST_INVALID", e.message());
                default -> ecrError(e);
            };
        }
        return Answer.of(201, Map.of("Location", "/v2/" + repo.value() + "/manifests/" + digest, "Docker-Content-Digest", digest));
    }

    private Answer deleteManifest(ImageRepositoryPort ecr, Recorder rec, RepositoryName repo, String reference) {
        Option<ImageIdentifier> id = identifier(reference);
        if (id.isEmpty()) {
            return error(400, "MANIFEST_INVALID", "not a tag or a sha256 digest: " + reference);
        }
        var deleted = ecr.deleteImages(repo, List.of(id.get()));
        if (deleted.isLeft()) {
            return ecrError(deleted.getLeft());
        }
        rec.ecr("BatchDeleteImage", software.amazon.awssdk.services.ecr.model.BatchDeleteImageRequest.builder().repositoryName(repo.value())
                .imageIds(i -> i.imageTag(id.get().imageTag().map(Object::toString).getOrNull())
                        .imageDigest(id.get().imageDigest().map(Object::toString).getOrNull())).build());
        return deleted.get().deleted().isEmpty() ? error(404, "MANIFEST_UNKNOWN", "Requested image not found: " + reference)
                : Answer.of(202, Map.of());
    }

    private Answer blob(ImageRepositoryPort ecr, RepositoryName repo, String digest, boolean body) {
        Option<ImageDigest> parsed = ImageDigest.parse(digest).toOption();
        if (parsed.isEmpty()) {
            return error(400, "DIGEST_INVALID", "not a sha256 digest: " + digest);
        }
        if (!body) {
            var check = ecr.checkLayerAvailability(repo, List.of(digest));
            if (check.isLeft()) {
                return ecrError(check.getLeft());
            }
            return check.get().layers().headOption().map(layer -> Answer.of(200, Map.of("Content-Length", Long.toString(layer.size()),
                            "Docker-Content-Digest", digest, "Content-Type", "application/octet-stream")))
                    .getOrElse(() -> error(404, "BLOB_UNKNOWN", "blob unknown to registry: " + digest));
        }
        var content = ecr.downloadLayer(repo, parsed.get());
        if (content.isLeft()) {
            String code = content.getLeft().code();
            return "LayersNotFoundException".equals(code) || "LayerInaccessibleException".equals(code)
                    ? error(404, "BLOB_UNKNOWN", content.getLeft().message()) : ecrError(content.getLeft());
        }
        ByteBuffer bytes = content.get().bytes();
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return new Answer(200, Map.of("Content-Type", "application/octet-stream", "Docker-Content-Digest", digest), copy);
    }

    /** The journal's name for a cross-repository mount (no ECR API call makes one; only a replay runs it). */
    static final String MOUNT_TARGET = "ecskit-registry.MountBlob";

    /** A journaled mount made again: {@code REPOSITORY FROM DIGEST} (names and a digest hold no space). */
    static Wire.Answer replayMount(io.ecskit.port.EcsKit kit, String body) {
        String[] parts = body.split(" ");
        if (parts.length != 3 || RepositoryName.parse(parts[0]).isLeft() || RepositoryName.parse(parts[1]).isLeft()
                || ImageDigest.parse(parts[2]).isLeft()) {
            return new Wire.Answer(400, "{}");
        }
        var mounted = kit.api().imageRepositories().mountLayer(new RepositoryName(parts[0]), new RepositoryName(parts[1]), new ImageDigest(parts[2]));
        return mounted.isRight() && mounted.get() ? new Wire.Answer(200, "{}") : new Wire.Answer(400, "{}");
    }

    private Answer startUpload(ImageRepositoryPort ecr, Recorder rec, RepositoryName repo, Map<String, String> query, byte[] body) {
        // a cross-repository mount (?mount=DIGEST&from=REPO): with ECR's BLOB_MOUNTING enabled, a layer a manifest of the
        // other repository references is mounted (201); otherwise, as the protocol allows, a new upload starts (202)
        String mount = query.get("mount");
        String from = query.get("from");
        if (mount != null && from != null && ImageDigest.parse(mount).isRight() && RepositoryName.parse(from).isRight()) {
            var mounted = ecr.mountLayer(repo, new RepositoryName(from), new ImageDigest(mount));
            if (mounted.isLeft()) {
                return ecrError(mounted.getLeft());
            }
            if (mounted.get()) {
                rec.raw(MOUNT_TARGET, repo.value() + " " + from + " " + mount);
                return Answer.of(201, Map.of("Location", "/v2/" + repo.value() + "/blobs/" + mount, "Docker-Content-Digest", mount));
            }
        }
        var upload = ecr.initiateLayerUpload(repo);
        if (upload.isLeft()) {
            return ecrError(upload.getLeft());
        }
        rec.ecr("InitiateLayerUpload", software.amazon.awssdk.services.ecr.model.InitiateLayerUploadRequest.builder()
                .repositoryName(repo.value()).build());
        String id = upload.get().uploadId();
        offsets.put(id, 0L);
        if (query.containsKey("digest")) {
            return finish(ecr, rec, repo, id, query.get("digest"), body);
        }
        if (body.length > 0) {
            Answer patched = patch(ecr, rec, repo, id, null, body);
            if (patched.status() != 202) {
                return patched;
            }
        }
        return Answer.of(202, uploadHeaders(repo, id));
    }

    private Map<String, String> uploadHeaders(RepositoryName repo, String id) {
        long offset = offsets.getOrDefault(id, 0L);
        return Map.of("Location", "/v2/" + repo.value() + "/blobs/uploads/" + id, "Range", "0-" + Math.max(0, offset - 1),
                "Docker-Upload-UUID", id);
    }

    private Answer status(RepositoryName repo, String upload) {
        return offsets.containsKey(upload) ? Answer.of(204, uploadHeaders(repo, upload)) : uploadUnknown(upload);
    }

    private Answer patch(ImageRepositoryPort ecr, Recorder rec, RepositoryName repo, String upload, String range, byte[] body) {
        Long offset = offsets.get(upload);
        if (offset == null) {
            return uploadUnknown(upload);
        }
        if (range != null) {
            Matcher r = Pattern.compile("^(?:bytes )?(\\d{1,18})-(\\d{1,18})$").matcher(range.trim());
            if (!r.matches() || Long.parseLong(r.group(1)) != offset || Long.parseLong(r.group(2)) != offset + body.length - 1) {
                return new Answer(416, uploadHeaders(repo, upload), errorBody("BLOB_UPLOAD_INVALID",
                        "the chunk must start at byte " + offset + ", not " + range));
            }
        }
        if (body.length > 0) {
            var part = ecr.uploadLayerPart(repo, upload, offset, offset + body.length - 1, body);
            if (part.isLeft()) {
                return "UploadNotFoundException".equals(part.getLeft().code()) ? uploadUnknown(upload) : ecrError(part.getLeft());
            }
            rec.ecr("UploadLayerPart", software.amazon.awssdk.services.ecr.model.UploadLayerPartRequest.builder().repositoryName(repo.value())
                    .uploadId(upload).partFirstByte(offset).partLastByte(offset + body.length - 1)
                    .layerPartBlob(software.amazon.awssdk.core.SdkBytes.fromByteArray(body)).build());
            offsets.put(upload, offset + body.length);
        }
        return Answer.of(202, uploadHeaders(repo, upload));
    }

    private Answer finish(ImageRepositoryPort ecr, Recorder rec, RepositoryName repo, String upload, String digest, byte[] body) {
        if (digest == null || ImageDigest.parse(digest).isLeft()) {
            return error(400, "DIGEST_INVALID", "the upload must end with ?digest=sha256:<64 hex digits>, not " + digest);
        }
        if (body.length > 0) {
            Answer patched = patch(ecr, rec, repo, upload, null, body);
            if (patched.status() != 202) {
                return patched;
            }
        }
        if (!offsets.containsKey(upload)) {
            return uploadUnknown(upload);
        }
        var done = ecr.completeLayerUpload(repo, upload, new ImageDigest(digest));
        offsets.remove(upload);
        if (done.isRight()) {
            rec.ecr("CompleteLayerUpload", software.amazon.awssdk.services.ecr.model.CompleteLayerUploadRequest.builder()
                    .repositoryName(repo.value()).uploadId(upload).layerDigests(digest).build());
        }
        if (done.isLeft() && !"LayerAlreadyExistsException".equals(done.getLeft().code())) {
            return switch (done.getLeft().code()) {
                case "InvalidLayerException" -> error(400, "DIGEST_INVALID", done.getLeft().message());
                case "EmptyUploadException" -> error(400, "BLOB_UPLOAD_INVALID", done.getLeft().message());
                case "UploadNotFoundException" -> uploadUnknown(upload);
                default -> ecrError(done.getLeft());
            };
        }
        return Answer.of(201, Map.of("Location", "/v2/" + repo.value() + "/blobs/" + digest, "Docker-Content-Digest", digest));
    }

    // ---- errors -----------------------------------------------------------------------------------------------

    private static Answer ecrError(EcsError e) {
        return switch (e.code()) {
            case "RepositoryNotFoundException" -> error(404, "NAME_UNKNOWN", e.message());
            case "LimitExceededException" -> error(413, "SIZE_INVALID", e.message());
            case "ThrottlingException" -> error(429, "TOOMANYREQUESTS", e.message());
            case "InvalidParameterException" -> error(400, "NAME_INVALID", e.message());
            default -> error(e instanceof EcsError.Unavailable ? 503 : 400, "UNKNOWN", e.code() + ": " + e.message());
        };
    }

    private static Answer uploadUnknown(String upload) {
        return error(404, "BLOB_UPLOAD_UNKNOWN", EcsRule.LAYER_UPLOAD_FOUND.message() + " (" + upload + ")");
    }

    private static Answer notAllowed(String method) {
        return error(405, "UNSUPPORTED", "the registry does not take " + method + " here");
    }

    private static Answer unauthorized(String code, String message) {
        return new Answer(401, Map.of("WWW-Authenticate", "Basic realm=\"ecskit\",service=\"ecr.amazonaws.com\"",
                "Content-Type", "application/json"), errorBody(code, message));
    }

    private static Answer error(int status, String code, String message) {
        return new Answer(status, Map.of("Content-Type", "application/json"), errorBody(code, message));
    }

    private static byte[] errorBody(String code, String message) {
        Map<String, Document> error = new LinkedHashMap<>();
        error.put("code", Document.fromString(code));
        error.put("message", Document.fromString(message));
        return SdkJson.compact(Document.fromMap(Map.of("errors", Document.fromList(java.util.List.of(Document.fromMap(error))))))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                parameters.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
