package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AccountId;
import io.ecskit.domain.iam.ManagedPolicy;
import io.ecskit.domain.iam.Role;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The IAM roles and policies of one account (issue 25 item 8). IAM is global, so one IamState serves every region's kit of
 * an account ({@code InMemoryEcsKit.Builder#sharingGlobalServicesWith}); it is guarded by its own monitor, taken inside
 * a region's lock and never the other way round.
 */
final class IamState {

    /** A role with what is attached to it and put on it. */
    static final class RoleEntry {
        Role role;
        /** policy ARN → name, in the order attached. */
        final Map<String, String> attached = new LinkedHashMap<>();
        /** inline policy name → document, by name. */
        final Map<String, String> inline = new TreeMap<>();

        RoleEntry(Role role) {
            this.role = role;
        }
    }

    final AccountId account;
    /** Role and policy ids: seeded with the kit that made the state, so a replayed journal makes the same ids. */
    final Random random;
    /** lower-cased role name → the role (IAM's names are case-insensitive). */
    final Map<String, RoleEntry> roles = new TreeMap<>();
    /** the account's own managed policies by ARN. */
    final Map<String, ManagedPolicy> policies = new TreeMap<>();
    /** DeleteServiceLinkedRole's deletion tasks: id → SUCCEEDED (the role went at once) or FAILED (a resource used it). */
    final Map<String, String> deletionTasks = new java.util.HashMap<>();

    /** The regions (kits) sharing this account's IAM; held weakly, so a region forgotten by a reset goes. */
    private final java.util.Set<InMemoryState> regions = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** Each Region's newest kit (a reset makes a new one), held weakly. */
    private final Map<String, java.lang.ref.WeakReference<InMemoryState>> byRegion = new java.util.HashMap<>();

    synchronized void join(InMemoryState region) {
        regions.add(region);
        byRegion.put(region.region.code(), new java.lang.ref.WeakReference<>(region));
    }

    /** What opens a Region of the account that has no kit yet (a server's on-demand kits); none for a kit alone. */
    volatile java.util.function.Function<String, InMemoryState> opener;

    /**
     * The account's kit of {@code region} in this process (ECR replication's destination): the one there is, else one the
     * opener makes (outside this monitor: making a kit joins it).
     */
    io.vavr.control.Option<InMemoryState> region(String region) {
        var open = opener;
        if (open != null) {
            // the server knows its current kit of each Region (a reset one is gone from it at once, a GC or not)
            return io.vavr.control.Option.of(open.apply(region));
        }
        synchronized (this) {
            var ref = byRegion.get(region);
            return io.vavr.control.Option.of(ref == null ? null : ref.get());
        }
    }

    /**
     * Before an IAM change: every other region sharing it catches up with the clock first, so what its tasks did until now
     * was judged by IAM as it was (a replayed journal, whose reads are gone, then judges the same). Called outside any
     * region's lock and outside this monitor: a region's catch-up takes its own lock, then this monitor.
     */
    void catchUpOthers(InMemoryState writer) {
        java.util.List<InMemoryState> others;
        synchronized (this) {
            others = new java.util.ArrayList<>(regions);
        }
        for (InMemoryState other : others) {
            if (other != writer) {
                other.catchUpAlone();
            }
        }
    }

    /** Whether any region sharing this IAM has an ACTIVE cluster (AWS keeps ECS's service-linked role while one exists). */
    boolean anyActiveCluster() {
        java.util.List<InMemoryState> all;
        synchronized (this) {
            all = new java.util.ArrayList<>(regions);
        }
        return all.stream().anyMatch(InMemoryState::hasActiveCluster);
    }

    IamState(AccountId account, long seed) {
        this.account = account;
        this.random = new Random(seed);
    }

    IamState(AccountId account) {
        this.account = account;
        this.random = new Random();
    }

    synchronized RoleEntry entry(String roleName) {
        return roles.get(roleName.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the account declared roles of its own (CreateRole): only then does ECS's check of task and execution roles
     * apply, so tests that never create a role are unchanged (the service-linked roles ECS makes by itself don't count).
     */
    synchronized boolean isModelled() {
        return roles.values().stream().anyMatch(e -> !e.role.isServiceLinked());
    }

    /** An IAM unique id: a prefix ({@code AROA} a role, {@code ANPA} a policy) and 17 upper-case letters and digits. */
    synchronized String newId(String prefix) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 17; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
