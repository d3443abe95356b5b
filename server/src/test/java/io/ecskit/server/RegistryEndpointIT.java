package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.adapter.aws.testing.TestPeers;
import io.ecskit.domain.ecr.ImageIdentifier;
import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.PushImage;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 2: {@code ecskit server}'s registry endpoint (the OCI distribution API under {@code /v2/}) driven by
 * clients nobody here wrote — skopeo (Debian's, installed by {@code .ci/run}) and Jib (through the AWS adapter's
 * {@code pushImage}) — with the AWS CLI's {@code get-login-password} as the credentials. What is pushed is what ECR's
 * API lists, and what the fake's tasks pull.
 */
class RegistryEndpointIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKOPEO = "/usr/bin/skopeo";

    @TempDir
    Path dir;

    private InMemoryEcsServer server;
    private String hostPort;
    private String password;

    @BeforeEach
    void start() throws Exception {
        server = InMemoryEcsServer.start();
        hostPort = server.endpoint().getHost() + ":" + server.endpoint().getPort();
        AwsCli cli = AwsCli.get();
        for (String repository : new String[] {"team/hello", "team/app"}) {
            AwsCli.Result created = cli.run(server.endpoint(), "us-east-1", "ecr", "create-repository", "--repository-name", repository);
            assertThat(created.exitCode()).as(created.stderr()).isZero();
        }
        AwsCli.Result login = cli.run(server.endpoint(), "us-east-1", "ecr", "get-login-password");
        assertThat(login.exitCode()).as(login.stderr()).isZero();
        password = login.stdout().trim();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void skopeoAndJib_pushAndPull_whatEcrListsAndTasksRun() throws Exception {
        OciLayout layout = OciLayout.write(dir.resolve("layout"), "v1", "hello from ecskit\n");

        // skopeo copies the image in (blobs by chunked upload, then the manifest) and reads it back
        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "AWS:" + password, "oci:" + layout.dir() + ":v1",
                "docker://" + hostPort + "/team/hello:v1");
        JsonNode inspected = JSON.readTree(skopeo("inspect", "--tls-verify=false", "--creds", "AWS:" + password,
                "docker://" + hostPort + "/team/hello:v1"));
        Path out = dir.resolve("out");
        skopeo("copy", "--src-tls-verify=false", "--src-creds", "AWS:" + password, "docker://" + hostPort + "/team/hello:v1",
                "oci:" + out + ":v1");

        assertThat(inspected.get("Digest").asText()).isEqualTo(layout.manifestDigest());
        assertThat(inspected.get("Layers").get(0).asText()).isEqualTo(layout.layerDigest());
        assertThat(Files.readAllBytes(out.resolve("blobs/sha256/" + layout.layerDigest().substring(7))))
                .isEqualTo(Files.readAllBytes(layout.dir().resolve("blobs/sha256/" + layout.layerDigest().substring(7))));

        try (AwsEcsKit kit = AwsEcsKit.builder().region(server.region()).endpointOverride(server.endpoint())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .accountId(server.accountId()).timeSource(server.time(server.region()))
                .registryEndpoint(hostPort).plainHttpRegistry(true).build()) {
            // ECR's API lists what skopeo pushed
            var listed = kit.api().imageRepositories().images(new RepositoryName("team/hello")).get();
            assertThat(listed.map(i -> i.digest().value())).containsExactly(layout.manifestDigest());
            assertThat(listed.head().tags()).containsExactly(new ImageTag("v1"));

            // Jib pulls that image from the server as a base and pushes a new one with a layer on top
            Path file = Files.writeString(dir.resolve("app.txt"), "the app\n");
            ImageSource base = new ImageSource.FromRegistry(hostPort + "/team/hello:v1", Option.of("AWS"), Option.of(password));
            var pushed = kit.pushImage(PushImage.Command.of(new ImageSource.Built(base, List.of(new ImageSource.Layer(List.of(file), "/app")),
                    List.of("/app/app.txt"), HashMap.empty()), new RepositoryName("team/app"), new ImageTag("v2")), p -> { });
            assertThat(pushed.isRight()).as("%s", pushed).isTrue();
            var manifest = kit.api().imageRepositories().getImages(new RepositoryName("team/app"),
                    List.of(ImageIdentifier.tag(new ImageTag("v2")))).get().images().single();
            assertThat(manifest.image().digest()).isEqualTo(pushed.get().digest());
            assertThat(manifest.manifest()).contains(layout.layerDigest());
            JsonNode app = JSON.readTree(skopeo("inspect", "--tls-verify=false", "--creds", "AWS:" + password,
                    "docker://" + hostPort + "/team/app:v2"));
            assertThat(app.get("Digest").asText()).isEqualTo(pushed.get().digest().value());
            assertThat(app.get("Layers")).hasSize(2);

            // and a Fargate service runs it from the ECR URI (rule imagePullable: pushed, so pullable)
            String image = server.accountId() + ".dkr.ecr." + server.region() + ".amazonaws.com/team/app:v2";
            var command = DeployService.Command.builder()
                    .taskDefinition(TaskDefinition.fargate("app", "256", "512")
                            .executionRoleArn("arn:aws:iam::" + server.accountId() + ":role/ecsTaskExecutionRole").containerDefinitions(List.of(
                            ContainerDefinition.builder().name("app").image(image).build())).build())
                    .cluster("registry").service("app").desiredCount(1)
                    .subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0").build();
            assertThat(command.isRight()).as("%s", command).isTrue();
            var deployed = kit.deploy(command.get());
            assertThat(deployed.isRight()).as("%s", deployed).isTrue();
            assertThat(deployed.get().succeeded()).as("%s", deployed.get()).isTrue();
        }
    }

    @Test
    void theProtocol_answersAsRegistriesDo_forEveryRefusal() throws Exception {
        OciLayout layout = OciLayout.write(dir.resolve("layout"), "v1", "hello\n");
        String auth = "Basic " + Base64.getEncoder().encodeToString(("AWS:" + password).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> anonymous = send("GET", "/v2/", null, null);
        HttpResponse<String> forged = send("GET", "/v2/", "Basic " + Base64.getEncoder().encodeToString("AWS:ecskit1.x.y".getBytes()), null);
        HttpResponse<String> unknownRepository = send("POST", "/v2/nope/blobs/uploads/", auth, null);
        // a manifest before its blobs: ECR's LayersNotFoundException
        HttpResponse<String> early = send("PUT", "/v2/team/hello/manifests/v1", auth, layout.manifest());
        // a chunk that does not follow on
        HttpResponse<String> started = send("POST", "/v2/team/hello/blobs/uploads/", auth, null);
        String location = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> gap = send("PATCH", location, auth, "abc".getBytes(), "Content-Range", "5-7");
        HttpResponse<String> chunk = send("PATCH", location, auth, "abc".getBytes(), "Content-Range", "0-2");
        HttpResponse<String> hugeRange = send("PATCH", location, auth, "abc".getBytes(), "Content-Range", "99999999999999999999-1");
        HttpResponse<String> wrongDigest = send("PUT", location + "?digest=sha256:" + "0".repeat(64), auth, null);
        // monolithic uploads, then the manifest, twice (a re-push is no error), then tags with paging
        for (Path blob : Files.list(layout.dir().resolve("blobs/sha256")).toList()) {
            if (!("sha256:" + blob.getFileName()).equals(layout.manifestDigest())) {
                assertThat(send("POST", "/v2/team/hello/blobs/uploads/?digest=sha256:" + blob.getFileName(), auth,
                        Files.readAllBytes(blob)).statusCode()).isEqualTo(201);
            }
        }
        HttpResponse<String> put = send("PUT", "/v2/team/hello/manifests/v1", auth, layout.manifest());
        HttpResponse<String> again = send("PUT", "/v2/team/hello/manifests/v1", auth, layout.manifest());
        send("PUT", "/v2/team/hello/manifests/v2", auth, layout.manifest());
        HttpResponse<String> firstPage = send("GET", "/v2/team/hello/tags/list?n=1", auth, null);
        HttpResponse<String> noTags = send("GET", "/v2/team/hello/tags/list?n=0", auth, null);
        HttpResponse<String> head = send("HEAD", "/v2/team/hello/manifests/" + layout.manifestDigest(), auth, null);
        HttpResponse<String> missingBlob = send("GET", "/v2/team/hello/blobs/sha256:" + "1".repeat(64), auth, null);
        // an IMMUTABLE repository keeps its tags (ECR's ImageTagAlreadyExistsException)
        server.kit().api().imageRepositories().putTagMutability(new RepositoryName("team/hello"), io.ecskit.domain.ecr.TagMutability.IMMUTABLE);
        HttpResponse<String> moved = send("PUT", "/v2/team/hello/manifests/v1", auth, layout.manifest().replace("}", " }").getBytes());
        // twelve hours later on the server's clock the password has expired (ECR's words)
        server.simulator().advance(Duration.ofHours(13));
        HttpResponse<String> expired = send("GET", "/v2/", auth, null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
        assertThat(anonymous.headers().firstValue("Docker-Distribution-API-Version")).contains("registry/2.0");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unknownRepository.statusCode()).isEqualTo(404);
        assertThat(unknownRepository.body()).contains("NAME_UNKNOWN").contains("The repository with name 'nope' does not exist");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("MANIFEST_BLOB_UNKNOWN").contains(layout.layerDigest());
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(gap.statusCode()).isEqualTo(416);
        assertThat(chunk.statusCode()).isEqualTo(202);
        assertThat(chunk.headers().firstValue("Range")).contains("0-2");
        assertThat(wrongDigest.statusCode()).isEqualTo(400);
        assertThat(wrongDigest.body()).contains("DIGEST_INVALID");
        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(put.headers().firstValue("Docker-Content-Digest")).contains(layout.manifestDigest());
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(firstPage.body()).get("tags").toString()).isEqualTo("[\"v1\"]");
        assertThat(firstPage.headers().firstValue("Link")).hasValueSatisfying(v -> assertThat(v).contains("last=v1").contains("rel=\"next\""));
        assertThat(JSON.readTree(noTags.body()).get("tags").toString()).isEqualTo("[]");
        assertThat(hugeRange.statusCode()).isEqualTo(416);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).contains(Integer.toString(layout.manifest().length()));
        assertThat(missingBlob.statusCode()).isEqualTo(404);
        assertThat(missingBlob.body()).contains("BLOB_UNKNOWN");
        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(moved.body()).contains("TAG_INVALID").contains("immutable");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("Your authorization token has expired.");
    }

    @Test
    void withBlobMountingEnabled_aLayerIsMountedFromAnotherRepository_notUploadedAgain() throws Exception {
        OciLayout layout = OciLayout.write(dir.resolve("layout"), "v1", "shared layer\n");
        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "AWS:" + password, "oci:" + layout.dir() + ":v1",
                "docker://" + hostPort + "/team/hello:v1");
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("AWS:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.function.Supplier<HttpResponse<String>> mount = () -> {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint().resolve("/v2/team/app/blobs/uploads/?mount="
                        + layout.layerDigest() + "&from=team/hello")).header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        HttpResponse<String> disabled = mount.get();
        AwsCli.Result enabled = AwsCli.get().run(server.endpoint(), "us-east-1", "ecr", "put-account-setting", "--name", "BLOB_MOUNTING",
                "--value", "ENABLED");
        int uploadsBefore = server.simulator().calls("CompleteLayerUpload");
        int mountsBefore = server.simulator().calls("MountLayer");
        // a client nobody here wrote: skopeo copies between two repositories of the same registry, mounting what it can
        skopeo("copy", "--src-tls-verify=false", "--src-creds", "AWS:" + password, "--dest-tls-verify=false", "--dest-creds", "AWS:" + password,
                "docker://" + hostPort + "/team/hello:v1", "docker://" + hostPort + "/team/app:v1");
        int uploaded = server.simulator().calls("CompleteLayerUpload") - uploadsBefore;
        int mounts = server.simulator().calls("MountLayer") - mountsBefore;
        AwsCli.Result third = AwsCli.get().run(server.endpoint(), "us-east-1", "ecr", "create-repository", "--repository-name", "team/third");
        HttpResponse<String> mounted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint().resolve(
                "/v2/team/third/blobs/uploads/?mount=" + layout.layerDigest() + "&from=team/hello")).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(disabled.statusCode()).as("BLOB_MOUNTING is DISABLED by default: a new upload").isEqualTo(202);
        assertThat(enabled.exitCode()).as(enabled.stderr()).isZero();
        assertThat(mounts).as("skopeo asked to mount").isPositive();
        assertThat(uploaded).as("the image's layer and config: at most the one skopeo did not know where to mount from").isLessThanOrEqualTo(1);
        assertThat(third.exitCode()).as(third.stderr()).isZero();
        assertThat(mounted.statusCode()).isEqualTo(201);
        assertThat(mounted.headers().firstValue("Location")).contains("/v2/team/third/blobs/" + layout.layerDigest());
        assertThat(mounted.headers().firstValue("Docker-Content-Digest")).contains(layout.layerDigest());
        JsonNode copied = JSON.readTree(AwsCli.get().run(server.endpoint(), "us-east-1", "ecr", "describe-images", "--repository-name", "team/app")
                .stdout());
        assertThat(copied.at("/imageDetails/0/imageTags/0").asText()).isEqualTo("v1");
    }

    @Test
    void aPushToOneRegion_isReplicatedToTheServersOtherRegion_asTheReplicationConfigurationSays() throws Exception {
        AwsCli cli = AwsCli.get();
        AwsCli.Result configured = cli.run(server.endpoint(), "us-east-1", "ecr", "put-replication-configuration", "--replication-configuration",
                "{\"rules\":[{\"destinations\":[{\"region\":\"eu-west-1\",\"registryId\":\"" + server.accountId() + "\"}],"
                        + "\"repositoryFilters\":[{\"filter\":\"team/\",\"filterType\":\"PREFIX_MATCH\"}]}]}");
        OciLayout layout = OciLayout.write(dir.resolve("layout"), "v1", "replicated\n");
        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "AWS:" + password, "oci:" + layout.dir() + ":v1",
                "docker://" + hostPort + "/team/hello:v1");
        JsonNode pending = JSON.readTree(cli.run(server.endpoint(), "us-east-1", "ecr", "describe-image-replication-status",
                "--repository-name", "team/hello", "--image-id", "imageTag=v1").stdout());
        server.simulator().advance(Duration.ofMinutes(2));
        JsonNode done = JSON.readTree(cli.run(server.endpoint(), "us-east-1", "ecr", "describe-image-replication-status",
                "--repository-name", "team/hello", "--image-id", "imageTag=v1").stdout());
        AwsCli.Result replica = cli.run(server.endpoint(), "eu-west-1", "ecr", "batch-get-image", "--repository-name", "team/hello",
                "--image-ids", "imageTag=v1");

        assertThat(configured.exitCode()).as(configured.stderr()).isZero();
        assertThat(pending.at("/replicationStatuses/0/status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(pending.at("/replicationStatuses/0/region").asText()).isEqualTo("eu-west-1");
        assertThat(done.at("/replicationStatuses/0/status").asText()).isEqualTo("COMPLETE");
        assertThat(replica.exitCode()).as(replica.stderr()).isZero();
        JsonNode images = JSON.readTree(replica.stdout()).get("images");
        assertThat(images).as("the replica in eu-west-1, its manifest as pushed").hasSize(1);
        assertThat(images.get(0).at("/imageId/imageTag").asText()).isEqualTo("v1");
    }

    @Test
    void ecrsLayerApi_andItsDownloadUrl_serveWhatTheRegistryHolds() throws Exception {
        OciLayout layout = OciLayout.write(dir.resolve("layout"), "v1", "layers\n");
        skopeo("copy", "--dest-tls-verify=false", "--dest-creds", "AWS:" + password, "oci:" + layout.dir() + ":v1",
                "docker://" + hostPort + "/team/hello:v1");
        AwsCli cli = AwsCli.get();

        AwsCli.Result check = cli.run(server.endpoint(), "us-east-1", "ecr", "batch-check-layer-availability",
                "--repository-name", "team/hello", "--layer-digests", layout.layerDigest(), "sha256:" + "2".repeat(64));
        AwsCli.Result url = cli.run(server.endpoint(), "us-east-1", "ecr", "get-download-url-for-layer",
                "--repository-name", "team/hello", "--layer-digest", layout.layerDigest());
        String downloadUrl = JSON.readTree(url.stdout()).get("downloadUrl").asText();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(downloadUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> tampered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                downloadUrl.replace("team/hello/blobs/sha256:" + layout.layerDigest().substring(7, 9),
                        "team/hello/blobs/sha256:" + (layout.layerDigest().charAt(7) == 'a' ? "b" : "a") + layout.layerDigest().charAt(8)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        AwsCli.Result scan = cli.run(server.endpoint(), "us-east-1", "ecr", "start-image-scan", "--repository-name", "team/hello",
                "--image-id", "imageTag=v1");
        server.simulator().advance(Duration.ofMinutes(1));
        AwsCli.Result described = cli.run(server.endpoint(), "us-east-1", "ecr", "describe-images", "--repository-name", "team/hello");

        assertThat(scan.exitCode()).as(scan.stderr()).isZero();
        assertThat(JSON.readTree(described.stdout()).at("/imageDetails/0/imageScanStatus/status").asText()).isEqualTo("COMPLETE");
        assertThat(JSON.readTree(described.stdout()).at("/imageDetails/0/imageScanFindingsSummary/imageScanCompletedAt").isMissingNode()).isFalse();
        assertThat(check.exitCode()).as(check.stderr()).isZero();
        JsonNode answer = JSON.readTree(check.stdout());
        assertThat(answer.get("layers").get(0).get("layerAvailability").asText()).isEqualTo("AVAILABLE");
        assertThat(answer.get("layers").get(0).get("mediaType").asText()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");
        assertThat(answer.get("failures").get(0).get("failureCode").asText()).isEqualTo("MissingLayerDigest");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat("sha256:" + sha256(download.body())).isEqualTo(layout.layerDigest());
        assertThat(tampered.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String auth, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : server.endpoint().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String auth, String body) throws Exception {
        return send(method, path, auth, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String skopeo(String... args) throws Exception {
        if (!Files.isExecutable(Path.of(SKOPEO))) {
            TestPeers.unavailable("skopeo", "not installed (apt-get install -y skopeo; .ci/run does)");
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(SKOPEO, "--insecure-policy"));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("skopeo %s: %s", String.join(" ", args), text).isZero();
        return text;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** An OCI image layout on disk (what {@code skopeo copy oci:DIR:TAG} reads): one layer holding one file. */
    record OciLayout(Path dir, String manifestDigest, String layerDigest, String manifest) {

        static OciLayout write(Path dir, String tag, String content) throws Exception {
            Files.createDirectories(dir.resolve("blobs/sha256"));
            byte[] tar = tar("hello.txt", content.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(tar);
            }
            String layer = blob(dir, gz.toByteArray());
            byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                    + "\"diff_ids\":[\"sha256:" + sha256(tar) + "\"]}}").getBytes(StandardCharsets.UTF_8);
            String configDigest = blob(dir, config);
            String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{"
                    + "\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest + "\",\"size\":"
                    + config.length + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\""
                    + layer + "\",\"size\":" + gz.size() + "}]}";
            String manifestDigest = blob(dir, manifest.getBytes(StandardCharsets.UTF_8));
            Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                    + "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + manifestDigest + "\",\"size\":"
                    + manifest.length() + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}]}");
            Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
            return new OciLayout(dir, manifestDigest, layer, manifest);
        }

        private static String blob(Path dir, byte[] bytes) throws Exception {
            String digest = sha256(bytes);
            Files.write(dir.resolve("blobs/sha256/" + digest), bytes);
            return "sha256:" + digest;
        }

        /** A POSIX tar holding one regular file (header, content, padding, two empty blocks). */
        private static byte[] tar(String name, byte[] content) throws IOException {
            byte[] header = new byte[512];
            put(header, 0, name);
            put(header, 100, "0000644");
            put(header, 108, "0000000");
            put(header, 116, "0000000");
            put(header, 124, String.format("%011o", content.length));
            put(header, 136, "00000000000");
            java.util.Arrays.fill(header, 148, 156, (byte) ' ');
            header[156] = '0';
            put(header, 257, "ustar");
            put(header, 263, "00");
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, String.format("%06o", sum));
            header[154] = 0;
            header[155] = ' ';
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(header);
            out.write(content);
            out.write(new byte[(512 - content.length % 512) % 512]);
            out.write(new byte[1024]);
            return out.toByteArray();
        }

        private static void put(byte[] header, int offset, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(bytes, 0, header, offset, bytes.length);
        }
    }
}
