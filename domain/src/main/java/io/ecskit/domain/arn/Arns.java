package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.ecskit.domain.Violation;
import io.vavr.control.Either;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ECS ARNs in AWS's long format: {@code arn:aws:ecs:<region>:<account>:<resource>}. One parser
 * for every resource type, so the partition/region/account handling lives in one place.
 */
public final class Arns {

    private static final Pattern ARN =
            Pattern.compile("^arn:(aws[a-z\\-]*):([a-z0-9\\-]+):([a-z0-9\\-]*):(\\d{12}):(.+)$");

    private Arns() {
    }

    /**
     * The parts of any ARN.
     *
     * @param partition aws, aws-cn, aws-us-gov, ...
     * @param service the service's code, such as ecs
     * @param region the region
     * @param account the owning account
     * @param resource what follows the account: {@code cluster/name}, {@code service/cluster/name}, ...
     */
    public record Parts(String partition, String service, Region region, AccountId account, String resource) {
    }

    /** The parts of an ARN of {@code service}, or why {@code arn} is not one. */
    public static Either<Violation, Parts> parse(String arn, String service) {
        Matcher m = arn == null ? null : ARN.matcher(arn);
        if (m == null || !m.matches() || !m.group(2).equals(service)) {
            return Either.left(invalid(arn));
        }
        return Region.parse(m.group(3))
                .map(region -> new Parts(m.group(1), m.group(2), region, new AccountId(m.group(4)), m.group(5)));
    }

    /**
     * A resource that lives in a cluster: {@code <kind>/<cluster>/<id>}.
     *
     * @param parts the ARN's parts
     * @param cluster the cluster named in the resource
     * @param id what follows the cluster
     */
    public record ClusterScoped(Parts parts, ClusterName cluster, String id) {
    }

    /** A cluster-scoped resource of {@code kind} ({@code task}, {@code service}, {@code container-instance}). */
    public static Either<Violation, ClusterScoped> parseClusterScoped(String arn, String kind) {
        return parse(arn, "ecs").flatMap(p -> {
            String[] parts = p.resource().split("/", -1);
            if (parts.length != 3 || !parts[0].equals(kind) || parts[2].isEmpty()) {
                return Either.left(invalid(arn));
            }
            return ClusterName.parse(parts[1]).map(cluster -> new ClusterScoped(p, cluster, parts[2]));
        });
    }

    /** An ECS ARN in the long format. */
    public static String format(String service, Region region, AccountId account, String resource) {
        return "arn:aws:" + service + ":" + region.code() + ":" + account.value() + ":" + resource;
    }

    /** ECS's answer to a malformed ARN parameter. */
    static Violation invalid(String arn) {
        return Violation.invalidParameter("arn", "Invalid ARN: " + arn);
    }
}
