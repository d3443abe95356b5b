package io.ecskit.adapter.aws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a kit built without {@code .region(...)} gets its region. The SDK's chain reads this JVM's
 * environment and {@code ~/.aws}, which a test cannot clear: the cases that need them absent run
 * in a child JVM with an empty environment, a {@code HOME} of its own and no instance metadata.
 */
class AwsEcsKitRegionTest {

    @Test
    void build_withoutRegion_takesTheAwsRegionSystemProperty() {
        String region = withAwsRegionProperty("ap-southeast-2", () -> {
            try (AwsEcsKit kit = AwsEcsKit.builder().build()) {
                return kit.region();
            }
        });

        assertThat(region).isEqualTo("ap-southeast-2");
    }

    @Test
    void build_withRegion_ignoresTheChain() {
        String region = withAwsRegionProperty("ap-southeast-2", () -> {
            try (AwsEcsKit kit = AwsEcsKit.builder().region("eu-west-1").build()) {
                return kit.region();
            }
        });

        assertThat(region).isEqualTo("eu-west-1");
    }

    @Test
    void build_withProfileAndNoRegion_takesTheProfilesRegion(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-west-2\n\n[profile ecskit-test]\nregion = sa-east-1\n");

        assertThat(buildInCleanJvm(home, "ecskit-test")).isEqualTo("region sa-east-1");
        assertThat(buildInCleanJvm(home, null)).isEqualTo("region us-west-2");
    }

    @Test
    void build_whenNoRegionAnywhere_throwsIllegalStateExceptionSayingWhatToDo(@TempDir Path home) throws Exception {
        assertThat(buildInCleanJvm(home, null)).isEqualTo("java.lang.IllegalStateException: No AWS region: pass "
                + "AwsEcsKit.builder().region(\"eu-west-1\"), or set AWS_REGION (or the aws.region system property) "
                + "or a region in your AWS profile (~/.aws/config)");
        assertThat(buildInCleanJvm(home, "ecskit-test")).endsWith("or region in profile 'ecskit-test' of ~/.aws/config");
    }

    /** The child JVM: builds a kit without a region (with the profile in args[0], if any) and prints what came of it. */
    public static final class BuildWithoutRegion {
        public static void main(String[] args) {
            AwsEcsKit.Builder builder = AwsEcsKit.builder();
            if (args.length > 0) {
                builder.profile(args[0]);
            }
            try (AwsEcsKit kit = builder.build()) {
                System.out.println("region " + kit.region());
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }

    private static String buildInCleanJvm(Path home, String profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daws.disableEc2Metadata=true", "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), BuildWithoutRegion.class.getName()));
        if (profile != null) {
            command.add(profile);
        }
        ProcessBuilder child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        child.environment().clear();
        child.environment().put("HOME", home.toString());
        Process process = child.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 60 s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static <T> T withAwsRegionProperty(String region, Supplier<T> body) {
        String before = System.getProperty("aws.region");
        System.setProperty("aws.region", region);
        try {
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", before);
            }
        }
    }
}
