package io.ecskit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation a user navigates (issue 24 item 2): README.md is a landing page of at most 12 KB, and no page links
 * a file that does not exist or an anchor that no heading of that page makes (GitHub's anchors: the heading in lower
 * case, punctuation but hyphens and underscores dropped, spaces as hyphens, a repeated heading numbered).
 */
class DocsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.*)$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"");

    static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    @Test
    void theReadme_isALandingPage() throws IOException {
        assertThat(Files.size(ROOT.resolve("README.md"))).as("README.md, bytes").isLessThanOrEqualTo(12 * 1024);
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).as("it starts with the two set-up commands").startsWith("# ecskit\n\n```bash\n"
                + "mvn -B -q -DskipTests package && java -jar cli/target/ecskit.jar hello-world\nmvn -B verify\n```");
        assertThat(pages()).as("and the pages it links to exist").hasSizeGreaterThan(8);
    }

    @Test
    void everyLink_reachesAFileAndAnAnchorThatExist() throws IOException {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            boolean code = false;
            int line = 0;
            for (String text : Files.readAllLines(page)) {
                line++;
                if (text.startsWith("```")) {
                    code = !code;
                }
                if (code) {
                    continue;
                }
                Matcher m = LINK.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^(https?|mailto):.*")) {
                        continue;
                    }
                    checked++;
                    int hash = target.indexOf('#');
                    Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash)).normalize();
                    String where = ROOT.relativize(page) + ":" + line + " links " + target;
                    if (!Files.exists(file)) {
                        broken.add(where + ": no such file");
                    } else if (hash >= 0 && !anchors.computeIfAbsent(file, DocsTest::anchors).contains(target.substring(hash + 1))) {
                        broken.add(where + ": no such anchor in " + ROOT.relativize(file));
                    }
                }
            }
        }
        assertThat(checked).as("links checked").isGreaterThan(20);
        assertThat(broken).as("broken links").isEmpty();
    }

    /** The anchors GitHub makes of a page's headings, and its explicit {@code <a id>}s. */
    static Set<String> anchors(Path page) {
        Set<String> found = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean code = false;
        try {
            for (String text : Files.readAllLines(page)) {
                if (text.startsWith("```")) {
                    code = !code;
                }
                if (code) {
                    continue;
                }
                Matcher h = HEADING.matcher(text);
                if (h.matches()) {
                    String slug = h.group(1).trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
                    int n = seen.merge(slug, 1, Integer::sum) - 1;
                    found.add(n == 0 ? slug : slug + "-" + n);
                }
                Matcher a = HTML_ANCHOR.matcher(text);
                while (a.find()) {
                    found.add(a.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
