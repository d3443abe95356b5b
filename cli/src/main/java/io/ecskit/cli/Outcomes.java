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
        o.failedFast().forEach(reason -> text.append("\n    failed fast (StopServiceDeployment ROLLBACK): ").append(reason));
        o.serviceDeployment().forEach(d -> text.append(serviceDeployment(d)));
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
                .put("events", o.recentEvents())
                .put("failedFast", o.failedFast())
                .put("serviceDeploymentArn", o.serviceDeployment().map(d -> d.serviceDeploymentArn()))
                .put("serviceDeployment", o.serviceDeployment());
    }

    /**
     * The service deployment as ECS keeps it: status, the stage it ended in, the traffic split, each
     * hook's outcome, the alarms that fired and why it rolled back.
     */
    static String serviceDeployment(io.ecskit.domain.service.ServiceDeployment d) {
        StringBuilder text = new StringBuilder("\n    service deployment ").append(d.serviceDeploymentArn()).append(": ")
                .append(d.status().map(st -> st.wire()).getOrElse("-"))
                .append(d.lifecycleStage().map(st -> " (stage " + st.wire() + ")").getOrElse(""));
        d.targetServiceRevision().flatMap(t -> t.requestedProductionTrafficWeight()).forEach(w ->
                text.append("\n    production traffic on the new revision: ").append(w == Math.rint(w) ? String.valueOf(w.longValue()) : w).append('%'));
        d.lifecycleHookDetails().forEach(h -> text.append("\n    hook ").append(h.hookId().getOrElse("-")).append(" (")
                .append(h.targetType().map(t -> t.wire()).getOrElse("-")).append("): ").append(h.status().map(st -> st.wire()).getOrElse("-")));
        d.alarms().filter(a -> !a.triggeredAlarmNames().isEmpty())
                .forEach(a -> text.append("\n    alarms in ALARM: ").append(a.triggeredAlarmNames().mkString(", ")));
        d.rollback().flatMap(r -> r.reason()).forEach(r -> text.append("\n    rolled back: ").append(r));
        return text.toString();
    }
}
