package io.ecskit.cli;

import io.ecskit.json.JsonDocument;
import io.ecskit.port.in.DeploymentOutcome;

/** A deployment's outcome: the text people read, the JSON scripts read, and its exit code. */
final class Outcomes {

    private Outcomes() {
    }

    /** 0 when it succeeded, or when not following was asked for (it started; nothing is known to have failed); else 3. */
    static int exitCode(DeploymentOutcome o) {
        return o.succeeded() || o.result() == DeploymentOutcome.Result.NOT_FOLLOWED ? EcskitCli.OK : EcskitCli.DEPLOYMENT_FAILED;
    }

    static Printed printed(DeploymentOutcome o, boolean simulated) {
        return new Printed(json(o, simulated), text(o, simulated), exitCode(o));
    }

    static String text(DeploymentOutcome o, boolean simulated) {
        StringBuilder text = new StringBuilder();
        if (o.createdCluster()) {
            o.service().forEach(s -> text.append("    created cluster ").append(s.clusterArn().name().value()).append('\n'));
        }
        o.createdLogGroups().forEach(g -> text.append("    created log group ").append(g.value()).append('\n'));
        String revision = o.taskDefinition().map(t -> t.family() + t.revision().map(r -> ":" + r).getOrElse("")).getOrElse("-");
        text.append("    outcome: ").append(o.result()).append(" (deployment ").append(o.deploymentId())
                .append(", ").append(o.registeredNewRevision() ? "registered " : "reused ").append(revision);
        if (o.result() != DeploymentOutcome.Result.NOT_FOLLOWED) {
            text.append(", waited ").append(o.waited().toSeconds()).append(" s").append(simulated ? " simulated" : "");
        }
        text.append(')');
        if (!o.succeeded()) {
            o.stoppedTasks().take(5).forEach(t -> text.append("\n    stopped task ").append(t.id()).append(": ")
                    .append(t.stopCode().map(c -> c.wire()).getOrElse("-")).append(": ").append(t.stoppedReason().getOrElse("")));
            o.recentEvents().take(5).forEach(e -> text.append("\n    event: ").append(e.message()));
        }
        return text.toString();
    }

    /**
     * {@code {"result", "deploymentId", "taskDefinitionArn", "registeredNewRevision", "createdCluster", "createdLogGroups",
     * "waitedSeconds", "simulatedTime", "service": <DescribeServices' service>, "stoppedTasks": [<DescribeTasks' task>],
     * "events": [...]}}.
     */
    static JsonDocument json(DeploymentOutcome o, boolean simulated) {
        return JsonDocument.object().put("result", o.result().name()).put("deploymentId", o.deploymentId().toString())
                .put("taskDefinitionArn", o.service().flatMap(s -> s.taskDefinition()).map(t -> t.wire())
                        .orElse(o.taskDefinition().map(t -> t.wire())))
                .put("registeredNewRevision", o.registeredNewRevision())
                .put("createdCluster", o.createdCluster())
                .put("createdLogGroups", o.createdLogGroups())
                .put("waitedSeconds", o.waited().toSeconds())
                .put("simulatedTime", simulated)
                .put("service", o.service())
                .put("stoppedTasks", o.stoppedTasks())
                .put("events", o.recentEvents());
    }
}
