package io.ecskit.adapter.inmemory;

import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.stream.Collectors;

import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Property tests on QuickTheories (Apache-2.0): seeded in the build so a run is repeatable
 * ({@code -Decskit.seed=N} for another; QuickTheories names the seed of a falsified property).
 */
final class Properties {

    private Properties() {
    }

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(Long.getLong("ecskit.seed", 15L)).withExamples(examples);
    }

    /** Strings of {@code min..max} characters of the alphabet. */
    static Gen<String> namesOf(String alphabet, int min, int max) {
        java.util.List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
        return lists().of(Generate.pick(chars)).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** {@code a} {@code wa} times in {@code wa + wb}, else {@code b}. */
    static <T> Gen<T> weighted(int wa, Gen<T> a, int wb, Gen<T> b) {
        return Generate.frequency(java.util.List.of(Pair.of(wa, a), Pair.of(wb, b)));
    }
}
