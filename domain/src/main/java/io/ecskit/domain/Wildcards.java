package io.ecskit.domain;

import java.util.regex.Pattern;

/**
 * AWS's wildcard filters (ECR's tag-mutability exclusions and signing rules, lifecycle tag patterns, CloudWatch Logs'
 * JSON string values): {@code *} matches any run of characters, everything else itself.
 */
public final class Wildcards {

    private Wildcards() {
    }

    /** The pattern a whole text must match for {@code filter}. */
    public static Pattern pattern(String filter) {
        StringBuilder regex = new StringBuilder();
        String[] parts = filter.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether {@code text} matches {@code filter} as a whole. */
    public static boolean matches(String filter, String text) {
        return pattern(filter).matcher(text).matches();
    }
}
