package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * Deploys a change to what a service runs now: a new image and/or environment for one container
 * (default: the first essential one), on top of the service's current task definition.
 */
public interface RedeployService {

    Either<EcsError, DeploymentOutcome> redeploy(Command command, DeploymentProgress.Listener listener);

    record Command(ClusterName cluster, ServiceName service, Option<String> container, Option<String> image,
                   Map<String, String> environment, Duration timeout) {

        public static Command image(ClusterName cluster, ServiceName service, String image) {
            return new Command(cluster, service, Option.none(), Option.of(image), LinkedHashMap.empty(), DeployService.DEFAULT_TIMEOUT);
        }

        public Command withEnvironment(Map<String, String> environment) {
            return new Command(cluster, service, container, image, environment, timeout);
        }

        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, container, image, environment, timeout);
        }
    }
}
