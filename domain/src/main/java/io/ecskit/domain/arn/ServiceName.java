package io.ecskit.domain.arn;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

/**
 * The name of an existing ECS service: the same characters as a cluster name; unique per cluster
 * among ACTIVE and DRAINING services.
 *
 * @param value the name
 */
public record ServiceName(String value) implements WireValue {

    /**
     * The service name, checked as ECS checks it.
     *
     * @throws IllegalArgumentException with ECS's message ({@link EcsRule#SERVICE_NAME_FORMAT}) when {@code value} is null or
     *     not 1..255 letters, digits, hyphens and underscores; {@link #parse} answers a violation instead and also takes
     *     an ARN.
     */
    public ServiceName {
        if (!ClusterName.named(value)) {
            throw new IllegalArgumentException(invalid(value).message());
        }
    }

    /** A service reference as UpdateService and DescribeServices take it: the name or the service's ARN. */
    public static Either<Violation, ServiceName> parse(String text) {
        if (text != null && text.startsWith("arn:")) {
            return ServiceArn.parse(text).map(ServiceArn::name);
        }
        return ClusterName.named(text) ? Either.right(new ServiceName(text)) : Either.left(invalid(text));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with ECS's message. */
    public static ServiceName of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String text) {
        return EcsRule.SERVICE_NAME_FORMAT.at("serviceName", text);
    }

    @Override
    public String wire() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
