package io.ecskit.domain.arn;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** An ECS cluster name: 1..255 letters, digits, hyphens and underscores. */
public record ClusterName(String value) {

    static final Pattern FORMAT = Pattern.compile("^[a-zA-Z0-9\\-_]{1,255}$");
    // after FORMAT: static initializers run in order and the constructor checks FORMAT
    public static final ClusterName DEFAULT = new ClusterName("default");

    public ClusterName {
        Checks.require(FORMAT, value, "cluster name");
    }

    public static Validation<Seq<Violation>, ClusterName> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("cluster",
                "Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was " + value), ClusterName::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
