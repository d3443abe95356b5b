package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.Tag;
import io.ecskit.domain.Violation;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.CreateClusterRequest;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.function.Supplier;

/**
 * ECS documents in the AWS CLI's JSON: what {@code --cli-input-json} takes for
 * register-task-definition, create-service and update-service, and what the describe commands
 * print. Reading refuses what the AWS CLI refuses (an unknown member, with the members there are;
 * a missing required member; a wrong type) and what ECS refuses about the form of a value (an enum
 * value it does not know, a malformed name or ARN), every problem at once.
 */
public final class EcsJson {

    /** The SDK shape each domain record is written as. */
    private static final Map<Class<?>, Class<? extends SdkPojo>> SHAPES = HashMap.<Class<?>, Class<? extends SdkPojo>>empty()
            .put(TaskDefinition.class, RegisterTaskDefinitionRequest.class)
            .put(RegisteredTaskDefinition.class, software.amazon.awssdk.services.ecs.model.TaskDefinition.class)
            .put(ServiceSpec.class, CreateServiceRequest.class)
            .put(ServiceUpdate.class, UpdateServiceRequest.class)
            .put(Service.class, software.amazon.awssdk.services.ecs.model.Service.class)
            .put(Deployment.class, software.amazon.awssdk.services.ecs.model.Deployment.class)
            .put(ClusterSpec.class, CreateClusterRequest.class)
            .put(Cluster.class, software.amazon.awssdk.services.ecs.model.Cluster.class)
            .put(RunTaskSpec.class, RunTaskRequest.class)
            .put(Task.class, software.amazon.awssdk.services.ecs.model.Task.class);

    private static final java.util.Set<String> DESCRIBE_ONLY = java.util.Set.of("taskDefinitionArn", "revision", "status",
            "requiresAttributes", "compatibilities", "registeredAt", "deregisteredAt", "deleteRequestedAt", "registeredBy");

    private EcsJson() {
    }

    /**
     * A task definition from register-task-definition input, or from describe-task-definition
     * output (with or without its {@code {"taskDefinition": ..., "tags": ...}} wrapper), whose
     * read-only members are accepted and left out.
     */
    public static Either<JsonProblem, TaskDefinition> readTaskDefinition(String json) {
        return SdkJson.parse(json).flatMap(root -> {
            if (root.has("taskDefinition") && root.get("taskDefinition").isObject()) {
                Read<DescribeTaskDefinitionResponse> response = read(root, DescribeTaskDefinitionResponse::builder);
                var mapped = SdkMapping.toDomain(response.value().taskDefinition(), RegisteredTaskDefinition.class)
                        .mapLeft(problems -> problems.map(v -> v.at("taskDefinition." + v.path())));
                return response.with(mapped).map(registered -> withTags(registered.definition(), response.value().tags()));
            }
            if (List.ofAll(root::fieldNames).exists(DESCRIBE_ONLY::contains)) {
                Read<software.amazon.awssdk.services.ecs.model.TaskDefinition> body =
                        read(root, software.amazon.awssdk.services.ecs.model.TaskDefinition::builder);
                return body.with(SdkMapping.toDomain(body.value(), RegisteredTaskDefinition.class))
                        .map(RegisteredTaskDefinition::definition);
            }
            Read<RegisterTaskDefinitionRequest> request = read(root, RegisterTaskDefinitionRequest::builder);
            return request.with(SdkMapping.toDomain(request.value(), TaskDefinition.class));
        });
    }

    /** What {@code aws ecs create-service --cli-input-json} takes. */
    public static Either<JsonProblem, ServiceSpec> readServiceSpec(String json) {
        return readAs(json, CreateServiceRequest::builder, ServiceSpec.class);
    }

    /** What {@code aws ecs update-service --cli-input-json} takes. */
    public static Either<JsonProblem, ServiceUpdate> readServiceUpdate(String json) {
        return readAs(json, UpdateServiceRequest::builder, ServiceUpdate.class);
    }

    /** What {@code aws ecs create-cluster --cli-input-json} takes. */
    public static Either<JsonProblem, ClusterSpec> readClusterSpec(String json) {
        return readAs(json, CreateClusterRequest::builder, ClusterSpec.class);
    }

