package io.ecskit.domain.arn;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.Region;
import io.vavr.control.Option;

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

    /** The parts of any ARN. */
    public record Parts(String partition, String service, Region region, AccountId account, String resource) {
    }

    public static Option<Parts> parse(String arn, String service) {
        if (arn == null) {
            return Option.none();
        }
        Matcher m = ARN.matcher(arn);
        if (!m.matches() || !m.group(2).equals(service)) {
            return Option.none();
        }
        return Region.of(m.group(3)).toOption()
                .map(region -> new Parts(m.group(1), m.group(2), region, new AccountId(m.group(4)), m.group(5)));
    }

    /** A resource that lives in a cluster: {@code <kind>/<cluster>/<id>}. */
    public record ClusterScoped(Parts parts, ClusterName cluster, String id) {
    }

    public static Option<ClusterScoped> parseClusterScoped(String arn, String kind) {
        return parse(arn, "ecs").flatMap(p -> {
            String[] parts = p.resource().split("/", -1);
            if (parts.length != 3 || !parts[0].equals(kind) || parts[2].isEmpty()) {
                return Option.none();
            }
            return ClusterName.of(parts[1]).toOption().map(cluster -> new ClusterScoped(p, cluster, parts[2]));
        });
    }

    public static String format(String service, Region region, AccountId account, String resource) {
        return "arn:aws:" + service + ":" + region.code() + ":" + account.value() + ":" + resource;
    }
}
