package io.ecskit.domain.arn;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** An ECS service name: same characters as a cluster name, unique per cluster among ACTIVE/DRAINING services. */
public record ServiceName(String value) {

    public ServiceName {
        Checks.require(ClusterName.FORMAT, value, "service name");
    }

    public static Validation<Seq<Violation>, ServiceName> of(String value) {
        return Checks.matching(ClusterName.FORMAT, value, Violation.invalidParameter("serviceName",
                "Service name must match ^[a-zA-Z0-9\\-_]{1,255}$, but was " + value), ServiceName::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
