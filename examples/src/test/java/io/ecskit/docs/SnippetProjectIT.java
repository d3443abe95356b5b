package io.ecskit.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency snippet of docs/getting-started.md works alone (issue 24 item 3): a fresh project whose pom is the
 * snippet and nothing else, with one in-memory test, is built by this build's own Maven (3.8.7 here), offline from
 * ecskit's point of view: ecskit's artifacts come from what this build just made (copied into a local repository of
 * the test's own), everything else from the machine's Maven repository. It fails when the test does not run
 * (Maven 3.8's default surefire runs none and says BUILD SUCCESS).
 */
class SnippetProjectIT {

    private static final Path ROOT = Path.of("..");
    private static final String VERSION = "0.1.0-SNAPSHOT";

    @TempDir
    Path dir;

    @Test
    void theSnippetAlone_buildsAProjectWhoseTestRuns() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/getting-started.md"));
        Matcher block = Pattern.compile("<!-- snippet-pom -->\n```xml\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertThat(block.find()).as("docs/getting-started.md has the marked pom snippet").isTrue();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "<modelVersion>4.0.0</modelVersion>\n<groupId>example</groupId>\n<artifactId>snippet</artifactId>\n"
                + "<version>1</version>\n" + block.group(1)
                // this machine has the resources plugin ecskit's build uses, not Maven 3.8's default 2.6 (no network here)
                + "<profiles><profile><id>offline-machine</id><activation><activeByDefault>true</activeByDefault></activation>"
                + "<build><pluginManagement><plugins><plugin><artifactId>maven-resources-plugin</artifactId>"
                + "<version>3.3.1</version></plugin></plugins></pluginManagement></build></profile></profiles>\n</project>\n");
        Path test = Files.createDirectories(project.resolve("src/test/java/example")).resolve("FirstTest.java");
        Files.writeString(test, String.join("\n",
                "package example;",
                "",
                "import io.ecskit.adapter.inmemory.InMemoryEcsExtension;",
                "import io.ecskit.adapter.inmemory.InMemoryEcsKit;",
                "import io.ecskit.domain.arn.ClusterName;",
                "import io.ecskit.domain.cluster.ClusterSpec;",
                "import org.junit.jupiter.api.Test;",
                "import org.junit.jupiter.api.extension.RegisterExtension;",
                "",
                "class FirstTest {",
                "    @RegisterExtension static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();",
                "",
                "    @Test",
                "    void createsACluster(InMemoryEcsKit ecs) {",
                "        if (ecs.api().clusters().create(ClusterSpec.named(ClusterName.of(\"demo\"))).isLeft()) {",
                "            throw new AssertionError(\"CreateCluster failed\");",
                "        }",
                "    }",
                "}", ""));

        Path repository = dir.resolve("repository");
        installReactorArtifacts(repository);
        String machineRepository = System.getProperty("ecskit.machine.repository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>machine</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(machineRepository).toUri() + "</url></mirror></mirrors></settings>\n");

        String mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn").toString();
        ProcessBuilder build = new ProcessBuilder(List.of(mvn, "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "test")).directory(project.toFile()).redirectErrorStream(true);
        build.environment().remove("MAVEN_OPTS");
        Process process = build.start();
        var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (var in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the snippet project's build ends").isTrue();
        String log = output.join();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).as(log).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0").doesNotContain("Tests run: 0,");
    }

    /** The parent pom, the BOM and every module this build made, as a local repository holds them. */
    private static void installReactorArtifacts(Path repository) throws IOException {
        copyPom(repository, "ecskit-parent", ROOT.resolve("pom.xml"));
        String root = Files.readString(ROOT.resolve("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(root);
        while (module.find()) {
            Path dir = ROOT.resolve(module.group(1));
            String pom = Files.readString(dir.resolve("pom.xml"));
            // the module's own artifactId: the first one after its parent (the BOM has none)
            Matcher id = Pattern.compile("(?:</parent>|</modelVersion>)\\s*(?:<!--.*?-->\\s*)?(?:<groupId>[^<]+</groupId>\\s*)?<artifactId>([^<]+)</artifactId>",
                    Pattern.DOTALL).matcher(pom);
            if (!id.find()) {
                continue;
            }
            String artifact = id.group(1);
            copyPom(repository, artifact, dir.resolve("pom.xml"));
            Path jar = dir.resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            if (Files.exists(jar)) {
                Files.copy(jar, folder(repository, artifact).resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyPom(Path repository, String artifact, Path pom) throws IOException {
        Files.copy(pom, folder(repository, artifact).resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path folder(Path repository, String artifact) throws IOException {
        return Files.createDirectories(repository.resolve("io/ecskit").resolve(artifact).resolve(VERSION));
    }
}
