package io.ecskit.domain;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ecs-rules.md and the EcsRule catalog list the same rules, with the same call, error, message and source. */
class RuleCatalogTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static String row(EcsRule r) {
        return "| `" + r.id() + "` | " + cell(r.call()) + " | " + r.code() + " | `" + cell(r.template()) + "` | "
                + cell(r.source()) + " |";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void everyRuleIsInTheDocument_andTheDocumentHasNoOther() throws IOException {
        List<String> documented = List.ofAll(Files.readAllLines(ROOT.resolve("docs/ecs-rules.md")))
                .filter(line -> line.startsWith("| `"));
        List<String> catalogued = List.of(EcsRule.values()).map(RuleCatalogTest::row);

        assertThat(documented.asJava()).containsExactlyInAnyOrderElementsOf(catalogued.asJava());
    }

    @Test
    void idsAreUnique_andEveryMessageFillsItsPlaceholders() {
        assertThat(List.of(EcsRule.values()).map(EcsRule::id).distinct().size()).isEqualTo(EcsRule.values().length);
        for (EcsRule r : EcsRule.values()) {
            Object[] values = r.placeholders().map(p -> (Object) ("<" + p + ">")).toJavaArray();
            assertThat(r.message(values)).as(r.id()).doesNotContain("{" + r.placeholders().headOption().getOrElse("~") + "}");
        }
        assertThat(EcsRule.MOUNT_POINT_VOLUME_EXISTS.message("data")).isEqualTo("Unknown volume 'data'.");
        assertThat(EcsRule.SECRETS_REQUIRE_EXECUTION_ROLE.id()).isEqualTo("secretsRequireExecutionRole");
    }

    /** Each ECS message is written once: in EcsRule, and in no other main source file of the build. */
    @Test
    void everyMessageLiteral_appearsInExactlyOneMainSourceFile() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            sources = List.ofAll(walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    // contract-tests is a test library (assertions quote AWS on purpose), not product code
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/contract-tests/")).toList());
        }
        List<String> texts = sources.map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (EcsRule r : EcsRule.values()) {
            // the longest run of the message without placeholders, as a Java literal would hold it
            String fragment = List.of(r.template().split("\\{[a-zA-Z]+}")).maxBy(String::length).get()
                    .replace("\\", "\\\\").replace("\"", "\\\"").replace("\u2018", "\\u2018").replace("\u2019", "\\u2019");
            if (fragment.length() < 12) {
                continue;
            }
            List<Path> holding = sources.zip(texts).filter(st -> st._2.contains(fragment)).map(st -> st._1.getFileName());
            assertThat(holding.map(Path::toString).asJava()).as(r.id() + ": " + fragment).containsExactly("EcsRule.java");
        }
    }
}
