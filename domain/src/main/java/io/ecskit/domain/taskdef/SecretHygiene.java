package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in task definitions: a plain {@code environment} variable whose name looks secret is
 * stored in clear in the task definition (anyone allowed DescribeTaskDefinition reads it, and it
 * stays in every old revision); ECS's answer is {@code secrets} with {@code valueFrom} (Secrets
 * Manager or SSM Parameter Store, read with the execution role). ECS accepts both, so this is a
 * warning, not a rule; and whatever ecskit prints masks such values.
 */
public final class SecretHygiene {

    /** What a masked value prints as. */
    public static final String MASK = "****";

    /** Name words that mark a secret: DB_PASSWORD, GITHUB_TOKEN, STRIPE_API_KEY, AWS_SECRET_ACCESS_KEY, ... */
    private static final Set<String> WORDS = HashSet.of("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL",
            "CREDENTIALS", "PASSPHRASE");
    private static final Set<String> PAIRS = HashSet.of("API_KEY", "PRIVATE_KEY", "ACCESS_KEY", "SECRET_KEY", "CLIENT_SECRET",
            "AUTH_KEY", "SIGNING_KEY", "ENCRYPTION_KEY");
    private static final Pattern ENV_VALUE = Pattern.compile("^containerDefinitions\\[(\\d+)]\\.environment\\[(\\d+)]\\.value$");
    private static final Pattern SECRET_VALUE = Pattern.compile("^containerDefinitions\\[\\d+]\\.secrets\\[\\d+]\\.valueFrom$");

    private SecretHygiene() {
    }

    /** A finding worth a warning: where, and what to do instead. */
    public record Warning(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /** Whether an environment variable of this name looks like it holds a secret. */
    public static boolean looksSecret(String name) {
        List<String> words = List.of(name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")).filter(w -> !w.isEmpty());
        return words.exists(WORDS::contains)
                || words.sliding(2).exists(pair -> pair.size() == 2 && PAIRS.contains(pair.get(0) + "_" + pair.get(1)));
    }

    /**
     * The values of the plain environment variables whose name looks secret, in every container, longest first;
     * values shorter than 4 characters are left out (masking {@code "1"} everywhere would hide more than it protects).
     */
    public static Seq<String> secretValues(TaskDefinition td) {
        return td.containerDefinitions().flatMap(c -> c.environment())
                .filter(e -> e.name().exists(SecretHygiene::looksSecret))
                .flatMap(KeyValuePair::value).filter(v -> v.length() >= 4).distinct()
                .sortBy(v -> -v.length());
    }

    /** {@code text} with every occurrence of each of {@code values} replaced by {@value #MASK}. */
    public static String maskIn(String text, Seq<String> values) {
        String masked = text;
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    /** Every plain environment variable that looks secret, each with the fix. */
    public static Seq<Warning> plainSecrets(TaskDefinition td) {
        return td.containerDefinitions().zipWithIndex().flatMap(ci -> ci._1.environment().zipWithIndex()
                .filter(ei -> ei._1.name().exists(SecretHygiene::looksSecret))
                .map(ei -> {
                    String name = ei._1.name().get();
                    return new Warning("containerDefinitions[" + ci._2 + "].environment[" + ei._2 + "]",
                            "environment variable " + name + " of container " + ci._1.name().getOrElse("?") + " looks secret, and "
                                    + "plain environment values are stored in clear in the task definition: use \"secrets\": "
                                    + "[{\"name\": \"" + name + "\", \"valueFrom\": \"<Secrets Manager secret or SSM parameter ARN>\"}] "
                                    + "with an executionRoleArn that may read it");
                }));
    }

    /**
     * {@code changes} with every value that must not be printed masked: values of environment
     * variables whose name looks secret (in {@code desired}, {@code live} or the changes themselves)
     * and every {@code secrets[].valueFrom}. Paths index the <em>normalised</em> definitions the
     * diff compares (environment sorted by name), so names are looked up there; where the two
     * sides hold different variables at one index, the diff's own name change says so. Giving
     * only the desired definition is enough.
     */
    public static Seq<TaskDefinitionDiff.Change> masked(Seq<TaskDefinitionDiff.Change> changes, Seq<TaskDefinition> definitions) {
        Seq<TaskDefinition> normalised = definitions.map(TaskDefinitionComparison::normalize);
        return changes.map(c -> mustMask(c, changes, normalised)
                ? new TaskDefinitionDiff.Change(c.path(), c.live().map(v -> MASK), c.desired().map(v -> MASK)) : c);
    }

    private static boolean mustMask(TaskDefinitionDiff.Change change, Seq<TaskDefinitionDiff.Change> all, Seq<TaskDefinition> definitions) {
        if (SECRET_VALUE.matcher(change.path()).matches()) {
            return true;
        }
        Matcher m = ENV_VALUE.matcher(change.path());
        if (!m.matches()) {
            return false;
        }
        int container = Integer.parseInt(m.group(1));
        int variable = Integer.parseInt(m.group(2));
        String namePath = "containerDefinitions[" + container + "].environment[" + variable + "].name";
        return definitions.exists(td -> nameAt(td, container, variable).exists(SecretHygiene::looksSecret))
                || all.filter(c -> c.path().equals(namePath)).exists(c -> c.live().exists(SecretHygiene::looksSecret)
                        || c.desired().exists(SecretHygiene::looksSecret));
    }

    private static Option<String> nameAt(TaskDefinition td, int container, int variable) {
        return Option.when(container < td.containerDefinitions().size(), () -> td.containerDefinitions().get(container))
                .flatMap(c -> Option.when(variable < c.environment().size(), () -> c.environment().get(variable)))
                .flatMap(KeyValuePair::name);
    }
}
