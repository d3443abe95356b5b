package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of every contract suite: a fresh backend per test, capability gates, Either assertions. */
public abstract class ContractTest {

    protected Backend backend;
    protected EcsKit kit;
    protected ContractFixtures fixtures;

    /** A new backend for one test; subclasses are a line or two. */
    protected abstract Backend newBackend();

    @BeforeEach
    final void openBackend() {
        backend = newBackend();
        kit = backend.kit();
        fixtures = new ContractFixtures(backend);
    }

    @AfterEach
    final void closeBackend() {
        backend.close();
    }

    /** Skips the test ({@link MissingCapability}: the capability and the backend's reason) when the backend lacks it. */
    protected void requires(Capability capability) {
        var reason = backend.lacks(capability);
        if (reason.isDefined()) {
            throw new MissingCapability(backend.name(), capability, reason.get());
        }
    }

    /** The backend of the running test (null before it opened), for reports such as a scorecard. */
    public final Backend currentBackend() {
        return backend;
    }

    protected static <T> T right(Either<EcsError, T> either) {
        assertThat(either.isRight()).as("expected success but got %s", either).isTrue();
        return either.get();
    }

    /** Asserts the error record type and AWS's exact message. */
    protected static void assertError(Either<EcsError, ?> either, Class<? extends EcsError> type, String message) {
        assertThat(either.isLeft()).as("expected %s but got %s", type.getSimpleName(), either).isTrue();
        assertThat(either.getLeft()).isInstanceOf(type);
        assertThat(either.getLeft().message()).isEqualTo(message);
    }

    protected static void assertErrorType(Either<EcsError, ?> either, Class<? extends EcsError> type) {
        assertThat(either.isLeft()).as("expected %s but got %s", type.getSimpleName(), either).isTrue();
        assertThat(either.getLeft()).isInstanceOf(type);
    }
}
