package io.ecskit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java block of the docs compiles (issue 24 item 2): each is marked {@code <!-- snippet: TAG -->} and is, line for
 * line, the region {@code // tag::TAG[]} ... {@code // end::TAG[]} of a source in {@code io.ecskit.docs} (this module's
 * test sources, compiled by the build, and run where they can run in memory), as the AWS SDK's and Testcontainers' docs
 * are kept.
 */
class DocsSnippetsTest {

    private static final Path SNIPPETS = Path.of("src", "test", "java", "io", "ecskit", "docs");
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([\\w-]+) -->$");

    static Map<String, List<String>> regions() throws IOException {
        Map<String, List<String>> regions = new HashMap<>();
        try (Stream<Path> files = Files.list(SNIPPETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher tag = Pattern.compile("^\\s*// tag::([\\w-]+)\\[]$").matcher(lines.get(i));
                    if (tag.matches()) {
                        int end = i + 1;
                        while (!lines.get(end).trim().equals("// end::" + tag.group(1) + "[]")) {
                            end++;
                        }
                        regions.put(tag.group(1), dedent(lines.subList(i + 1, end)));
                    }
                }
            }
        }
        return regions;
    }

    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
    }

    @Test
    void everyJavaBlock_isASnippetTheBuildCompiles() throws IOException {
        Map<String, List<String>> regions = regions();
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path page : DocsTest.pages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals("```java")) {
                    continue;
                }
                blocks++;
                int end = i + 1;
                while (!lines.get(end).equals("```")) {
                    end++;
                }
                String where = page.getFileName() + ":" + (i + 1);
                Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
                if (marker == null || !marker.matches()) {
                    problems.add(where + ": a Java block without <!-- snippet: TAG --> on the line before");
                } else if (!regions.containsKey(marker.group(1))) {
                    problems.add(where + ": no region tagged " + marker.group(1) + " in " + SNIPPETS);
                } else if (!dedent(lines.subList(i + 1, end)).equals(regions.get(marker.group(1)))) {
                    problems.add(where + ": the block differs from the region tagged " + marker.group(1));
                }
                i = end;
            }
        }
        assertThat(blocks).as("Java blocks in the docs").isGreaterThanOrEqualTo(7);
        assertThat(problems).isEmpty();
    }
}
