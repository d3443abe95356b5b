package io.ecskit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Task definitions in the AWS CLI's JSON: what {@code aws ecs register-task-definition
 * --cli-input-json} takes, and what {@code aws ecs describe-task-definition} prints (with or
 * without its {@code {"taskDefinition": ..., "tags": ...}} wrapper).
 */
public final class TaskDefinitionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TaskDefinitionJson() {
    }

    public static Either<JsonProblem, ParsedTaskDefinition> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Either.left(new JsonProblem.Unreadable(file.toString(), String.valueOf(e.getMessage())));
        }
    }

    public static Either<JsonProblem, ParsedTaskDefinition> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Either.left(new JsonProblem.Malformed(
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return Either.left(new JsonProblem.Malformed(1, 1, "expected a JSON object"));
        }
        return read(root);
    }

    private static Either<JsonProblem, ParsedTaskDefinition> read(JsonNode root) {
        NodeReader.Problems problems = new NodeReader.Problems();
        boolean describeOutput = root.has("taskDefinition") && root.get("taskDefinition").isObject();
        JsonNode body = describeOutput ? root.get("taskDefinition") : root;

        NodeReader reader = new NodeReader(body, describeOutput ? "taskDefinition" : "", problems);
        TaskDefinition definition = TaskDefinitionReader.taskDefinition(reader);
        Option<String> arn = textOf(body, "taskDefinitionArn");
        Option<Integer> revision = Option.of(body.get("revision")).filter(JsonNode::isInt).map(JsonNode::intValue);
        Option<String> status = textOf(body, "status");
        reader.finish();
        if (describeOutput) {
            // describe-task-definition --include TAGS puts the tags beside the definition
            NodeReader wrapper = new NodeReader(root, "", problems);
            wrapper.ignore("taskDefinition");
            var wrapperTags = TaskDefinitionReader.tags(wrapper);
            wrapper.finish();
            definition = definition.toBuilder().tags(definition.tags().appendAll(wrapperTags)).build();
        }
        if (!problems.violations.isEmpty()) {
            return Either.left(new JsonProblem.Invalid(List.ofAll(problems.violations), List.ofAll(problems.warnings)));
        }
        return Either.right(new ParsedTaskDefinition(definition, List.ofAll(problems.warnings), arn, revision, status));
    }

    private static Option<String> textOf(JsonNode node, String field) {
        return Option.of(node.get(field)).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    /** The register-task-definition request JSON for the model, pretty-printed. */
    public static String write(TaskDefinition definition) {
        try {
            return MAPPER.writeValueAsString(TaskDefinitionWriter.taskDefinition(definition).node());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
