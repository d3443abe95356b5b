package io.ecskit.domain.ecr;

import io.vavr.control.Either;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EcrValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "hello-world", "team/app", "a.b_c__d---e/f0", "x0/y1/z2"})
    void repositoryName_whenEcrAcceptsIt_isValid(String name) {
        assertThat(RepositoryName.parse(name).isRight()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Hello", "-lead", "trail-", "a//b", "a..b", "with space", "a/"})
    void repositoryName_whenEcrRejectsIt_isInvalid(String name) {
        assertThat(RepositoryName.parse(name).isLeft()).isTrue();
    }

    @Test
    void repositoryName_at256Characters_isValid_at257_isInvalid() {
        assertThat(RepositoryName.parse("a".repeat(256)).isRight()).isTrue();
        assertThat(RepositoryName.parse("a".repeat(257)).isLeft()).isTrue();
    }

    @Test
    void imageTag_at300Characters_isValid_at301_isInvalid() {
        assertThat(ImageTag.parse("t".repeat(300)).isRight()).isTrue();
        assertThat(ImageTag.parse("t".repeat(301)).isLeft()).isTrue();
        assertThat(ImageTag.parse("").isLeft()).isTrue();
    }

    @Test
    void imageDigest_requiresSha256And64Hex() {
        assertThat(ImageDigest.parse("sha256:" + "a".repeat(64)).isRight()).isTrue();
        assertThat(ImageDigest.parse("sha256:" + "a".repeat(63)).isLeft()).isTrue();
        assertThat(ImageDigest.parse("md5:" + "a".repeat(64)).isLeft()).isTrue();
    }

    @Test
    void imageUri_printsTagOrDigestForm() {
        String registry = ImageUri.ecrRegistry("123456789012", "us-east-1");
        ImageDigest digest = new ImageDigest("sha256:" + "b".repeat(64));

        assertThat(ImageUri.tagged(registry, "hello-world", new ImageTag("v1")).toString())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world:v1");
        assertThat(ImageUri.pinned(registry, "hello-world", digest).toString())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@sha256:" + "b".repeat(64));
        assertThat(new ImageUri(registry, "r", Either.left(digest)).digest()).contains(digest);
    }

    @Test
    void registryAuthorization_expiresWithin_isTrueFromTheMarginOn() {
        Instant expiry = Instant.parse("2026-01-01T12:00:00Z");
        RegistryAuthorization auth = new RegistryAuthorization("AWS", "secret",
                URI.create("https://123456789012.dkr.ecr.us-east-1.amazonaws.com"), expiry);

        assertThat(auth.expiresWithin(Duration.ofMinutes(5), expiry.minusSeconds(301))).isFalse();
        assertThat(auth.expiresWithin(Duration.ofMinutes(5), expiry.minusSeconds(300))).isTrue();
        assertThat(auth.registryHost()).isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com");
        assertThat(auth.toString()).doesNotContain("secret");
    }
}
