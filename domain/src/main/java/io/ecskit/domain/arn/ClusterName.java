package io.ecskit.domain.arn;

import io.ecskit.domain.Checks;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/**
 * The name of an existing ECS cluster, as services, tasks and clean-up refer to it: 1..255
 * letters, digits, hyphens and underscores.
 *
 * @param value the name
 */
public record ClusterName(String value) implements WireValue {

    static final Pattern FORMAT = Pattern.compile("^[a-zA-Z0-9\\-_]{1,255}$");
    // after FORMAT: static initializers run in order and the constructor checks FORMAT
    /** The cluster ECS uses when a request names none. */
    public static final ClusterName DEFAULT = new ClusterName("default");

    /**
     * The cluster name, checked as ECS checks it.
     *
     * @throws IllegalArgumentException with ECS's message ({@link EcsRule#CLUSTER_NAME_FORMAT}) when {@code value} is null or
     *     not 1..255 letters, digits, hyphens and underscores; {@link #parse} answers a violation instead and also takes
     *     an ARN.
     */
    public ClusterName {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /**
     * A cluster reference as ECS parameters take it: the name or the cluster's ARN. A bad name is
     * InvalidParameterException {@code Cluster must match ^[a-zA-Z0-9\-_]{1,255}$, but was X}.
     */
    public static Either<Violation, ClusterName> parse(String text) {
        if (text != null && text.startsWith("arn:")) {
            return ClusterArn.parse(text).map(ClusterArn::name);
        }
        return Checks.matching(FORMAT, text, () -> invalid(text), ClusterName::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with ECS's message. */
    public static ClusterName of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String text) {
        return EcsRule.CLUSTER_NAME_FORMAT.at("cluster", text);
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
