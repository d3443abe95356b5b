package io.ecskit.domain.network;

import io.ecskit.domain.Tag;
import io.ecskit.domain.Wildcards;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * EC2's {@code Filter} semantics for DescribeVpcs, DescribeSubnets and DescribeSecurityGroups: a resource is answered when
 * every filter matches (AND), a filter matches when any of its values does (OR); values may use {@code *} and {@code ?};
 * {@code tag:KEY} matches the tag's value, {@code tag-key} a tag's key; a filter on an attribute the resource does not have
 * (IPv6 blocks, Outposts, customer-owned pools: none exist in the simulation) matches nothing. Source: EC2 API reference, "Filter" and the
 * filters each Describe call lists.
 */
public final class NetworkFilters {

    /** The filter names DescribeVpcs takes (besides {@code tag:KEY}), as EC2's API reference lists them. */
    public static final List<String> VPC = List.of("cidr", "cidr-block-association.cidr-block", "cidr-block-association.association-id",
            "cidr-block-association.state", "dhcp-options-id", "ipv6-cidr-block-association.ipv6-cidr-block",
            "ipv6-cidr-block-association.ipv6-pool", "ipv6-cidr-block-association.association-id", "ipv6-cidr-block-association.state",
            "is-default", "owner-id", "state", "tag-key", "vpc-id");
    /** The filter names DescribeSubnets takes (besides {@code tag:KEY}). */
    public static final List<String> SUBNET = List.of("availability-zone", "availability-zone-id", "available-ip-address-count",
            "cidr-block", "customer-owned-ipv4-pool", "default-for-az", "enable-dns64", "enable-lni-at-device-index",
            "ipv6-cidr-block-association.ipv6-cidr-block", "ipv6-cidr-block-association.association-id",
            "ipv6-cidr-block-association.state", "ipv6-native", "map-customer-owned-ip-on-launch", "map-public-ip-on-launch",
            "outpost-arn", "owner-id", "private-dns-name-options-on-launch.hostname-type",
            "private-dns-name-options-on-launch.enable-resource-name-dns-a-record",
            "private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record", "state", "subnet-arn", "subnet-id", "tag-key",
            "vpc-id");
    /** The filter names DescribeSecurityGroups takes (besides {@code tag:KEY}). */
    public static final List<String> SECURITY_GROUP = List.of("description", "egress.ip-permission.cidr", "egress.ip-permission.from-port",
            "egress.ip-permission.group-id", "egress.ip-permission.group-name", "egress.ip-permission.ipv6-cidr",
            "egress.ip-permission.prefix-list-id", "egress.ip-permission.protocol", "egress.ip-permission.to-port",
            "egress.ip-permission.user-id", "group-id", "group-name", "ip-permission.cidr", "ip-permission.from-port",
            "ip-permission.group-id", "ip-permission.group-name", "ip-permission.ipv6-cidr", "ip-permission.prefix-list-id",
            "ip-permission.protocol", "ip-permission.to-port", "ip-permission.user-id", "owner-id", "tag-key", "vpc-id");

    /** The filter names DescribeAvailabilityZones takes. */
    public static final List<String> AVAILABILITY_ZONE = List.of("group-long-name", "group-name", "message", "opt-in-status",
            "parent-zone-id", "parent-zone-name", "region-name", "state", "zone-id", "zone-name", "zone-type");

    private NetworkFilters() {
    }

    /** The first filter name {@code known} does not list (tag:KEY filters are always known). */
    public static Option<String> unknown(Seq<Filter> filters, Seq<String> known) {
        return filters.map(f -> f.name().getOrElse("")).find(n -> !n.startsWith("tag:") && !known.contains(n));
    }

    /** Whether a resource with these filterable values and tags passes every filter. */
    public static boolean matches(Seq<Filter> filters, Map<String, Seq<String>> values, Seq<Tag> tags) {
        return filters.forAll(f -> {
            String name = f.name().getOrElse("");
            Seq<String> actual = name.startsWith("tag:")
                    ? tags.filter(t -> t.key().contains(name.substring(4))).map(t -> t.value().getOrElse(""))
                    : name.equals("tag-key") ? tags.flatMap(Tag::key) : values.get(name).getOrElse(List.empty());
            return f.values().exists(wanted -> actual.exists(a -> matches(wanted, a)));
        });
    }

    private static boolean matches(String filter, String value) {
        if (filter.indexOf('?') < 0) {
            return filter.indexOf('*') < 0 ? filter.equals(value) : Wildcards.matches(filter, value);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : filter.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return value.matches(regex.toString());
    }
}
