package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Tag;
import io.ecskit.domain.elb.Listener;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.Rule;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Elastic Load Balancing v2 of one region (issue 25 item 3): load balancers, target groups with their targets, listeners and rules. */
final class LoadBalancingState {

    /** A load balancer as created (its state is computed at read: provisioning, then active). */
    static final class Balancer {
        LoadBalancer balancer;
        final Instant createdAt;
        final Map<String, String> attributes;
        io.vavr.collection.List<Tag> tags;
        /** The minimum capacity reserved, in units (null: none), since when, provisioned when, and the decreases asked for. */
        Integer reservedUnits;
        Instant reservationModified;
        Instant reservationReady;
        final java.util.List<Instant> decreases = new java.util.ArrayList<>();

        Balancer(LoadBalancer balancer, Instant createdAt, Map<String, String> attributes, io.vavr.collection.List<Tag> tags) {
            this.balancer = balancer;
            this.createdAt = createdAt;
            this.attributes = attributes;
            this.tags = tags;
        }
    }

    /** A registered target: since when, whether draining (since when), whether its health checks fail (since when). */
    static final class Target {
        final TargetDescription target;
        final Instant registeredAt;
        Instant drainingSince;
        Instant failingSince;
        /** The ECS task ECS registered as this target (null: registered by hand), whose application answers its requests. */
        TaskState task;

        Target(TargetDescription target, Instant registeredAt) {
            this.target = target;
            this.registeredAt = registeredAt;
        }
    }

    /** A target group with its attributes, tags and targets (by {@code id:port}). */
    static final class Group {
        TargetGroup group;
        final Map<String, String> attributes;
        io.vavr.collection.List<Tag> tags;
        final Map<String, Target> targets = new LinkedHashMap<>();

        Group(TargetGroup group, Map<String, String> attributes, io.vavr.collection.List<Tag> tags) {
            this.group = group;
            this.attributes = attributes;
            this.tags = tags;
        }
    }

    /** A rule with its tags. */
    static final class RuleEntry {
        Rule rule;
        io.vavr.collection.List<Tag> tags;

        RuleEntry(Rule rule, io.vavr.collection.List<Tag> tags) {
            this.rule = rule;
            this.tags = tags;
        }
    }

    /** A listener with its tags and its rules by ARN (the default rule among them). */
    static final class ListenerEntry {
        Listener listener;
        io.vavr.collection.List<Tag> tags;
        final Map<String, RuleEntry> rules = new LinkedHashMap<>();
        /** Attributes set by ModifyListenerAttributes (the protocol's defaults answer the rest). */
        final Map<String, String> attributes = new LinkedHashMap<>();
        /** Certificates beside the default one (AddListenerCertificates), by ARN. */
        final java.util.Set<String> certificates = new java.util.LinkedHashSet<>();

        ListenerEntry(Listener listener, io.vavr.collection.List<Tag> tags) {
            this.listener = listener;
            this.tags = tags;
        }
    }

    final Map<String, Balancer> balancers = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, ListenerEntry> listeners = new LinkedHashMap<>();

    /** The listener holding a rule, by the rule's ARN. */
    io.vavr.control.Option<ListenerEntry> ownerOfRule(String ruleArn) {
        return io.vavr.control.Option.ofOptional(listeners.values().stream().filter(l -> l.rules.containsKey(ruleArn)).findFirst());
    }

    /** A listener by its ARN, or the listener holding a rule by the rule's ARN. */
    io.vavr.control.Option<ListenerEntry> listenerOf(String listenerOrRuleArn) {
        return io.vavr.control.Option.of(listeners.get(listenerOrRuleArn)).orElse(() -> ownerOfRule(listenerOrRuleArn));
    }

    /** Whether the region has load balancing of its own (ECS then checks the target groups a service names). */
    boolean isModelled() {
        return !groups.isEmpty() || !balancers.isEmpty();
    }
}
