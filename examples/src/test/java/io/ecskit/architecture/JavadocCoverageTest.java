package io.ecskit.architecture;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public member of domain and ports has a comment (issue 14 allows at most 25 without): javadoc's
 * doclint, run here over their sources as {@code javadoc -Xdoclint:missing} would, counts the members
 * it finds with no comment at all, and lists them when there are too many.
 */
class JavadocCoverageTest {

    static final int ALLOWED = 25;

    @Test
    void domainAndPorts_haveAtMostTwentyFiveMembersWithoutAComment() throws IOException {
        List<String> missing = Stream.of("domain", "ports").flatMap(JavadocCoverageTest::undocumented).toList();

        assertThat(missing.size()).as("members without a comment:%n%s", String.join("\n", missing)).isLessThanOrEqualTo(ALLOWED);
    }

    private static Stream<String> undocumented(String module) {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, null);
             Stream<Path> walk = Files.walk(Path.of("..", module, "src", "main", "java"))) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
            Path out = Files.createTempDirectory("javadoc-" + module);
            List<String> options = List.of("-Xdoclint:missing", "-Xmaxwarns", "100000", "-quiet", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            Boolean ok = javadoc.getTask(new StringWriter(), files, diagnostics, null, options,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(ok).as("javadoc over %s: %s", module, diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Object::toString).limit(5).toList()).isTrue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING && d.getMessage(Locale.ROOT).equals("no comment"))
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber());
    }
}
