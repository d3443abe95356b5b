package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.in.PushImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PushImageTest {

    @RegisterExtension
    static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    static final ImageSource HTTPD = ImageSource.FromRegistry.of("public.ecr.aws/docker/library/httpd:2.4");

    @Test
    void push_createsTheRepository_andReturnsEcrUris(InMemoryEcsKit kit) {
        PushedImage pushed = kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("hello-world"),
                new ImageTag("v1")), p -> { }).get();

        assertThat(pushed.byTag().toString()).isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world:v1");
        assertThat(pushed.byDigest().toString()).isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@"
                + pushed.digest().value());
        assertThat(kit.api().imageRepositories().images(new RepositoryName("hello-world")).get().single().digest())
                .isEqualTo(pushed.digest());
    }

    @Test
    void push_sameSourceTwice_hasTheSameDigest(InMemoryEcsKit kit) {
        PushedImage a = kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("repo"), new ImageTag("a")), p -> { }).get();
        PushedImage b = kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("repo"), new ImageTag("b")), p -> { }).get();

        assertThat(b.digest()).isEqualTo(a.digest());
        assertThat(kit.api().imageRepositories().images(new RepositoryName("repo")).get().single().tags())
                .containsExactly(new ImageTag("a"), new ImageTag("b"));
    }

    @Test
    void push_existingTagToImmutable_isImageTagAlreadyExists(InMemoryEcsKit kit) {
        kit.api().imageRepositories().create(new RepositorySpec(new RepositoryName("frozen"), TagMutability.IMMUTABLE, false)).get();
        kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("frozen"), new ImageTag("v1")), p -> { }).get();

        var again = kit.pushImage(PushImage.Command.of(ImageSource.FromRegistry.of("nginx:1.27"),
                new RepositoryName("frozen"), new ImageTag("v1")), p -> { });

        assertThat(again.getLeft()).isInstanceOf(EcsError.ImageTagAlreadyExists.class);
    }

    @Test
    void authorization_isCachedForTwelveHours_thenRenewed(InMemoryEcsKit kit, Simulator simulator) {
        simulator.resetCalls();
        kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("repo"), new ImageTag("1")), p -> { }).get();
        simulator.advance(Duration.ofHours(11));
        kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("repo"), new ImageTag("2")), p -> { }).get();
        assertThat(simulator.calls("GetAuthorizationToken")).isEqualTo(1);

        simulator.advance(Duration.ofMinutes(56));
        kit.pushImage(PushImage.Command.of(HTTPD, new RepositoryName("repo"), new ImageTag("3")), p -> { }).get();

        assertThat(simulator.calls("GetAuthorizationToken")).isEqualTo(2);
    }

    @Test
    void push_missingArchive_isInvalidParameter(InMemoryEcsKit kit) {
        var result = kit.pushImage(PushImage.Command.of(new ImageSource.FromDockerArchive(java.nio.file.Path.of("nope.tar")),
                new RepositoryName("repo"), new ImageTag("1")), p -> { });

        assertThat(result.getLeft()).isInstanceOf(EcsError.InvalidParameter.class);
    }
}
