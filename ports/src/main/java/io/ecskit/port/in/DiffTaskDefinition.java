package io.ecskit.port.in;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * What deploying would change, field by field (live → desired), after normalising what ECS fills
 * in. Task-definition fields are named by their JSON path ({@code containerDefinitions[0].image});
 * service settings by {@value #SERVICE} and UpdateService's path ({@code service.desiredCount}).
 */
public interface DiffTaskDefinition {

    /** The prefix of service-setting paths in a diff ({@code service.desiredCount}). */
    String SERVICE = "service.";

    /**
     * The changes, live → desired; empty when deploying would change nothing.
     * Errors: ServiceNotFound, ClusterNotFound, Invalid.
     */
    Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(Command command);

    /** Against the family's latest ACTIVE revision, or against a service as {@link DeployService} would change it. */
    sealed interface Command {

        /** The task definition as it would be deployed. */
        TaskDefinition desired();

        /** Against the family's latest ACTIVE revision (everything is new when there is none). */
        static Command againstLatest(TaskDefinition desired) {
            return new AgainstLatest(desired);
        }

        /** The service's running revision and the settings {@code deploy} would update (ServiceNotFound when there is none). */
        static Command againstService(DeployService.Command deploy) {
            return new AgainstService(deploy);
        }
    }

    /**
     * Against the family's latest ACTIVE revision.
     *
     * @param desired the definition as it would be deployed
     */
    record AgainstLatest(TaskDefinition desired) implements Command {
        /** @throws NullPointerException when {@code desired} is null */
        public AgainstLatest {
            Objects.requireNonNull(desired, "desired");
        }
    }

    /**
     * Against the service: its running revision and the settings the deploy would update.
     *
     * @param deploy the deploy whose changes to show
     */
    record AgainstService(DeployService.Command deploy) implements Command {
        /** @throws NullPointerException when {@code deploy} is null */
        public AgainstService {
            Objects.requireNonNull(deploy, "deploy");
        }

        @Override
        public TaskDefinition desired() {
            return deploy.taskDefinition();
        }
    }
}
