package io.ecskit.contract.kit;

import io.ecskit.contract.Capability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts behind a {@link Scorecard}; JUnit may run tests in parallel, so every method is synchronized. */
final class Tally {

    private static final class Row {
        int passed;
        int failed;
        int gaps;
        int other;
    }

    private record Gap(String reason, int tests) {
    }

    private final Map<String, Row> suites = new LinkedHashMap<>();
    private final Map<Capability, Gap> gaps = new EnumMap<>(Capability.class);
    private final List<String> failures = new ArrayList<>();
    private final List<String> otherSkips = new ArrayList<>();
    private String backend;

    synchronized void passed(String suite, String backendName) {
        row(suite, backendName).passed++;
    }

    synchronized void failed(String suite, String backendName, String test, Throwable cause) {
        row(suite, backendName).failed++;
        failures.add(suite + "." + test + ": " + firstLine(String.valueOf(cause)));
    }

    synchronized void gap(String suite, String backendName, Capability capability, String reason) {
        row(suite, backendName).gaps++;
        gaps.merge(capability, new Gap(reason, 1), (a, b) -> new Gap(a.reason(), a.tests() + 1));
    }

    synchronized void otherSkip(String suite, String backendName, String test, String reason) {
        row(suite, backendName).other++;
        otherSkips.add(suite + "." + test + ": " + firstLine(reason));
    }

    private Row row(String suite, String backendName) {
        if (backend == null && backendName != null) {
            backend = backendName;
        }
        return suites.computeIfAbsent(suite, s -> new Row());
    }

    synchronized String markdown(String kit) {
        Row total = new Row();
        suites.values().forEach(r -> {
            total.passed += r.passed;
            total.failed += r.failed;
            total.gaps += r.gaps;
            total.other += r.other;
        });
        boolean others = total.other > 0;
        int width = Math.max("total".length(), suites.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append("## ecskit compatibility scorecard: ").append(backend == null ? "?" : backend).append(" (").append(kit).append(")\n\n");
        out.append(line(width, others, "suite", "passed", "failed", "gaps", "skipped"));
        out.append("|").append("-".repeat(width + 2)).append("|-------:|-------:|-----:|").append(others ? "--------:|" : "").append('\n');
        suites.forEach((suite, r) -> out.append(line(width, others, suite, r.passed, r.failed, r.gaps, r.other)));
        out.append(line(width, others, "total", total.passed, total.failed, total.gaps, total.other));
        int tests = total.passed + total.failed + total.gaps + total.other;
        out.append('\n').append(total.passed).append(" of ").append(tests).append(" tests passed, ")
                .append(total.failed).append(" failed, ").append(total.gaps).append(" skipped for ")
                .append(gaps.size()).append(gaps.size() == 1 ? " declared gap" : " declared gaps")
                .append(others ? ", " + total.other + " skipped for other reasons" : "").append(".\n");
        if (!gaps.isEmpty()) {
            out.append("\nDeclared gaps (capability, tests skipped: reason):\n\n");
            gaps.forEach((capability, gap) -> out.append("- ").append(capability).append(" (").append(gap.tests())
                    .append(gap.tests() == 1 ? " test" : " tests").append("): ").append(gap.reason()).append('\n'));
        }
        if (!failures.isEmpty()) {
            out.append("\nFailed:\n\n");
            failures.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        if (others) {
            out.append("\nSkipped for other reasons:\n\n");
            otherSkips.forEach(s -> out.append("- ").append(s).append('\n'));
        }
        return out.toString();
    }

    private static String line(int width, boolean others, Object suite, Object passed, Object failed, Object gaps, Object other) {
        return String.format("| %-" + width + "s | %6s | %6s | %4s |", suite, passed, failed, gaps)
                + (others ? String.format(" %7s |", other) : "") + "\n";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
