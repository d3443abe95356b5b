package io.ecskit.architecture;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module must not declare in a narrower scope (test, provided) what one of its compile-scope
 * ecskit dependencies needs at run time: Maven's nearest-wins rule would let the narrow declaration
 * win, and the shaded jar would ship without it (issue 9: jib-core in test scope here left Jib out of
 * ecskit.jar, and push-image died with NoClassDefFoundError). Checked over every module's pom.
 */
class DependencyScopeTest {

    private static final Path ROOT = Path.of("..");

    record Dependency(String key, String scope, String type) {
        boolean runtime() {
            return (scope.equals("compile") || scope.equals("runtime")) && type.equals("jar");
        }
    }

    @Test
    void noModuleNarrowsTheScopeOfWhatItsDependenciesNeedAtRunTime() throws Exception {
        Map<String, Path> modules = modules();
        Map<String, List<Dependency>> declared = new LinkedHashMap<>();
        for (Map.Entry<String, Path> module : modules.entrySet()) {
            declared.put(module.getKey(), dependencies(module.getValue()));
        }
        List<String> narrowed = new ArrayList<>();
        declared.forEach((module, dependencies) -> {
            Set<String> needed = new HashSet<>();
            dependencies.stream().filter(Dependency::runtime).filter(d -> declared.containsKey(d.key()))
                    .forEach(d -> collectRuntime(d.key(), declared, needed, new HashSet<>()));
            dependencies.stream().filter(d -> (d.scope().equals("test") || d.scope().equals("provided")) && d.type().equals("jar"))
                    .filter(d -> needed.contains(d.key()))
                    .forEach(d -> narrowed.add(module + " declares " + d.key() + " in " + d.scope()
                            + " scope, but a compile-scope ecskit dependency needs it at run time"));
        });

        assertThat(modules).hasSizeGreaterThan(8);
        assertThat(narrowed).isEmpty();
    }

    private static void collectRuntime(String module, Map<String, List<Dependency>> declared, Set<String> needed, Set<String> seen) {
        if (!seen.add(module)) {
            return;
        }
        for (Dependency d : declared.get(module)) {
            if (d.runtime()) {
                needed.add(d.key());
                if (declared.containsKey(d.key())) {
                    collectRuntime(d.key(), declared, needed, seen);
                }
            }
        }
    }

    /** artifactId of each module in the reactor -> its pom. */
    private static Map<String, Path> modules() throws Exception {
        Map<String, Path> modules = new LinkedHashMap<>();
        NodeList names = parse(ROOT.resolve("pom.xml")).getElementsByTagName("module");
        for (int i = 0; i < names.getLength(); i++) {
            Path pom = ROOT.resolve(names.item(i).getTextContent().trim()).resolve("pom.xml");
            modules.put("io.ecskit:" + child(parse(pom).getDocumentElement(), "artifactId"), pom);
        }
        return modules;
    }

    private static List<Dependency> dependencies(Path pom) throws Exception {
        List<Dependency> dependencies = new ArrayList<>();
        Element project = parse(pom).getDocumentElement();
        NodeList sections = project.getChildNodes();
        for (int s = 0; s < sections.getLength(); s++) {
            if (sections.item(s) instanceof Element section && section.getTagName().equals("dependencies")) {
                NodeList items = section.getElementsByTagName("dependency");
                for (int i = 0; i < items.getLength(); i++) {
                    Element d = (Element) items.item(i);
                    String scope = child(d, "scope");
                    String type = child(d, "type");
                    dependencies.add(new Dependency(child(d, "groupId") + ":" + child(d, "artifactId"),
                            scope.isEmpty() ? "compile" : scope, type.isEmpty() ? "jar" : type));
                }
            }
        }
        return dependencies;
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(Files.isRegularFile(pom)).as(pom.toString()).isTrue();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }
}
