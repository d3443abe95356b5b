package io.ecskit.cli;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import picocli.CommandLine.Option;

/** {@code --cluster} and {@code --service}: the one service a command works on. */
final class ServiceTarget {

    @Option(names = "--cluster", defaultValue = "default", paramLabel = "CLUSTER",
            description = "Cluster name or ARN (default: default, as ECS's)")
    String cluster;

    @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "Service name or ARN")
    String service;

    Either<Failure, Tuple2<ClusterName, ServiceName>> names() {
        var c = Inputs.cluster("--cluster", cluster);
        var s = Inputs.service("--service", service);
        if (c.isLeft() || s.isLeft()) {
            return Either.left(new Failure.InvalidInput(c.swap().map(Failure::lines).getOrElse(io.vavr.collection.List.empty())
                    .appendAll(s.swap().map(Failure::lines).getOrElse(io.vavr.collection.List.empty()))));
        }
        return Either.right(Tuple.of(c.get(), s.get()));
    }
}
