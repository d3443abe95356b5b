package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ecr.ImageIdentifier;
import io.ecskit.domain.ecr.ImageScan;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 1: a basic scan completes on the clock "with an empty or scripted result": what a test scripts with
 * {@code Simulator.scanFinding} is what DescribeImageScanFindings answers once the scan is COMPLETE, for the image it was
 * scripted for (by tag or digest) and no other.
 */
class ScanFindingsTest {

    static final ImageScan.Finding REGRESSHION = new ImageScan.Finding("CVE-2024-6387", "HIGH",
            "A signal handler race condition in OpenSSH's server (sshd)", "https://nvd.nist.gov/vuln/detail/CVE-2024-6387");

    @Test
    void aScriptedFinding_isWhatTheCompletedScanReports_forThatImageOnly() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Simulator sim = kit.simulator();
        String registry = kit.accountId() + ".dkr.ecr.us-east-1.amazonaws.com/";
        sim.putImage(registry + "web:1").get();
        sim.putImage(registry + "web:2").get();
        assertThat(sim.scanFinding(registry + "web:1", REGRESSHION).isRight()).isTrue();
        var ecr = kit.api().imageRepositories();
        RepositoryName web = RepositoryName.of("web");

        ImageScan started = ecr.startImageScan(web, ImageIdentifier.tag(ImageTag.of("1"))).get();
        assertThat(started.status()).isEqualTo("IN_PROGRESS");
        assertThat(started.findings()).isEmpty();
        ecr.startImageScan(web, ImageIdentifier.tag(ImageTag.of("2"))).get();
        sim.advance(Duration.ofSeconds(31));

        ImageScan one = ecr.imageScanFindings(web, ImageIdentifier.tag(ImageTag.of("1"))).get();
        assertThat(one.status()).isEqualTo("COMPLETE");
        assertThat(one.findings()).containsExactly(REGRESSHION);
        ImageScan byDigest = ecr.imageScanFindings(web, ImageIdentifier.digest(one.imageDigest())).get();
        assertThat(byDigest.findings()).containsExactly(REGRESSHION);
        assertThat(ecr.imageScanFindings(web, ImageIdentifier.tag(ImageTag.of("2"))).get().findings()).as("another image").isEmpty();
    }

    @Test
    void aSeverityEcrDoesNotHave_orAnImageElsewhere_isRefused() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        String registry = kit.accountId() + ".dkr.ecr.us-east-1.amazonaws.com/";

        var severe = kit.simulator().scanFinding(registry + "web:1", new ImageScan.Finding("CVE-1", "SEVERE", "", ""));
        var elsewhere = kit.simulator().scanFinding("docker.io/library/httpd:2.4", REGRESSHION);

        assertThat(severe.getLeft()).isInstanceOf(EcsError.InvalidParameter.class);
        assertThat(severe.getLeft().message()).contains("CRITICAL", "SEVERE");
        assertThat(elsewhere.getLeft().message()).contains("this kit's registry");
    }
}
