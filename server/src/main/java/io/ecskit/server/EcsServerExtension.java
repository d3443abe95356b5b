package io.ecskit.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;

/**
 * JUnit 5: an {@link InMemoryEcsServer} on a free 127.0.0.1 port for each test class, for code
 * written against the AWS SDK's own clients. Test methods (and constructors) can take the
 * {@code URI} endpoint or the {@code InMemoryEcsServer} itself.
 * <pre>{@code
 * @RegisterExtension
 * static final EcsServerExtension AWS = EcsServerExtension.create();
 *
 * @Test
 * void createsACluster(URI endpoint) {
 *     EcsClient ecs = EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
 *     ...
 * }
 * }</pre>
 * State lives for the class: tests of one class see each other's resources (use distinct names,
 * or a class per scenario) — or, with {@link #resetEachTest()}, every test starts from an empty
 * account on the same server (as {@code POST /_ecskit/reset} does).
 */
public final class EcsServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final InMemoryEcsServer.Builder builder;
    private final boolean resetEachTest;
    private InMemoryEcsServer server;

    private EcsServerExtension(InMemoryEcsServer.Builder builder, boolean resetEachTest) {
        this.builder = builder;
        this.resetEachTest = resetEachTest;
    }

    private EcsServerExtension(InMemoryEcsServer.Builder builder) {
        this(builder, false);
    }

    /** This extension, forgetting all state before each test (one server for the class, an empty account per test). */
    public EcsServerExtension resetEachTest() {
        return new EcsServerExtension(builder, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetEachTest && server != null) {
            server.reset();
        }
    }

    /** Also the constructor JUnit uses for {@code @ExtendWith(EcsServerExtension.class)}: defaults, manual clock. */
    public EcsServerExtension() {
        this(InMemoryEcsServer.builder());
    }

    public static EcsServerExtension create() {
        return new EcsServerExtension();
    }

    /** With a configured server, e.g. {@code InMemoryEcsServer.builder().clock(ClockMode.parse("fast=600"))}. */
    public static EcsServerExtension with(InMemoryEcsServer.Builder builder) {
        return new EcsServerExtension(builder);
    }

    /** The running server (between beforeAll and afterAll). */
    public InMemoryEcsServer server() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while the test class runs");
        }
        return server;
    }

    public URI endpoint() {
        return server().endpoint();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URI.class || type == InMemoryEcsServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class ? endpoint() : server();
    }
}
