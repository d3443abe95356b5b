package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events ECS sends to EventBridge (issue 25 item 6), with the detail shapes the ECS developer guide documents: "ECS
 * Task State Change" (the task as DescribeTasks answers it, with {@code updatedAt} and {@code version}), "ECS Service
 * Action" ({@code eventType}, {@code eventName}, {@code clusterArn}, {@code createdAt}, and {@code reason} for the
 * failures) and "ECS Deployment State Change" ({@code eventType}, {@code eventName}, {@code deploymentId},
 * {@code updatedAt}, {@code reason}). The service's events are read from what the service says in DescribeServices, so
 * both always agree. Source: ECS developer guide, "Amazon ECS task state change events", "service action events",
 * "service deployment state change events".
 */
final class EcsEvents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DEPLOYMENT = Pattern.compile("\\(deployment (ecs-svc/\\d+)\\) deployment (completed|failed)(?:: (.*))?\\.");

    private EcsEvents() {
    }

    static JsonNode taskDetail(TaskState task) {
        ObjectNode detail = (ObjectNode) DetailJson.of(task.toTask());
        detail.put("updatedAt", task.since.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        detail.put("version", task.version);
        return detail;
    }

    /** What a service said (its DescribeServices event), as the EventBridge event ECS sends with it, if any. */
    static void serviceSaid(InMemoryState state, ServiceState service, String message, Instant at) {
        java.util.List<String> resources = java.util.List.of(service.arn.toString());
        String cluster = new io.ecskit.domain.arn.ClusterArn(state.region, state.account, service.arn.cluster()).toString();
        Matcher deployment = DEPLOYMENT.matcher(message);
        if (deployment.find()) {
            boolean completed = deployment.group(2).equals("completed");
            String id = deployment.group(1);
            boolean rollingBack = message.contains("deployment failed: rolling back to");
            if (!completed && id.equals(service.failureSent)) {
                return;     // one failure is one event, however many things the service says of it
            }
            if (!completed) {
                service.failureSent = id;
            }
            // a rollback's failure reason is the failed deployment's own (an alarm, the circuit breaker)
            String failure = rollingBack ? io.vavr.collection.List.ofAll(service.deployments).find(d -> d.id.value().equals(id))
                    .map(d -> d.rolloutStateReason).getOrElse("ECS deployment " + id + " failed.") : null;
            state.emit("ECS Deployment State Change", resources, () -> {
                ObjectNode d = NODES.objectNode().put("eventType", completed ? "INFO" : "ERROR")
                        .put("eventName", completed ? "SERVICE_DEPLOYMENT_COMPLETED" : "SERVICE_DEPLOYMENT_FAILED")
                        .put("deploymentId", deployment.group(1)).put("updatedAt", at.toString());
                d.put("reason", completed ? "ECS deployment " + deployment.group(1) + " completed." : failure != null ? failure
                        : "ECS deployment circuit breaker: " + (deployment.group(3) == null ? "deployment failed" : deployment.group(3)) + ".");
                return d;
            }, at);
            return;
        }
        String name;
        String type;
        if (message.endsWith("has reached a steady state.")) {
            name = "SERVICE_STEADY_STATE";
            type = "INFO";
        } else if (message.contains("was unable to place a task")) {
            name = "SERVICE_TASK_PLACEMENT_FAILURE";
            type = "ERROR";
        } else if (message.contains("failed to launch a task")) {
            name = "SERVICE_TASK_CONFIGURATION_FAILURE";
            type = "ERROR";
        } else if (message.contains("is unable to consistently start tasks successfully")) {
            // the service throttle logic's warning (rule serviceThrottled)
            name = "SERVICE_TASK_START_IMPAIRED";
            type = "WARN";
        } else {
            return;
        }
        state.emit("ECS Service Action", resources, () -> {
            ObjectNode d = NODES.objectNode().put("eventType", type).put("eventName", name).put("clusterArn", cluster)
                    .put("createdAt", at.toString());
            if (name.equals("SERVICE_TASK_PLACEMENT_FAILURE")) {
                d.putArray("reasons").add(message.substring(message.indexOf(") ") + 2));   // ECS lists the reasons
            } else if (type.equals("ERROR")) {
                d.put("reason", message.substring(message.indexOf(") ") + 2));
            }
            return d;
        }, at);
    }

    /** A deployment ECS started: SERVICE_DEPLOYMENT_IN_PROGRESS. */
    static void deploymentStarted(InMemoryState state, ServiceState service, String deploymentId, Instant at) {
        state.emit("ECS Deployment State Change", java.util.List.of(service.arn.toString()), () -> NODES.objectNode().put("eventType", "INFO")
                .put("eventName", "SERVICE_DEPLOYMENT_IN_PROGRESS").put("deploymentId", deploymentId).put("updatedAt", at.toString())
                .put("reason", "ECS deployment " + deploymentId + " in progress."), at);
    }
}
