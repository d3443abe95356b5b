package io.ecskit.port.in;

import java.util.Objects;

/**
 * A deployment that did not succeed (FAILED, ROLLED_BACK, SUPERSEDED, TIMED_OUT, NOT_FOLLOWED), for callers
 * who prefer exceptions: {@link DeploymentOutcome#orThrow()}. The outcome, with every stopped task and the
 * service's recent events, is {@link #outcome()}.
 */
public class DeploymentFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The outcome; not serialized (vavr collections are not). */
    private final transient DeploymentOutcome outcome;

    /**
     * The exception for {@code outcome}; its message names the result, the deployment, the rollback reason and each
     * stopped task's stop code and reason.
     */
    public DeploymentFailedException(DeploymentOutcome outcome) {
        super(message(Objects.requireNonNull(outcome, "outcome")));
        this.outcome = outcome;
    }

    /** How the deployment ended, in full. */
    public DeploymentOutcome outcome() {
        return outcome;
    }

    private static String message(DeploymentOutcome outcome) {
        StringBuilder text = new StringBuilder("deployment ").append(outcome.deploymentId()).append(' ').append(outcome.result());
        outcome.serviceDeployment().flatMap(d -> d.rollback()).flatMap(r -> r.reason())
                .forEach(reason -> text.append(": ").append(reason));
        // tasks that stopped for the same reason are named once, with how many
        outcome.stoppedTasks().groupBy(t -> "(" + t.stopCode().map(Object::toString).getOrElse("?") + "): " + t.stoppedReason().getOrElse(""))
                .toList().sortBy(g -> -g._2.size()).forEach(g -> text.append("; ").append(g._2.size() == 1 ? "task" : g._2.size() + " tasks")
                        .append(" stopped ").append(g._1));
        return text.toString();
    }
}
