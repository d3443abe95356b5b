package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.events.Event;
import io.ecskit.domain.events.EventRule;
import io.ecskit.domain.events.EventTarget;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The region's default event bus (issue 25 item 6): rules, their targets, and the tests' in-process listeners. */
final class EventsState {

    /** A rule with its parsed pattern or schedule, its targets, and when its schedule fires next. */
    static final class RuleEntry {
        EventRule rule;
        /** The parsed event pattern; null for a rule on a schedule only. */
        JsonNode pattern;
        /** The parsed schedule; null for a rule matching events only. */
        Schedules.Schedule schedule;
        /** When the rule was made (a rate counts its periods from here) and when its schedule fires next (null: never). */
        Instant created;
        Instant nextFire;
        /** id → target, in the order put. */
        final Map<String, EventTarget> targets = new LinkedHashMap<>();

        boolean enabled() {
            return rule.state().equals(EventRule.ENABLED);
        }
    }

    final Map<String, RuleEntry> rules = new TreeMap<>();
    /** Simulator#listen's listeners: every event on the bus, in order. */
    final java.util.List<Consumer<Event>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Whether anything would see an event now (a listener, or an enabled rule with a pattern and a target): else none is built. */
    boolean wanted() {
        if (!listeners.isEmpty()) {
            return true;
        }
        for (RuleEntry r : rules.values()) {
            if (r.pattern != null && r.enabled() && !r.targets.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The earliest time a scheduled rule with a target fires. */
    Option<Instant> nextFire() {
        Instant earliest = null;
        for (RuleEntry r : rules.values()) {
            if (r.schedule != null && r.nextFire != null && r.enabled() && !r.targets.isEmpty()
                    && (earliest == null || r.nextFire.isBefore(earliest))) {
                earliest = r.nextFire;
            }
        }
        return Option.of(earliest);
    }
}
