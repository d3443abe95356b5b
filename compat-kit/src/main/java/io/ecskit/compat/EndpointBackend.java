package io.ecskit.compat;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A {@link Backend} for any AWS-compatible endpoint (moto, LocalStack, a server of your own): the
 * AWS adapter ({@link AwsEcsKit}) pointed at it, so an emulator can be graded by the compatibility
 * kit without writing a backend. What the endpoint cannot do is declared with
 * {@link Builder#lacks(Capability, String)}; two capabilities need controls no AWS API has and are
 * always declared missing: {@link Capability#CONTAINER_INSTANCES} and {@link Capability#FAULT_INJECTION}.
 * Images are seeded with ECR's PutImage; call counts come from the kit; another region is another kit.
 *
 * <p>{@code -Decskit.kit.probe=CAP1,CAP2} runs the tests of those declared gaps anyway (to check a gap
 * is still one after the emulator was upgraded).
 */
public final class EndpointBackend implements Backend {

    /** Capabilities to test although declared missing, comma-separated. */
    public static final String PROBE_PROPERTY = "ecskit.kit.probe";

    private static final Map<Capability, String> NO_API = LinkedHashMap.of(
            Capability.CONTAINER_INSTANCES, "EndpointBackend cannot register EC2 container instances (no AWS API a test can call does)",
            Capability.FAULT_INJECTION, "EndpointBackend cannot make an image unpullable, fire an alarm or script a hook (no AWS API does)",
            Capability.APPLICATION_AUTO_SCALING, "the AWS SDK for Java 2.59.1 has no Application Auto Scaling module, so ecskit's AWS adapter refuses it by name (rule scalingAwsClient)");

    private final Builder settings;
    private final AwsEcsKit kit;
    private final java.util.List<AutoCloseable> opened = new ArrayList<>();

    private EndpointBackend(Builder settings) {
        this.settings = settings;
        settings.beforeEachTest.run();
        this.kit = kitIn0(settings.region);
    }

    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    private AwsEcsKit kitIn0(String region) {
        AwsEcsKit.Builder builder = AwsEcsKit.builder().endpointOverride(settings.endpoint).region(region)
                .credentials(credentials()).maxAttempts(3).apiCallTimeout(Duration.ofSeconds(30));
        if (settings.accountId != null) {
            builder.accountId(settings.accountId);
        }
        return settings.kit.apply(builder).build();
    }

    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId, settings.secretAccessKey));
    }

    @Override
    public String name() {
        return settings.name;
    }

    @Override
    public EcsKit kit() {
        return kit;
    }

    @Override
    public Seq<String> subnets() {
        return settings.subnets;
    }

    @Override
    public Seq<String> securityGroups() {
        return settings.securityGroups;
    }

    @Override
    public String prefix() {
        return settings.prefix;
    }

    @Override
    public String executionRoleArn() {
        return settings.executionRoleArn == null ? Backend.super.executionRoleArn() : settings.executionRoleArn;
    }

    @Override
    public Option<String> lacks(Capability capability) {
        boolean probed = List.of(System.getProperty(PROBE_PROPERTY, "").split(",")).map(String::trim).contains(capability.name());
        return probed ? Option.none() : settings.gaps.get(capability);
    }

    @Override
    public void passTime(Duration duration) {
        settings.passTime.accept(duration);
    }

    /** ECR's PutImage (capability IMAGE_SEEDING), then the image as the kit lists it. */
    @Override
    public Either<EcsError, Image> putImage(RepositoryName repository, ImageTag tag, byte[] manifest) {
        EcrClient ecr = EcrClient.builder().endpointOverride(settings.endpoint).region(Region.of(settings.region))
                .credentialsProvider(credentials()).build();
        opened.add(ecr);
        try {
            ecr.putImage(r -> r.repositoryName(repository.value()).imageTag(tag.value())
                    .imageManifest(new String(manifest, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw new IllegalStateException(name() + " refused ECR PutImage; declare IMAGE_SEEDING missing if it has no PutImage", e);
        }
        return kit.api().imageRepositories().images(repository).map(images -> images.find(i -> i.tags().contains(tag)).get());
    }

    @Override
    public int calls(String operation) {
        return kit.calls().count(operation);
    }

    @Override
    public void resetCalls() {
        kit.calls().reset();
    }

    @Override
    public EcsKit kitIn(String region) {
        AwsEcsKit other = kitIn0(region);
        opened.add(other);
        return other;
    }

    @Override
    public void close() {
        try {
            kit.close();
            for (AutoCloseable c : opened) {
                c.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing " + name(), e);
        } finally {
            settings.afterEachTest.run();
        }
    }

    /** Everything but the endpoint has a default that suits a local emulator. */
    public static final class Builder {
        private final URI endpoint;
        private String name;
        private String region = "us-east-1";
        private String accountId;
        private String accessKeyId = "test";
        private String secretAccessKey = "test";
        private Seq<String> subnets = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788");
        private Seq<String> securityGroups = List.of("sg-0123456789abcdef0");
        private String executionRoleArn;
        private String prefix = "kit-";
        private Map<Capability, String> gaps = NO_API;
        private Runnable beforeEachTest = () -> { };
        private Runnable afterEachTest = () -> { };
        private Consumer<Duration> passTime = EndpointBackend::sleep;
        private UnaryOperator<AwsEcsKit.Builder> kit = UnaryOperator.identity();

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.name = endpoint.getAuthority();
        }

        /** For the scorecard and skip messages; default the endpoint's host:port. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Default us-east-1. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Default: what the kit finds out (GetCallerIdentity, else an ARN the endpoint answers). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Default test / test: emulators take any. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = accessKeyId;
            this.secretAccessKey = secretAccessKey;
            return this;
        }

        /** Subnets CreateService may use (an emulator that checks them needs real ones; default two made-up ids). */
        public Builder subnets(String... subnets) {
            this.subnets = List.of(subnets);
            return this;
        }

        public Builder securityGroups(String... securityGroups) {
            this.securityGroups = List.of(securityGroups);
            return this;
        }

        public Builder executionRoleArn(String executionRoleArn) {
            this.executionRoleArn = executionRoleArn;
            return this;
        }

        /** Prefixed to every name a test creates (default {@code kit-}). */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Declares a gap: tests that need the capability are skipped with this reason, and the scorecard lists it. */
        public Builder lacks(Capability capability, String reason) {
            this.gaps = gaps.put(capability, Objects.requireNonNull(reason, "reason"));
            return this;
        }

        /** Declares several gaps at once. */
        public Builder lacks(java.util.Map<Capability, String> reasons) {
            reasons.forEach(this::lacks);
            return this;
        }

        /** Runs when each test's backend opens, before the test: reset the emulator, e.g. {@link #post(URI)}. */
        public Builder beforeEachTest(Runnable reset) {
            this.beforeEachTest = Objects.requireNonNull(reset);
            return this;
        }

        /** Runs when each test's backend closes, even after a failure. */
        public Builder afterEachTest(Runnable cleanUp) {
            this.afterEachTest = Objects.requireNonNull(cleanUp);
            return this;
        }

        /** How the tests let time pass (tasks start, deployments finish); default: wait in real time. */
        public Builder passTime(Consumer<Duration> passTime) {
            this.passTime = Objects.requireNonNull(passTime);
            return this;
        }

        /** Anything else on the kit under test (time source, timeouts, HTTP client): applied last. */
        public Builder kit(UnaryOperator<AwsEcsKit.Builder> customize) {
            this.kit = Objects.requireNonNull(customize);
            return this;
        }

        public EndpointBackend build() {
            return new EndpointBackend(this);
        }
    }

    /**
     * POSTs to a control URL and insists on a 2xx answer, for {@link Builder#beforeEachTest}: an
     * emulator's reset (moto's is {@code /moto-api/reset}).
     */
    public static void post(URI url) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + url + " answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + url + " interrupted", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
