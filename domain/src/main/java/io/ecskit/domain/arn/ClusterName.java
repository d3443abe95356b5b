package io.ecskit.domain.arn;

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
        if (!named(value)) {
            throw new IllegalArgumentException(invalid(value).message());
        }
    }

    /**
     * Whether {@code text} matches {@link #FORMAT} (1..255 letters, digits, hyphens and underscores), without a regular
     * expression: every cluster and service name of every request is checked, twice (issue 26 item 8).
     */
    static boolean named(String text) {
        if (text == null || text.isEmpty() || text.length() > 255) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cluster reference as ECS parameters take it: the name or the cluster's ARN. A bad name is
     * InvalidParameterException {@code Cluster must match ^[a-zA-Z0-9\-_]{1,255}$, but was X}.
     */
    public static Either<Violation, ClusterName> parse(String text) {
        if (text != null && text.startsWith("arn:")) {
            return ClusterArn.parse(text).map(ClusterArn::name);
        }
        return named(text) ? Either.right(new ClusterName(text)) : Either.left(invalid(text));
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
