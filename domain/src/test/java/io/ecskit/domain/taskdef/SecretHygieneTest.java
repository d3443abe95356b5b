package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHygieneTest {

    private static TaskDefinition withEnvironment(String... nameValues) {
        List<KeyValuePair> env = List.range(0, nameValues.length / 2).map(i -> KeyValuePair.builder()
                .name(nameValues[2 * i]).value(nameValues[2 * i + 1]).build());
        return TaskDefinition.builder().family("web").containerDefinitions(List.of(ContainerDefinition.builder().name("web")
                .image("nginx").environment(env).build())).build();
    }

    @Test
    void masked_withOnlyTheDesiredDefinition_whenTheSidesHoldDifferentVariablesAtAnIndex() {
        TaskDefinition live = withEnvironment("A_TOKEN", "live-token", "PORT", "80");
        TaskDefinition desired = withEnvironment("PORT", "80");

        var changes = SecretHygiene.masked(TaskDefinitionDiff.between(live, desired), List.of(desired));

        assertThat(changes.mkString()).doesNotContain("live-token").contains("A_TOKEN");
    }

    @Test
    void namesThatLookSecret() {
        assertThat(List.of("DB_PASSWORD", "PASSWORD", "github_token", "STRIPE_API_KEY", "AWS_SECRET_ACCESS_KEY", "PRIVATE_KEY",
                "OAUTH_CLIENT_SECRET", "db.passwd", "APIKEY", "GOOGLE_APPLICATION_CREDENTIALS"))
                .allMatch(SecretHygiene::looksSecret);
        assertThat(List.of("PORT", "LOG_LEVEL", "KEYCLOAK_URL", "TOKENIZER_MODEL", "PUBLIC_KEY_URL", "SPRING_PROFILES_ACTIVE", "API_URL"))
                .noneMatch(SecretHygiene::looksSecret);
    }

    @Test
    void plainSecrets_warnsOncePerVariable_namingSecretsWithValueFromAsTheFix() {
        var warnings = SecretHygiene.plainSecrets(withEnvironment("PORT", "80", "DB_PASSWORD", "hunter2"));

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("containerDefinitions[0].environment[1]");
            assertThat(w.message()).contains("DB_PASSWORD", "\"secrets\"", "\"valueFrom\"", "executionRoleArn").doesNotContain("hunter2");
        });
    }

    @Test
    void masked_hidesSecretLookingValuesAndSecretsReferences_keepsTheRest() {
        TaskDefinition live = withEnvironment("PORT", "80", "DB_PASSWORD", "old-secret");
        TaskDefinition desired = withEnvironment("PORT", "8080", "DB_PASSWORD", "new-secret");

        var changes = SecretHygiene.masked(TaskDefinitionDiff.between(live, desired), List.of(live, desired));

        // the diff compares environments sorted by name (as ECS stores them): DB_PASSWORD is [0], PORT [1]
        assertThat(changes.map(Object::toString)).containsExactlyInAnyOrder(
                "containerDefinitions[0].environment[0].value: **** -> ****",
                "containerDefinitions[0].environment[1].value: 80 -> 8080");
        assertThat(changes.mkString()).doesNotContain("old-secret", "new-secret");

        var secretRef = SecretHygiene.masked(List.of(new TaskDefinitionDiff.Change("containerDefinitions[0].secrets[0].valueFrom",
                Option.of("arn:aws:ssm:us-east-1:1:parameter/a"), Option.of("arn:aws:ssm:us-east-1:1:parameter/b"))), List.empty());
        assertThat(secretRef.head().toString()).isEqualTo("containerDefinitions[0].secrets[0].valueFrom: **** -> ****");
    }
}
