package io.ecskit.domain.network;

import io.ecskit.domain.Region;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The Availability Zones a simulated region offers, by name ({@code us-east-1a}) and by AZ ID ({@code use1-az1}): six in
 * us-east-1, three everywhere else (every commercial region has at least three). Which name maps to which AZ ID differs
 * per AWS account; the simulation maps letter n to {@code az}n. Source: EC2 user guide, "Regions and Zones" (AZ names
 * and AZ IDs).
 */
public final class AvailabilityZones {

    private AvailabilityZones() {
    }

    /** The zone names of {@code region}, in order. */
    public static List<String> names(Region region) {
        int count = region.code().equals("us-east-1") ? 6 : 3;
        return List.range(0, count).map(i -> region.code() + (char) ('a' + i));
    }

    /** The AZ ID of a zone of {@code region}, e.g. {@code use1-az1} for us-east-1a; none when the region has no such zone. */
    public static Option<String> id(Region region, String zoneName) {
        int index = names(region).indexOf(zoneName);
        return index < 0 ? Option.none() : Option.of(shortCode(region) + "-az" + (index + 1));
    }

    /** The zone whose name or AZ ID is {@code nameOrId}. */
    public static Option<String> byNameOrId(Region region, String nameOrId) {
        return names(region).find(n -> n.equals(nameOrId) || id(region, n).contains(nameOrId));
    }

    /** AWS's short region code in AZ IDs: us-east-1 → use1, eu-west-2 → euw2, ap-southeast-1 → apse1, ca-central-1 → cac1. */
    static String shortCode(Region region) {
        String[] parts = region.code().split("-");
        StringBuilder code = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            code.append(switch (parts[i]) {
                case "northeast" -> "ne";
                case "northwest" -> "nw";
                case "southeast" -> "se";
                case "southwest" -> "sw";
                case "central" -> "c";
                default -> parts[i].substring(0, 1);
            });
        }
        return code.append(parts[parts.length - 1]).toString();
    }
}
