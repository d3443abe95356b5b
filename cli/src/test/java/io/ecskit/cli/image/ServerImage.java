package io.ecskit.cli.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the image of {@code ecskit server} (issue 24 item 4) with Jib, no Docker daemon and no registry: a Java runtime
 * made by jlink from the build's JDK, the C libraries it links (as this machine has them), and the shaded jar, on an
 * empty base. Non-root (65532), {@code ecskit server} on all interfaces of the container, port 4599, the version as a
 * label; written as a {@code docker load}-able archive, {@code cli/target/ecskit-server-image.tar}. Run by the build
 * (exec-maven-plugin, package phase) with {@code TARGET_DIR VERSION}; a build tool, not shipped in the jar.
 */
public final class ServerImage {

    /** The port the image's server listens on. */
    public static final int PORT = 4599;
    /** The modules the server needs (jdeps over the shaded jar, plus logging, management, XML and TLS). */
    static final String MODULES = "java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,"
            + "java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.unsupported";

    private ServerImage() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        String version = args[1];
        Path work = target.resolve("server-image");
        delete(work);
        Path runtime = work.resolve("runtime");
        jlink(runtime);

        FileEntriesLayer.Builder libraries = FileEntriesLayer.builder().setName("c-libraries");
        for (String library : linkedLibraries(runtime)) {
            Path real = Path.of(library).toRealPath();
            libraries.addEntry(real, AbsoluteUnixPath.get(library), FilePermissions.fromOctalString("755"));
        }
        FileEntriesLayer.Builder java = FileEntriesLayer.builder().setName("java-runtime");
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String mode = Files.isExecutable(file) ? "755" : "644";
                java.addEntry(file, AbsoluteUnixPath.get("/opt/java").resolve(runtime.relativize(file).toString()),
                        FilePermissions.fromOctalString(mode));
            }
        }
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        FileEntriesLayer scratch = FileEntriesLayer.builder().setName("tmp")
                .addEntry(tmp, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777")).build();
        FileEntriesLayer app = FileEntriesLayer.builder().setName("ecskit")
                .addEntry(target.resolve("ecskit.jar"), AbsoluteUnixPath.get("/app/ecskit.jar"), FilePermissions.fromOctalString("644")).build();

        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "ecskit server");
        labels.put("org.opencontainers.image.description", "The in-memory ECS, ECR and CloudWatch Logs of ecskit over AWS's own protocols");
        labels.put("org.opencontainers.image.version", version);
        labels.put("org.opencontainers.image.licenses", "Apache-2.0");
        labels.put("org.opencontainers.image.source", "https://github.com/ecskit/ecskit");
        labels.put("io.ecskit.health", "/_ecskit/health");

        JibContainerBuilder image = Jib.fromScratch()
                .setFormat(ImageFormat.Docker)   // docker load takes it on every Docker version (OCI archives only from 25)
                .addFileEntriesLayer(libraries.build())
                .addFileEntriesLayer(java.build())
                .addFileEntriesLayer(scratch)
                .addFileEntriesLayer(app)
                .setEnvironment(Map.of("JAVA_HOME", "/opt/java", "PATH", "/opt/java/bin"))
                .setWorkingDirectory(AbsoluteUnixPath.get("/tmp"))
                .setEntrypoint(entrypoint())
                .setProgramArguments(List.of("--bind", "0.0.0.0", "--port", String.valueOf(PORT)))
                .setExposedPorts(Set.of(Port.tcp(PORT)))
                .setUser("65532:65532")
                .setLabels(labels)
                .setCreationTime(Instant.EPOCH);
        Path tar = target.resolve("ecskit-server-image.tar");
        image.containerize(Containerizer.to(TarImage.at(tar).named("ecskit/server:" + version))
                .setApplicationLayersCache(work.resolve("cache"))
                .setBaseImageLayersCache(work.resolve("cache"))
                .setToolName("ecskit-build"));
        System.out.println("ecskit server image: " + tar + " (docker load -i " + target.relativize(tar).toString() + ")");
    }

    /** The image's entrypoint; {@code --bind 0.0.0.0 --port 4599} follow as its default arguments. */
    public static List<String> entrypoint() {
        return List.of("/opt/java/bin/java", "-XX:-UsePerfData", "-XX:+UseSerialGC", "-jar", "/app/ecskit.jar", "server");
    }

    private static void jlink(Path runtime) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new IllegalStateException("this JDK has no jlink"));
        StringWriter out = new StringWriter();
        int code = jlink.run(new PrintWriter(out), new PrintWriter(out), "--add-modules", MODULES, "--strip-debug", "--no-man-pages",
                "--no-header-files", "--compress=2", "--output", runtime.toString());
        if (code != 0) {
            throw new IllegalStateException("jlink failed: " + out);
        }
    }

    /** The C libraries the runtime's programs and libraries link, as ldd finds them on this machine. */
    static Set<String> linkedLibraries(Path runtime) throws IOException, InterruptedException {
        List<Path> objects = new ArrayList<>(List.of(runtime.resolve("bin/java")));
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            files.filter(f -> f.toString().endsWith(".so")).forEach(objects::add);
        }
        Set<String> libraries = new TreeSet<>();
        Pattern resolved = Pattern.compile("=>\\s+(/\\S+)\\s+\\(|^\\s*(/\\S+)\\s+\\(");
        for (Path object : objects) {
            Process ldd = new ProcessBuilder("ldd", object.toString()).redirectErrorStream(true).start();
            String text = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ldd.waitFor();
            for (String line : text.split("\n")) {
                Matcher m = resolved.matcher(line);
                if (m.find()) {
                    String path = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!path.startsWith(runtime.toString())) {
                        libraries.add(path);
                    }
                }
            }
        }
        if (libraries.stream().noneMatch(l -> l.contains("ld-linux"))) {
            throw new IllegalStateException("no dynamic loader found by ldd: " + libraries);
        }
        return libraries;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
