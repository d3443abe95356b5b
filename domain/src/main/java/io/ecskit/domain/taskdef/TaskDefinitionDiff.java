package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Field-by-field differences between two task definitions, after {@link TaskDefinitionComparison}
 * normalised what ECS fills in, as JSON paths: {@code containerDefinitions[0].image}.
 */
public final class TaskDefinitionDiff {

    /** One field that differs; {@code none} where it is absent on that side. */
    public record Change(String path, Option<String> live, Option<String> desired) {
        @Override
        public String toString() {
            return path + ": " + live.getOrElse("(none)") + " -> " + desired.getOrElse("(none)");
        }
    }

    private TaskDefinitionDiff() {
    }

    /**
     * What changes from {@code live} (e.g. the ACTIVE revision) to {@code desired}, both normalised first; empty when
     * {@link TaskDefinitionComparison#sameAs} holds.
     */
    public static Seq<Change> between(TaskDefinition live, TaskDefinition desired) {
        return walk("", TaskDefinitionComparison.normalize(live), TaskDefinitionComparison.normalize(desired));
    }

    /** The differences between any two values of the model (records, options, lists, maps), under {@code path}. */
    public static Seq<Change> walk(String path, Object a, Object b) {
        if (a == null && b == null || a != null && a.equals(b)) {
            return List.empty();
        }
        if (a == null) {
            return leaves(path, b, true);
        }
        if (b == null) {
            return leaves(path, a, false);
        }
        if (a instanceof Option<?> oa && b instanceof Option<?> ob) {
            if (oa.isDefined() && ob.isDefined()) {
                return walk(path, oa.get(), ob.get());
            }
            return oa.isDefined() ? leaves(path, oa.get(), false) : leaves(path, ob.get(), true);
        }
        if (a instanceof Seq<?> sa && b instanceof Seq<?> sb) {
            if (!sa.exists(Record.class::isInstance) && !sb.exists(Record.class::isInstance)) {
                // a list of plain values (a command, subnets) reads best whole
                return List.of(new Change(path, Option.of(text(sa)), Option.of(text(sb))));
            }
            int n = Math.max(sa.size(), sb.size());
            return List.range(0, n).flatMap(i -> walk(path + "[" + i + "]",
                    i < sa.size() ? Option.of(sa.get(i)) : Option.none(), i < sb.size() ? Option.of(sb.get(i)) : Option.none()));
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            @SuppressWarnings("unchecked") Map<Object, Object> left = (Map<Object, Object>) ma;
            @SuppressWarnings("unchecked") Map<Object, Object> right = (Map<Object, Object>) mb;
            return List.ofAll(left.keySet().addAll(right.keySet()))
                    .flatMap(k -> walk(join(path, String.valueOf(k)), left.get(k), right.get(k)));
        }
        if (a instanceof Record ra && b instanceof Record rb && a.getClass() == b.getClass()) {
            return List.of(a.getClass().getRecordComponents())
                    .flatMap(c -> walk(join(path, c.getName()), value(c, ra), value(c, rb)));
        }
        return List.of(new Change(path, Option.of(text(a)), Option.of(text(b))));
    }

    /** Every set field of a value that only one side has, each as its own change. */
    private static Seq<Change> leaves(String path, Object value, boolean desiredOnly) {
        if (value instanceof Option<?> option) {
            return option.isDefined() ? leaves(path, option.get(), desiredOnly) : List.empty();
        }
        if (value instanceof Seq<?> seq) {
            return seq.zipWithIndex().flatMap(e -> leaves(path + "[" + e._2 + "]", e._1, desiredOnly));
        }
        if (value instanceof Map<?, ?> map) {
            return List.ofAll(map).flatMap(e -> leaves(join(path, String.valueOf(e._1)), e._2, desiredOnly));
        }
        if (value instanceof Record record && !(value instanceof io.ecskit.domain.Tag)) {
            return List.of(value.getClass().getRecordComponents())
                    .flatMap(c -> leaves(join(path, c.getName()), value(c, record), desiredOnly));
        }
        Option<String> text = Option.of(text(value));
        return List.of(desiredOnly ? new Change(path, Option.none(), text) : new Change(path, text, Option.none()));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        if (value instanceof WireValue wire) {
            return wire.wire();
        }
        if (value instanceof Seq<?> seq) {
            return seq.map(TaskDefinitionDiff::text).mkString("[", ", ", "]");
        }
        return String.valueOf(value);
    }
}
