package io.ecskit.docs;

import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.json.EcsJson;

/** What the docs' snippets take as given. */
final class Snippets {

    private Snippets() {
    }

    /** The seed's corrected hello-world task definition (the CLI ships it). */
    static TaskDefinition helloWorld() {
        try (var in = Snippets.class.getResourceAsStream("/hello-world-task-def.json")) {
            return io.ecskit.domain.error.EcsError.getOrThrow(EcsJson.readTaskDefinition(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .mapLeft(io.ecskit.json.JsonProblem::toEcsError));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
