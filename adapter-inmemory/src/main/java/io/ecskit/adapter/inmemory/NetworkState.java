package io.ecskit.adapter.inmemory;

import io.ecskit.domain.network.Cidr;
import io.ecskit.domain.network.SecurityGroup;
import io.ecskit.domain.network.Subnet;
import io.ecskit.domain.network.Vpc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A region's EC2 networking (issue 25 item 2): VPCs, subnets and security groups in creation order, and the addresses and
 * groups the network interfaces of awsvpc tasks hold. A task takes an address in its subnet when it is created and gives it
 * back when it stops, as its ENI is created and deleted; while it holds one, its subnet and groups cannot be deleted.
 */
final class NetworkState {

    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, Subnet> subnets = new LinkedHashMap<>();
    final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    /** subnet id → the offsets (from the block's first address) of the addresses task ENIs hold. */
    private final Map<String, TreeSet<Long>> held = new HashMap<>();
    /** group id → how many task ENIs use it. */
    private final Map<String, Integer> groupUses = new HashMap<>();

    /**
     * Whether ECS checks task networks against EC2: once a subnet or a group of one's own exists (a VPC alone, with its
     * automatic default group, does not switch the checks on).
     */
    boolean isModelled() {
        return !subnets.isEmpty() || groups.values().stream().anyMatch(g -> !g.groupName().contains(InMemoryNetwork.DEFAULT_GROUP));
    }

    /** The unused addresses of {@code subnet}: its size less the five EC2 reserves and those ENIs hold. */
    int available(Subnet subnet) {
        long size = Cidr.parse(subnet.cidrBlock().get()).get().size();
        return (int) (size - Cidr.RESERVED_PER_SUBNET - held.getOrDefault(subnet.subnetId().get(), new TreeSet<>()).size());
    }

    /** The subnet as DescribeSubnets answers it now. */
    Subnet described(Subnet subnet) {
        return subnet.toBuilder().availableIpAddressCount(available(subnet)).build();
    }

    boolean inUse(String subnetId) {
        return !held.getOrDefault(subnetId, new TreeSet<>()).isEmpty();
    }

    boolean groupInUse(String groupId) {
        return groupUses.getOrDefault(groupId, 0) > 0;
    }

    /**
     * Takes the lowest free address of {@code subnetId} (after the four reserved at its start; the last is reserved too) for
     * an ENI using {@code groupIds}; none when the subnet is not modelled or is full.
     */
    io.vavr.control.Option<String> take(String subnetId) {
        Subnet subnet = subnets.get(subnetId);
        if (subnet == null || available(subnet) <= 0) {
            return io.vavr.control.Option.none();
        }
        Cidr block = Cidr.parse(subnet.cidrBlock().get()).get();
        TreeSet<Long> taken = held.computeIfAbsent(subnetId, s -> new TreeSet<>());
        long offset = 4;
        while (taken.contains(offset)) {
            offset++;
        }
        taken.add(offset);
        return io.vavr.control.Option.of(block.address(offset));
    }

    /** Gives an address back (the task stopped: its ENI is deleted). */
    void give(String subnetId, String address) {
        Subnet subnet = subnets.get(subnetId);
        TreeSet<Long> taken = held.get(subnetId);
        if (subnet != null && taken != null) {
            Cidr block = Cidr.parse(subnet.cidrBlock().get()).get();
            Cidr.address(address).forEach(a -> taken.remove(a - block.network()));
        }
    }

    /** A task's ENI uses these groups (whatever its subnet), until {@link #release}. */
    void use(io.vavr.collection.Seq<String> groupIds) {
        groupIds.forEach(g -> groupUses.merge(g, 1, Integer::sum));
    }

    void release(io.vavr.collection.Seq<String> groupIds) {
        groupIds.forEach(g -> groupUses.computeIfPresent(g, (k, n) -> n > 1 ? n - 1 : null));
    }
}
