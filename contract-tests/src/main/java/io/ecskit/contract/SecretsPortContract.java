package io.ecskit.contract;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.secrets.Parameter;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.domain.secrets.SecretVersion;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.port.out.SecretsPort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SecretsPort: Secrets Manager secrets and SSM parameters as task definitions' {@code secrets} use them (issue 25 item 7),
 * and what a task's start makes of them. What a test creates is deleted after it (secrets at once, without recovery).
 */
public abstract class SecretsPortContract extends ContractTest {

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private SecretsPort secrets() {
        return kit.api().secrets();
    }

    private Secret secret(String name, String value) {
        Secret secret = right(secrets().createSecret(SecretSpec.of(name, value)));
        cleanUp.push(() -> secrets().deleteSecret(name, Option.none(), true));
        return secret;
    }

    private Parameter parameter(ParameterSpec spec) {
        Parameter parameter = right(secrets().putParameter(spec));
        cleanUp.push(() -> secrets().deleteParameter(spec.name()));
        return parameter;
    }

    private static void assertAwsError(Either<EcsError, ?> either, String code, Option<String> message) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        assertThat(either.getLeft().code()).isEqualTo(code);
        message.forEach(m -> assertThat(either.getLeft().message()).isEqualTo(m));
    }

    private Option<String> message(String text) {
        return backend.lacks(Capability.SECRETS_MESSAGES).isEmpty() ? Option.of(text) : Option.none();
    }

    @Test
    void createSecret_isReadByNameAndByArn_asAwsCurrent() {
        String name = fixtures.name("db/password");
        Secret created = secret(name, "s3cr3t");

        SecretVersion byName = right(secrets().secretValue(name, Option.none(), Option.none())).version();
        SecretVersion byArn = right(secrets().secretValue(created.arn(), Option.none(), Option.none())).version();

        assertThat(created.arn()).matches("arn:aws:secretsmanager:" + kit.region() + ":" + kit.accountId() + ":secret:"
                + java.util.regex.Pattern.quote(name) + "-[A-Za-z0-9]{6}");
        assertThat(byName.secretString()).contains("s3cr3t");
        assertThat(byName.versionStages()).containsExactly("AWSCURRENT");
        assertThat(byArn.versionId()).isEqualTo(byName.versionId());
        assertThat(right(secrets().describeSecret(name)).name()).isEqualTo(name);
    }

    @Test
    void putSecretValue_makesANewCurrentVersion_andThePreviousOneStaysReadable() {
        String name = fixtures.name("api-key");
        secret(name, "first");

        SecretVersion first = right(secrets().secretValue(name, Option.none(), Option.none())).version();
        SecretVersion second = right(secrets().putSecretValue(name, Option.of("second"), Option.none(), Option.none())).version();
        right(secrets().putSecretValue(name, Option.of("third"), Option.none(), Option.none()));

        assertThat(right(secrets().secretValue(name, Option.none(), Option.none())).version().secretString()).contains("third");
        assertThat(right(secrets().secretValue(name, Option.none(), Option.of("AWSPREVIOUS"))).version().secretString()).contains("second");
        assertThat(right(secrets().secretValue(name, Option.of(second.versionId()), Option.none())).version().secretString())
                .contains("second");
        // a version left without a label stays readable by its id
        assertThat(right(secrets().secretValue(name, Option.of(first.versionId()), Option.none())).version().secretString())
                .contains("first");
        assertAwsError(secrets().secretValue(name, Option.none(), Option.of("NOPE")), "ResourceNotFoundException",
                message("Secrets Manager can't find the specified secret value for staging label: NOPE"));
    }

    @Test
    void anUnknownSecret_isNotFound_andADuplicateNameIsRefused() {
        String name = fixtures.name("dup");
        secret(name, "x");

        assertAwsError(secrets().describeSecret(fixtures.name("missing")), "ResourceNotFoundException",
                Option.of("Secrets Manager can't find the specified secret."));
        if (backend.lacks(Capability.SECRETS_MESSAGES).isEmpty()) {
            assertAwsError(secrets().createSecret(SecretSpec.of(name, "y")), "ResourceExistsException",
                    Option.of("The operation failed because the secret " + name + " already exists."));
        }
    }

    @Test
    void aDeletedSecret_cannotBeRead_untilRestored() {
        String name = fixtures.name("deleted");
        secret(name, "x");

        assertAwsError(secrets().deleteSecret(name, Option.of(3L), false), "InvalidParameterException",
                message("The RecoveryWindowInDays value must be between 7 and 30 days (inclusive)."));
        Secret scheduled = right(secrets().deleteSecret(name, Option.of(7L), false));
        assertThat(scheduled.deletedDate().isDefined()).isTrue();
        assertAwsError(secrets().secretValue(name, Option.none(), Option.none()), "InvalidRequestException",
                message("You can't perform this operation on the secret because it was marked for deletion."));
        right(secrets().restoreSecret(name));
        assertThat(right(secrets().secretValue(name, Option.none(), Option.none())).version().secretString()).contains("x");
    }

    @Test
    void updateSecret_changesTheDescriptionAndValue_andTagsAreSetAndRemoved() {
        String name = fixtures.name("updated");
        secret(name, "v1");

        Secret updated = right(secrets().updateSecret(name, Option.of("the new one"), Option.none(), Option.of("v2"), Option.none(),
                Option.none()));
        right(secrets().tagSecret(name, List.of(io.ecskit.domain.Tag.of("team", "a"), io.ecskit.domain.Tag.of("env", "dev"))));
        right(secrets().tagSecret(name, List.of(io.ecskit.domain.Tag.of("env", "prod"))));
        right(secrets().untagSecret(name, List.of("team")));

        assertThat(updated.description()).contains("the new one");
        assertThat(right(secrets().secretValue(name, Option.none(), Option.none())).version().secretString()).contains("v2");
        assertThat(right(secrets().secretValue(name, Option.none(), Option.of("AWSPREVIOUS"))).version().secretString()).contains("v1");
        Secret described = right(secrets().describeSecret(name));
        assertThat(described.description()).contains("the new one");
        assertThat(described.tags()).containsExactly(io.ecskit.domain.Tag.of("env", "prod"));
        assertAwsError(secrets().tagSecret(fixtures.name("missing"), List.of(io.ecskit.domain.Tag.of("a", "b"))), "ResourceNotFoundException",
                Option.of("Secrets Manager can't find the specified secret."));
    }

    @Test
    void putParameter_versions_overwrite_andReadsByVersionAndPath() {
        String base = "/" + fixtures.name("app");
        parameter(ParameterSpec.string(base + "/db/host", "db.internal"));
        parameter(ParameterSpec.string(base + "/db/port", "5432"));
        parameter(ParameterSpec.string(base + "/flag", "on"));

        assertAwsError(secrets().putParameter(ParameterSpec.string(base + "/flag", "off")), "ParameterAlreadyExists",
                Option.of("The parameter already exists. To overwrite this value, set the overwrite option in the request to true."));
        ParameterSpec overwrite = new ParameterSpec(base + "/flag", "off", Option.none(), true, Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), List.empty());
        assertThat(right(secrets().putParameter(overwrite)).version()).isEqualTo(2L);
        assertThat(right(secrets().parameter(base + "/flag", false)).value()).isEqualTo("off");
        assertThat(right(secrets().parameter(base + "/flag:1", false)).value()).isEqualTo("on");
        assertThat(right(secrets().parametersByPath(base, false, false)).map(Parameter::name)).containsExactly(base + "/flag");
        assertThat(right(secrets().parametersByPath(base, true, false)).map(Parameter::name))
                .containsExactlyInAnyOrder(base + "/db/host", base + "/db/port", base + "/flag");
        assertAwsError(secrets().parameter(base + "/nope", false), "ParameterNotFound", Option.none());
    }

    @Test
    void aSecureString_isReadAsStoredOnlyWithDecryption() {
        String name = "/" + fixtures.name("secure") + "/token";
        parameter(ParameterSpec.secure(name, "t0ken"));

        assertThat(right(secrets().parameter(name, true)).value()).isEqualTo("t0ken");
        assertThat(right(secrets().parameter(name, false)).value()).isNotEqualTo("t0ken");
        assertThat(right(secrets().parameter(name, true)).type()).isEqualTo("SecureString");
    }

    @Test
    void aTaskWhoseSecretsNameAMissingParameter_failsToStart_asFargateDoes() {
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.RUN_TASK);
        String present = "/" + fixtures.name("task") + "/present";
        String missing = "/" + fixtures.name("task") + "/missing";
        parameter(ParameterSpec.string(present, "here"));
        var cluster = fixtures.cluster();
        String family = fixtures.family();
        TaskDefinition td = fixtures.fargate(family);
        ContainerDefinition web = td.containerDefinitions().head().toBuilder().secrets(List.of(
                io.ecskit.domain.taskdef.Secret.builder().name("PRESENT").valueFrom(present).build(),
                io.ecskit.domain.taskdef.Secret.builder().name("MISSING").valueFrom(missing).build())).build();
        right(kit.api().taskDefinitions().register(td.toBuilder().containerDefinitions(List.of(web)).build()));

        Task task = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network())))
                .found().single();
        backend.passTime(Duration.ofMinutes(2));
        Task stopped = right(kit.api().tasks().describe(cluster, List.of(task.taskArn()))).found().single();

        assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(stopped.stoppedReason()).contains("ResourceInitializationError: unable to pull secrets or registry auth: execution "
                + "resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm "
                + "parameters: " + missing);
    }
}
