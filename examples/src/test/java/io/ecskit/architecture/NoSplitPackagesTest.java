package io.ecskit.architecture;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No class is in two of ecskit's artifacts: Dagger used to write the handlers' {@code *_Factory}
 * classes into both backends' jars (issue 14), so the most common classpath, in-memory in tests
 * beside AWS in production, held the same 11 classes twice. Checked over this module's test
 * classpath, which holds every ecskit module the CLI ships (as {@code target/classes} in the
 * reactor, as {@code ecskit-*.jar} from a repository).
 */
class NoSplitPackagesTest {

    @Test
    void everyClassIsInExactlyOneEcskitArtifact() {
        Map<String, List<String>> homes = new TreeMap<>();
        List<String> artifacts = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String artifact = ecskitArtifact(path);
            if (artifact == null || artifact.endsWith("examples/target/test-classes")) {
                continue;
            }
            artifacts.add(artifact);
            classes(path).forEach(c -> homes.computeIfAbsent(c, k -> new ArrayList<>()).add(artifact));
        }
        assertThat(artifacts).as("ecskit artifacts on the classpath").hasSizeGreaterThanOrEqualTo(9);
        assertThat(homes).as("classes of ecskit").hasSizeGreaterThan(500);
        assertThat(homes.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .as("classes in more than one ecskit artifact").isEmpty();
    }

    private static String ecskitArtifact(Path path) {
        String text = path.toString().replace('\\', '/');
        if (text.endsWith("/target/classes") && Files.exists(path.getParent().getParent().resolve("pom.xml"))) {
            return path.getParent().getParent().getFileName() + "/target/classes";
        }
        // a module's jar: from a repository (.../io/ecskit/...), or from the reactor (module/target/) once packaged
        if (path.getFileName().toString().startsWith("ecskit-") && text.endsWith(".jar") && !text.endsWith("-tests.jar")) {
            return path.getFileName().toString();
        }
        return null;
    }

    private static Stream<String> classes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    return files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> path.relativize(f).toString().replace('\\', '/')).toList().stream();
                }
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                        .toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
