package io.ecskit.adapter.aws;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import io.ecskit.adapter.aws.testing.LocalRegistry;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.in.PushImage;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes through the AWS adapter: the ECR API on moto, the image content to a real registry on
 * 127.0.0.1 that accepts the ECR token moto hands out (user AWS, password = the token).
 */
class RegistryPushIT {

    static {
        // the test's own Jib calls (seeding the local registry) send credentials over loopback HTTP too;
        // the kit gets the same permission from AwsEcsKit.Builder.plainHttpRegistry, which the CLI's jar test proves
        System.setProperty("sendCredentialsOverHttp", "true");
    }

    @TempDir
    Path dir;

    private AwsEcsKit kit;
    private LocalRegistry registry;

    @BeforeEach
    void start() {
        MotoServer moto = MotoServer.get();
        moto.reset();
        RegistryAuthorization token;
        try (AwsEcsKit probe = kit(moto, null)) {
            token = probe.api().imageRepositories().authorization().get();
        }
        registry = LocalRegistry.get(token.username(), token.password());
        kit = kit(moto, registry.hostPort());
    }

    @AfterEach
    void stop() {
        if (kit != null) {
            kit.close();
        }
    }

    private static AwsEcsKit kit(MotoServer moto, String registryEndpoint) {
        return AwsEcsKit.builder().region(MotoServer.REGION).endpointOverride(moto.endpoint())
                .credentials(MotoNetwork.CREDENTIALS).accountId(MotoServer.ACCOUNT).registryEndpoint(registryEndpoint).plainHttpRegistry(registryEndpoint != null).build();
    }

    /** An image built from scratch with one file, pushed straight to the local registry: the "public image" to copy. */
    private String seedImage(String repository, String content) throws Exception {
        Path file = Files.writeString(dir.resolve("hello.txt"), content);
        RegistryAuthorization token = kit.api().imageRepositories().authorization().get();
        String reference = registry.hostPort() + "/" + repository + ":1";
        Jib.fromScratch().addLayer(List.of(file).asJava(), AbsoluteUnixPath.get("/"))
                .containerize(Containerizer.to(RegistryImage.named(reference).addCredential(token.username(), token.password()))
                        .setAllowInsecureRegistries(true));
        return reference;
    }

    private ImageSource.FromRegistry fromLocal(String reference) {
        RegistryAuthorization token = kit.api().imageRepositories().authorization().get();
        return new ImageSource.FromRegistry(reference, Option.of(token.username()), Option.of(token.password()));
    }

    @Test
    void copy_fromAnotherRepository_keepsTheDigest_asTheRegistryReportsIt() throws Exception {
        String source = seedImage("seed/base", "hello from ecskit");
        java.util.List<PushProgress> progress = new ArrayList<>();

        PushedImage pushed = kit.pushImage(PushImage.Command.of(fromLocal(source), new RepositoryName("hello-world"),
                new ImageTag("v1")), progress::add).get();

        assertThat(pushed.digest().value()).isEqualTo(registry.manifestDigest("seed/base", "1"));
        assertThat(registry.manifestDigest("hello-world", "v1")).isEqualTo(pushed.digest().value());
        assertThat(pushed.byTag().toString()).isEqualTo(registry.hostPort() + "/hello-world:v1");
        assertThat(pushed.byDigest().toString()).isEqualTo(registry.hostPort() + "/hello-world@" + pushed.digest().value());
        assertThat(kit.api().imageRepositories().describe(new RepositoryName("hello-world")).get()).isNotEmpty();
        assertThat(progress).isNotEmpty();
    }

    @Test
    void push_dockerArchive_landsWithTheManifestDigestReadBack() throws Exception {
        Path file = Files.writeString(dir.resolve("app.txt"), "archived");
        Path tarball = dir.resolve("image.tar");
        Jib.fromScratch().addLayer(List.of(file).asJava(), AbsoluteUnixPath.get("/app"))
                .containerize(Containerizer.to(TarImage.at(tarball).named("archived:1")));

        PushedImage pushed = kit.pushImage(PushImage.Command.of(new ImageSource.FromDockerArchive(tarball),
                new RepositoryName("archived"), new ImageTag("v1")), p -> { }).get();

        assertThat(registry.manifestDigest("archived", "v1")).isEqualTo(pushed.digest().value());
    }

    @Test
    void push_builtFromABaseAndAJar_addsALayer_andChangesTheDigest() throws Exception {
        String base = seedImage("seed/runtime", "base layer");
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {0x50, 0x4b, 0x03, 0x04});
        ImageSource built = new ImageSource.Built(fromLocal(base), List.of(new ImageSource.Layer(List.of(jar), "/app")),
                List.of("java", "-jar", "/app/app.jar"), HashMap.of("MODE", "prod"));

        PushedImage pushed = kit.pushImage(PushImage.Command.of(built, new RepositoryName("built"), new ImageTag("v1")),
                p -> { }).get();

        assertThat(pushed.digest().value()).isNotEqualTo(registry.manifestDigest("seed/runtime", "1"));
        assertThat(registry.manifestDigest("built", "v1")).isEqualTo(pushed.digest().value());
    }

    @Test
    void push_existingTagIntoImmutableRepository_isRefusedBeforeUploadingAnything() throws Exception {
        RepositoryName repository = new RepositoryName("frozen");
        kit.api().imageRepositories().create(new RepositorySpec(repository, TagMutability.IMMUTABLE, false)).get();
        kit.clients().ecr.putImage(r -> r.repositoryName("frozen").imageTag("v1").imageManifest(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                        + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":2,"
                        + "\"digest\":\"sha256:" + "a".repeat(64) + "\"},\"layers\":[]}"));
        String source = seedImage("seed/other", "other");

        var result = kit.pushImage(PushImage.Command.of(fromLocal(source), repository, new ImageTag("v1")), p -> { });

        assertThat(result.getLeft()).isEqualTo(EcsError.ImageTagAlreadyExists.of("The image tag 'v1' already exists in the "
                + "'frozen' repository and cannot be overwritten because the repository is immutable."));
        assertThat(registry.manifestDigest("frozen", "v1")).isNull();
    }

    @Test
    void push_withAnExpiredToken_fetchesANewOneFirst() throws Exception {
        // moto's tokens expire in 2015, so every push must renew: one GetAuthorizationToken per push
        ImageSource source = fromLocal(seedImage("seed/again", "again"));
        kit.calls().reset();

        kit.pushImage(PushImage.Command.of(source, new RepositoryName("again"), new ImageTag("a")), p -> { }).get();
        kit.pushImage(PushImage.Command.of(source, new RepositoryName("again"), new ImageTag("b")), p -> { }).get();

        assertThat(kit.calls().count("GetAuthorizationToken")).isEqualTo(2);
    }
}
