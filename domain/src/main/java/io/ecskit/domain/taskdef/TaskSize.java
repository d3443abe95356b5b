package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task-level cpu and memory as ECS reads them: cpu in units ("1024") or vCPUs ("1 vCPU",
 * "0.25 vcpu"), memory in MiB ("2048") or GB ("2 GB"); and the sizes Fargate offers.
 */
public final class TaskSize {

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]*)\\s*$");

    /** EC2 task-level cpu range in units. */
    public static final int EC2_MIN_CPU = 128;
    public static final int EC2_MAX_CPU = 196_608;

    private TaskSize() {
    }

    public static Option<Integer> parseCpu(String text) {
        return parse(text, "vcpu", 1024);
    }

    public static Option<Integer> parseMemory(String text) {
        return parse(text, "gb", 1024);
    }

    private static Option<Integer> parse(String text, String unit, int unitSize) {
        if (text == null) {
            return Option.none();
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        if (!m.matches()) {
            return Option.none();
        }
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        BigDecimal number = new BigDecimal(m.group(1));
        BigDecimal value;
        if (suffix.isEmpty()) {
            value = number;
        } else if (suffix.equals(unit)) {
            value = number.multiply(BigDecimal.valueOf(unitSize));
        } else {
            return Option.none();
        }
        try {
            return Option.of(value.intValueExact());
        } catch (ArithmeticException notWhole) {
            return Option.none();
        }
    }

    /** One row of Fargate's size table: a cpu value and the memory values allowed with it. */
    public record FargateCpu(int cpu, Seq<Integer> memoryValues, boolean windows, String minPlatformVersion) {
        public boolean allows(int memory) {
            return memoryValues.contains(memory);
        }
    }

    /** Fargate's valid (cpu units, memory MiB) pairs [botocore ECS model; AWS "task-cpu-memory-error"]. */
    public static final Seq<FargateCpu> FARGATE = List.of(
            new FargateCpu(256, List.of(512, 1024, 2048), false, "1.0.0"),
            new FargateCpu(512, List.rangeClosedBy(1024, 4096, 1024), false, "1.0.0"),
            new FargateCpu(1024, List.rangeClosedBy(2048, 8192, 1024), true, "1.0.0"),
            new FargateCpu(2048, List.rangeClosedBy(4096, 16384, 1024), true, "1.0.0"),
            new FargateCpu(4096, List.rangeClosedBy(8192, 30720, 1024), true, "1.0.0"),
            new FargateCpu(8192, List.rangeClosedBy(16384, 61440, 4096), false, "1.4.0"),
            new FargateCpu(16384, List.rangeClosedBy(32768, 122880, 8192), false, "1.4.0"));

    public static Option<FargateCpu> fargateCpu(int cpu) {
        return FARGATE.find(row -> row.cpu() == cpu);
    }

    /** Whether Fargate offers this (cpu, memory) pair. */
    public static boolean isFargateSize(int cpu, int memory) {
        return fargateCpu(cpu).exists(row -> row.allows(memory));
    }
}
