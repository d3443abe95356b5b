package io.ecskit.cli;

import io.ecskit.port.in.DeploymentOutcome;

import java.io.PrintWriter;

/** A deployment's outcome as a person reads it: the result, and why when it did not succeed. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static void print(PrintWriter out, DeploymentOutcome o) {
        out.println("    outcome: " + o.result() + " (deployment " + o.deploymentId() + ", " + o.taskDefinition().map(t -> t.wire()).getOrElse("-")
                + (o.registeredNewRevision() ? ", new revision" : ", revision unchanged")
                + ", waited " + o.waited().toSeconds() + " s)");
        if (!o.succeeded()) {
            o.stoppedTasks().take(5).forEach(t -> out.println("    stopped task " + t.id() + ": "
                    + t.stopCode().map(c -> c.wire()).getOrElse("-") + ": " + t.stoppedReason().getOrElse("")));
            o.recentEvents().take(5).forEach(e -> out.println("    event: " + e.message()));
        }
    }
}
