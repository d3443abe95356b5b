package io.ecskit.adapter.inmemory;

import io.ecskit.port.EcsKit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh in-memory ECS per test (or, with {@link #perClass()}, one per test class), for users' own tests:
 * <pre>{@code
 * @RegisterExtension
 * static final InMemoryEcsExtension ecs = InMemoryEcsExtension.create();
 *
 * @Test
 * void deploys(InMemoryEcsKit kit, Simulator simulator) { ... }
 * }</pre>
 * Test methods may also take {@link EcsKit} and {@link VirtualClock}.
 */
public final class InMemoryEcsExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InMemoryEcsExtension.class);

    private final String region;
    private final String accountId;
    private final boolean perClass;

    private InMemoryEcsExtension(String region, String accountId, boolean perClass) {
        this.region = region;
        this.accountId = accountId;
        this.perClass = perClass;
    }

    private InMemoryEcsExtension(String region, String accountId) {
        this(region, accountId, false);
    }

    /**
     * This extension with one kit for the whole test class (tests see each other's resources, and the clock goes on
     * from test to test) instead of a fresh one per test. Needs a {@code static} {@code @RegisterExtension} field.
     */
    public InMemoryEcsExtension perClass() {
        return new InMemoryEcsExtension(region, accountId, true);
    }

    /** A fresh kit per test in {@value InMemoryEcsKit#DEFAULT_REGION}, account {@value InMemoryEcsKit#DEFAULT_ACCOUNT}. */
    public static InMemoryEcsExtension create() {
        return new InMemoryEcsExtension(InMemoryEcsKit.DEFAULT_REGION, InMemoryEcsKit.DEFAULT_ACCOUNT);
    }

    /** A fresh kit per test in this region and account. */
    public static InMemoryEcsExtension in(String region, String accountId) {
        return new InMemoryEcsExtension(region, accountId);
    }

    /** The current test's kit (for fields and helpers outside parameter injection). */
    public InMemoryEcsKit kit(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(InMemoryEcsKit.class, InMemoryEcsKit.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            open(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            close(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open(context);
        } else if (kit(context) == null) {
            throw new IllegalStateException("InMemoryEcsExtension.perClass() needs a static @RegisterExtension field "
                    + "(JUnit calls beforeAll only on static ones)");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close(context);
        }
    }

    private void open(ExtensionContext context) {
        VirtualClock clock = new VirtualClock();
        InMemoryEcsKit kit = InMemoryEcsKit.builder().region(region).accountId(accountId).clock(clock).build();
        context.getStore(NAMESPACE).put(InMemoryEcsKit.class, kit);
        context.getStore(NAMESPACE).put(VirtualClock.class, clock);
    }

    private static void close(ExtensionContext context) {
        InMemoryEcsKit kit = context.getStore(NAMESPACE).remove(InMemoryEcsKit.class, InMemoryEcsKit.class);
        if (kit != null) {
            kit.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == InMemoryEcsKit.class || type == EcsKit.class || type == Simulator.class || type == VirtualClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == VirtualClock.class) {
            return context.getStore(NAMESPACE).get(VirtualClock.class, VirtualClock.class);
        }
        InMemoryEcsKit kit = kit(context);
        return type == Simulator.class ? kit.simulator() : kit;
    }
}