    /** A JSON array of strings, e.g. a container's command as {@code ["rails", "db:migrate"]}. */
    public static Either<JsonProblem, Seq<String>> readStrings(String json) {
        // SdkJson reads documents (objects): the array is read as an object's member
        return SdkJson.parse("{\"v\":" + json + "\n}").map(wrapped -> wrapped.get("v")).flatMap(root -> root.isArray()
                && List.ofAll(root::elements).forAll(JsonNode::isTextual)
                ? Either.right(List.ofAll(root::elements).map(JsonNode::asText))
                : Either.left(new JsonProblem.Invalid(List.of(io.ecskit.domain.Violation.paramValidation("",
                        "expected a JSON array of strings")))));
    }

    /** What {@code aws ecs run-task --overrides} takes: container and task overrides. */
    public static Either<JsonProblem, io.ecskit.domain.task.TaskOverride> readTaskOverride(String json) {
        return readAs(json, software.amazon.awssdk.services.ecs.model.TaskOverride::builder, io.ecskit.domain.task.TaskOverride.class);
    }

    private static <S extends SdkPojo, T> Either<JsonProblem, T> readAs(String json, Supplier<? extends SdkPojo> builder, Class<T> type) {
        return SdkJson.parse(json).flatMap(root -> {
            Read<SdkPojo> request = read(root, builder);
            return request.with(SdkMapping.toDomain(request.value(), type));
        });
    }

    /** An SDK object read as far as it fits, and the problems the JSON had. */
    private record Read<S>(S value, Seq<Violation> problems) {

        /**
         * Both stages' problems at once; a member whose JSON was already refused (wrong type) is
         * not reported again as missing.
         */
        <T> Either<JsonProblem, T> with(Either<Seq<Violation>, T> mapped) {
            Seq<Violation> mappingProblems = mapped.isLeft() ? mapped.getLeft() : List.empty();
            Seq<Violation> later = mappingProblems.filter(v -> !problems.exists(earlier -> earlier.path().equals(v.path())));
            Seq<Violation> all = problems.appendAll(later);
            return all.isEmpty() ? Either.right(mapped.get()) : Either.left(new JsonProblem.Invalid(all));
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> Read<S> read(JsonNode root, Supplier<? extends SdkPojo> newBuilder) {
        SdkPojo builder = newBuilder.get();
        Seq<Violation> problems = SdkJson.read(root, builder, "");
        return new Read<>((S) ((SdkBuilder<?, ?>) builder).build(), problems);
    }

    private static TaskDefinition withTags(TaskDefinition definition, java.util.List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
        Seq<Tag> extra = List.ofAll(tags).map(t -> Tag.of(t.key(), t.value()));
        return extra.isEmpty() ? definition : definition.toBuilder().tags(definition.tags().appendAll(extra)).build();
    }

    // ---- writing ----------------------------------------------------------------------------

    /** A domain record as the JSON of its AWS shape, timestamps as the AWS CLI prints them. */
    public static ObjectNode node(Object record) {
        Class<? extends SdkPojo> shape = SHAPES.get(record.getClass())
                .getOrElseThrow(() -> new IllegalArgumentException("no AWS shape for " + record.getClass().getSimpleName()));
        return SdkJson.write(SdkMapping.toSdk(record, shape), SdkJson.Timestamps.ISO_8601);
    }

    /** Whether {@link #node} knows the record's AWS shape. */
    public static boolean hasShape(Object record) {
        return SHAPES.containsKey(record.getClass());
    }

    /** The register-task-definition input for the definition, pretty-printed. */
    public static String write(TaskDefinition definition) {
        return SdkJson.pretty(node(definition));
    }

    /** What {@code aws ecs describe-task-definition --include TAGS} prints for the revision. */
    public static ObjectNode describe(RegisteredTaskDefinition revision) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("taskDefinition", node(revision));
        Option<JsonNode> tags = Option.of(node(revision.definition()).get("tags"));
        tags.forEach(t -> response.set("tags", t));
        return response;
    }

    /** {@code {"<member>": [ ... ]}}, the way describe and list commands wrap what they found. */
    public static ObjectNode wrap(String member, Seq<?> records) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode items = response.putArray(member);
        records.forEach(r -> items.add(r instanceof String s ? JsonNodeFactory.instance.textNode(s) : node(r)));
        return response;
    }
}
