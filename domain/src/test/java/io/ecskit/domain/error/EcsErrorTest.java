package io.ecskit.domain.error;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class EcsErrorTest {

    enum Kind { NOT_FOUND, RETRYABLE, INVALID_INPUT }

    /** The decision for every record; a new record fails the first test until it is listed here. */
    private static final Map<Class<?>, Set<Kind>> KINDS = Map.ofEntries(
            entry(EcsError.Invalid.class, Set.of(Kind.INVALID_INPUT)),
            entry(EcsError.ClientError.class, Set.of(Kind.INVALID_INPUT)),
            entry(EcsError.InvalidParameter.class, Set.of(Kind.INVALID_INPUT)),
            entry(EcsError.ClusterNotFound.class, Set.of(Kind.NOT_FOUND)),
            entry(EcsError.ServiceNotFound.class, Set.of(Kind.NOT_FOUND)),
            entry(EcsError.ServiceNotActive.class, Set.of()),
            entry(EcsError.ClusterContainsServices.class, Set.of()),
            entry(EcsError.ClusterContainsTasks.class, Set.of()),
            entry(EcsError.ClusterContainsContainerInstances.class, Set.of()),
            entry(EcsError.RepositoryAlreadyExists.class, Set.of()),
            entry(EcsError.RepositoryNotFound.class, Set.of(Kind.NOT_FOUND)),
            entry(EcsError.RepositoryNotEmpty.class, Set.of()),
            entry(EcsError.ImageTagAlreadyExists.class, Set.of()),
            entry(EcsError.ImageNotFound.class, Set.of(Kind.NOT_FOUND)),
            entry(EcsError.ResourceAlreadyExists.class, Set.of()),
            entry(EcsError.ResourceNotFound.class, Set.of(Kind.NOT_FOUND)),
            entry(EcsError.Throttled.class, Set.of(Kind.RETRYABLE)),
            entry(EcsError.AccessDenied.class, Set.of()),
            entry(EcsError.ResourceInUse.class, Set.of()),
            entry(EcsError.Unavailable.class, Set.of(Kind.RETRYABLE)),
            // the caller's deadline passed on a request safe to repeat: asking again (with more time) may succeed
            entry(EcsError.DeadlinePassed.class, Set.of(Kind.RETRYABLE)),
            // may have been carried out: read the state before asking again
            entry(EcsError.OutcomeUnknown.class, Set.of()),
            entry(EcsError.NoCredentials.class, Set.of()),
            entry(EcsError.EndpointUnreachable.class, Set.of()),
            entry(EcsError.Other.class, Set.of()));

    @Test
    void predicates_everyRecordHasADecision() {
        assertThat(KINDS.keySet()).containsExactlyInAnyOrder(EcsError.class.getPermittedSubclasses());
    }

    @Test
    void predicates_answerAsDecidedForEveryRecord() {
        for (Class<?> type : EcsError.class.getPermittedSubclasses()) {
            EcsError error = instance(type);
            assertThat(kinds(error)).as(type.getSimpleName()).isEqualTo(KINDS.get(type));
        }
    }

    @Test
    void predicates_ofOther_followAwsCode() {
        assertThat(kinds(other("LifecyclePolicyNotFoundException"))).containsExactly(Kind.NOT_FOUND);
        assertThat(kinds(other("InvalidTagParameterException"))).containsExactly(Kind.INVALID_INPUT);
        assertThat(kinds(other("ValidationException"))).containsExactly(Kind.INVALID_INPUT);
        assertThat(kinds(other("ParamValidationError"))).containsExactly(Kind.INVALID_INPUT);
        assertThat(kinds(other("LimitExceededException"))).isEmpty();
        assertThat(kinds(other("UnmappableResponse"))).isEmpty();
    }

    @Test
    void predicates_ofRecordsMadeFromRules_matchTheirRecords() {
        assertThat(EcsError.ClusterNotFound.of().isNotFound()).isTrue();
        assertThat(EcsError.ServiceNotActive.of().isNotFound()).isFalse();
        assertThat(EcsError.InvalidParameter.of("bad").isInvalidInput()).isTrue();
        assertThat(EcsError.Throttled.of("Rate exceeded").isRetryable()).isTrue();
    }

    private static Set<Kind> kinds(EcsError error) {
        Map<Kind, Predicate<EcsError>> predicates = Map.of(Kind.NOT_FOUND, EcsError::isNotFound,
                Kind.RETRYABLE, EcsError::isRetryable, Kind.INVALID_INPUT, EcsError::isInvalidInput);
        return predicates.entrySet().stream().filter(p -> p.getValue().test(error)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static EcsError other(String code) {
        return new EcsError.Other(code, "message", Option.none());
    }

    /** A record of the type through its canonical constructor, with neutral values ("Code" for a code). */
    private static EcsError instance(Class<?> type) {
        assertThat(type.isRecord()).as(type.getSimpleName() + " is a record").isTrue();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> c.getType() == String.class ? (c.getName().equals("code") ? "Code" : "text")
                : c.getType() == Option.class ? Option.none()
                : c.getType() == Seq.class ? List.empty()
                : fail("no neutral value for " + type.getSimpleName() + "." + c.getName())).toArray();
        try {
            return (EcsError) type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName(), e);
        }
    }

    private static Object fail(String message) {
        throw new AssertionError(message);
    }
}
