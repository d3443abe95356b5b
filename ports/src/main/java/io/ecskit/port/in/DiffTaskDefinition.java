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

    String SERVICE = "service.";

    Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(Command command);

    /** Against the family's latest ACTIVE revision, or against a service as {@link DeployService} would change it. */
    sealed interface Command {

        TaskDefinition desired();

        static Command againstLatest(TaskDefinition desired) {
            return new AgainstLatest(desired);
        }

        /** The service's running revision and the settings {@code deploy} would update (ServiceNotFound when there is none). */
        static Command againstService(DeployService.Command deploy) {
            return new AgainstService(deploy);
        }
    }

    record AgainstLatest(TaskDefinition desired) implements Command {
        public AgainstLatest {
            Objects.requireNonNull(desired, "desired");
        }
    }

    record AgainstService(DeployService.Command deploy) implements Command {
        public AgainstService {
            Objects.requireNonNull(deploy, "deploy");
        }

        @Override
        public TaskDefinition desired() {
            return deploy.taskDefinition();
        }
    }
}
