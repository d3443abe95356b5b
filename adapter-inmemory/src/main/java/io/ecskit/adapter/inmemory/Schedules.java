package io.ecskit.adapter.inmemory;

import io.vavr.control.Option;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge's schedule expressions, in UTC: {@code rate(N minute|minutes|hour|hours|day|days)} (the singular for 1, the
 * plural otherwise) and {@code cron(minutes hours day-of-month month day-of-week year)} with {@code *}, {@code ?}, lists,
 * ranges and {@code /} increments, month and weekday names, one of day-of-month and day-of-week {@code ?}. {@code L},
 * {@code W} and {@code #} are not simulated and are refused. Source: EventBridge user guide, "Schedule expressions for rules".
 */
final class Schedules {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** How far ahead a cron expression is searched for its next time (one that never fires again answers none). */
    private static final int HORIZON_DAYS = 366 * 5;

    /** A parsed schedule: its next time strictly after an instant. */
    interface Schedule {
        Option<Instant> after(Instant instant, Instant created);
    }

    private Schedules() {
    }

    /** The schedule, or none when the expression is not one EventBridge takes (cron in UTC, as EventBridge's rules). */
    static Option<Schedule> parse(String expression) {
        return parse(expression, ZoneOffset.UTC);
    }

    /** The schedule with its cron fields read in {@code zone} (Application Auto Scaling's Timezone). */
    static Option<Schedule> parse(String expression, java.time.ZoneId zone) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long n;
            try {
                n = Long.parseLong(rate.group(1));
            } catch (NumberFormatException tooLong) {
                return Option.none();
            }
            String unit = rate.group(2);
            if (n < 1 || n > 100_000 || (n == 1) != !unit.endsWith("s")) {
                return Option.none();
            }
            Duration every = unit.startsWith("minute") ? Duration.ofMinutes(n) : unit.startsWith("hour") ? Duration.ofHours(n) : Duration.ofDays(n);
            // a rate runs every period from when the rule was made
            return Option.of((instant, created) -> {
                long periods = Math.max(0, Duration.between(created, instant).toSeconds() / every.toSeconds());
                Instant next = created.plus(every.multipliedBy(periods));
                while (!next.isAfter(instant)) {
                    next = next.plus(every);
                }
                return Option.of(next);
            });
        }
        Matcher cron = CRON.matcher(expression);
        if (!cron.matches()) {
            return Option.none();
        }
        BitSet minutes = field(cron.group(1), 0, 59, null);
        BitSet hours = field(cron.group(2), 0, 23, null);
        String dom = cron.group(3);
        BitSet days = dom.equals("?") ? null : field(dom, 1, 31, null);
        BitSet months = field(cron.group(4), 1, 12, MONTHS);
        String dow = cron.group(5);
        BitSet weekdays = dow.equals("?") ? null : field(dow, 1, 7, DAYS);
        BitSet years = field(cron.group(6), 1970, 2199, null);
        if (minutes == null || hours == null || months == null || years == null || dom.equals("?") == dow.equals("?")
                || !dom.equals("?") && days == null || !dow.equals("?") && weekdays == null) {
            return Option.none();
        }
        return Option.of((instant, created) -> {
            ZonedDateTime from = instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            LocalDate day = from.toLocalDate();
            for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
                if (!years.get(day.getYear()) || !months.get(day.getMonthValue())
                        || days != null && !days.get(day.getDayOfMonth())
                        || weekdays != null && !weekdays.get(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek().getValue() + 1)) {
                    continue;
                }
                int startMinute = i == 0 ? from.getHour() * 60 + from.getMinute() : 0;
                for (int m = startMinute; m < 24 * 60; m++) {
                    if (hours.get(m / 60) && minutes.get(m % 60)) {
                        // the zone's wall-clock time (a time the clocks skip moves on; one they repeat is its first)
                        Instant at = day.atTime(m / 60, m % 60).atZone(zone).toInstant();
                        if (at.isAfter(instant)) {
                            return Option.of(at);
                        }
                    }
                }
            }
            return Option.none();
        });
    }

    /** One cron field's values, or null when it is not one EventBridge takes. */
    private static BitSet field(String text, int min, int max, String[] names) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                Integer parsed = number(part.substring(slash + 1), null, min);
                if (parsed == null || parsed < 1) {
                    return null;
                }
                step = parsed;
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else {
                int dash = range.indexOf('-');
                Integer a = number(dash < 0 ? range : range.substring(0, dash), names, min);
                Integer b = dash < 0 ? (slash >= 0 ? Integer.valueOf(max) : a) : number(range.substring(dash + 1), names, min);
                if (a == null || b == null || a < min || b > max || a > b) {
                    return null;
                }
                from = a;
                to = b;
            }
            for (int v = from; v <= to; v += step) {
                values.set(v);
            }
        }
        return values;
    }

    private static Integer number(String text, String[] names, int min) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text.toUpperCase(Locale.ROOT))) {
                    return i + min;
                }
            }
        }
        return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }
}
