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

    /** The smallest task-level {@code cpu} ECS accepts for EC2, in CPU units (128 = 0.125 vCPU; ECS API model). */
    public static final int EC2_MIN_CPU = 128;
    /** The largest task-level {@code cpu} ECS accepts for EC2, in CPU units (196608 = 192 vCPU; ECS API model). */
    public static final int EC2_MAX_CPU = 196_608;

    private TaskSize() {
    }

    /**
     * A task-level {@code cpu} as ECS reads it: CPU units ({@code "1024"}) or vCPUs ({@code "1 vCPU"}, {@code "0.25 vcpu"}, 1 vCPU =
     * 1024 units), whitespace and case ignored.
     *
     * @return the CPU units, or none when {@code text} is null, has another unit, or is not a whole number of units
     */
    public static Option<Integer> parseCpu(String text) {
        return parse(text, "vcpu", 1024);
    }

    /**
     * A task-level {@code memory} as ECS reads it: MiB ({@code "2048"}) or GB ({@code "2 GB"}, 1 GB = 1024 MiB), whitespace and
     * case ignored.
     *
     * @return the MiB, or none when {@code text} is null, has another unit, or is not a whole number of MiB
     */
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

    /**
     * One row of Fargate's size table: a cpu value (CPU units) and the memory values (MiB) allowed with it, whether Windows
     * containers may use it, and the oldest Linux platform version offering it (8 and 16 vCPU need 1.4.0).
     */
    public record FargateCpu(int cpu, Seq<Integer> memoryValues, boolean windows, String minPlatformVersion) {
        /** Whether {@code memory} (MiB) is one of the values Fargate offers with this row's cpu. */
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

    /** The row of {@link #FARGATE} for {@code cpu} (CPU units: 256, 512, 1024, 2048, 4096, 8192 or 16384), none for another value. */
    public static Option<FargateCpu> fargateCpu(int cpu) {
        return FARGATE.find(row -> row.cpu() == cpu);
    }

    /** Whether Fargate offers this (cpu, memory) pair. */
    public static boolean isFargateSize(int cpu, int memory) {
        return fargateCpu(cpu).exists(row -> row.allows(memory));
    }
}
