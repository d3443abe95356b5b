package io.ecskit.architecture;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ecskit-bom does not inherit from ecskit-parent (whose dependencyManagement also pins JUnit, AssertJ,
 * JMH...), so it repeats versions: these tests keep it listing every published module and the very
 * versions the build is tested with.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");
    /** Reactor modules that are not published for users. */
    private static final Set<String> UNPUBLISHED = Set.of("ecskit-bom", "ecskit-examples", "ecskit-benchmarks");

    record Pom(Element project, Map<String, String> properties) {
        String version() {
            return child(project, "version");
        }

        /** groupId:artifactId[:type] -> version, properties resolved. */
        Map<String, String> managed() {
            Map<String, String> managed = new LinkedHashMap<>();
            Element management = only(project, "dependencyManagement");
            NodeList items = only(management, "dependencies").getElementsByTagName("dependency");
            for (int i = 0; i < items.getLength(); i++) {
                Element d = (Element) items.item(i);
                String type = child(d, "type");
                managed.put(child(d, "groupId") + ":" + child(d, "artifactId") + (type.isEmpty() ? "" : ":" + type),
                        resolve(child(d, "version")));
            }
            return managed;
        }

        String resolve(String value) {
            Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement = name.equals("project.version") ? version() : properties.get(name);
                assertThat(replacement).as("property " + name).isNotNull();
                m.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
            }
            return m.appendTail(resolved).toString();
        }
    }

    @Test
    void bom_listsEveryPublishedModule_atTheProjectVersion() throws Exception {
        Pom root = pom(ROOT.resolve("pom.xml"));
        Pom bom = pom(ROOT.resolve("bom/pom.xml"));
        Set<String> published = new TreeSet<>();
        NodeList modules = root.project().getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String artifactId = child(pom(ROOT.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml")).project(),
                    "artifactId");
            if (!UNPUBLISHED.contains(artifactId)) {
                published.add("io.ecskit:" + artifactId);
            }
        }
        Map<String, String> ecskit = new LinkedHashMap<>();
        bom.managed().forEach((key, version) -> {
            if (key.startsWith("io.ecskit:")) {
                ecskit.put(key, version);
            }
        });

        assertThat(child(bom.project(), "artifactId")).isEqualTo("ecskit-bom");
        assertThat(child(bom.project(), "packaging")).isEqualTo("pom");
        assertThat(only(bom.project(), "parent")).as("a parent would bring ecskit-parent's test pins along").isNull();
        assertThat(bom.version()).isEqualTo(root.version());
        assertThat(published).hasSize(12).contains("io.ecskit:ecskit-adapter-aws", "io.ecskit:ecskit-cli", "io.ecskit:ecskit-contract-tests", "io.ecskit:ecskit-compat-kit");
        assertThat(new TreeSet<>(ecskit.keySet())).isEqualTo(published);
        assertThat(ecskit.values()).containsOnly(root.version());
    }

    @Test
    void bom_pinsWhatTheBuildIsTestedWith() throws Exception {
        Map<String, String> root = pom(ROOT.resolve("pom.xml")).managed();
        Map<String, String> bom = pom(ROOT.resolve("bom/pom.xml")).managed();

        assertThat(bom).containsKeys("software.amazon.awssdk:bom:pom", "com.fasterxml.jackson:jackson-bom:pom",
                "io.vavr:vavr", "org.slf4j:slf4j-api", "org.apache.httpcomponents:httpclient");
        bom.forEach((key, version) -> {
            if (!key.startsWith("io.ecskit:")) {
                assertThat(root).as(key + " in ecskit-parent").containsEntry(key, version);
            }
        });
    }

    private static Pom pom(Path file) throws Exception {
        assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        Element section = only(project, "properties");
        if (section != null) {
            NodeList children = section.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    properties.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return new Pom(project, properties);
    }

    private static Element only(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String child(Element parent, String name) {
        Element e = only(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
