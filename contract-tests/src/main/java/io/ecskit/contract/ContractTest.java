package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.port.EcsKit;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /** Skips the test, naming the backend's reason, when it lacks the capability. */
    protected void requires(Capability capability) {
        var reason = backend.lacks(capability);
        assumeTrue(reason.isEmpty(), () -> backend.name() + " lacks " + capability + ": " + reason.get());
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
