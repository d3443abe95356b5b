package io.ecskit.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations on the command line as people write them ({@code 30m}, {@code 1h30m}, {@code 90s}, {@code 1d}) or ISO-8601 ({@code PT30M}). */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        Matcher m = SHORT.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write e.g. 30s, 10m, 1h30m, 1d or PT30M");
        }
        return Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2))).plusMinutes(number(m.group(3)))
                .plusSeconds(number(m.group(4)));
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /** A duration as the options take it: {@code 10m}, {@code 1h30m}, {@code 45s}, {@code 2d}. */
    static String format(Duration d) {
        long seconds = d.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long[] units = {86400, 3600, 60, 1};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (seconds >= units[i]) {
                text.append(seconds / units[i]).append(names[i]);
                seconds %= units[i];
            }
        }
        return text.toString();
    }
}
