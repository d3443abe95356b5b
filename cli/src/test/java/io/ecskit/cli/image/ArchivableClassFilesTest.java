package io.ecskit.cli.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build step that lets CDS archive picocli (ArchivableClassFiles): every picocli class file written as a Java 6 one
 * the JVM verifies with its stack maps, the same members and instructions, the jar's other entries untouched and in order.
 */
class ArchivableClassFilesTest {

    @Test
    void picocli_asJava6ClassFiles_verifiesAndLoads_everyClass(@TempDir Path dir) throws Exception {
        Path jar = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = dir.resolve("picocli.jar");

        int framed = ArchivableClassFiles.rewrite(jar, out);

        List<String> classes = new ArrayList<>();
        try (ZipFile original = new ZipFile(jar.toFile()); ZipFile rewritten = new ZipFile(out.toFile())) {
            assertThat(rewritten.stream().map(ZipEntry::getName)).containsExactlyElementsOf(original.stream().map(ZipEntry::getName).toList());
            for (ZipEntry entry : rewritten.stream().toList()) {
                byte[] after = rewritten.getInputStream(entry).readAllBytes();
                byte[] before = original.getInputStream(original.getEntry(entry.getName())).readAllBytes();
                if (!entry.getName().startsWith("picocli/") || !entry.getName().endsWith(".class")) {
                    assertThat(after).as(entry.getName()).isEqualTo(before);
                    continue;
                }
                classes.add(entry.getName().replace('/', '.').replace(".class", ""));
                assertThat(ArchivableClassFiles.major(after)).as(entry.getName()).isEqualTo(50);
                assertThat(shape(after)).as("members and instructions of " + entry.getName()).isEqualTo(shape(before));
            }
        }
        assertThat(framed).isEqualTo(classes.size()).isGreaterThan(200);

        // -Xverify is on for these classes (not the boot path): a wrong stack map is a VerifyError here
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                Class<?> loaded = Class.forName(name, false, loader);
                loaded.getDeclaredMethods();    // links it: verification runs
                assertThat(loaded.getClassLoader()).isSameAs(loader);
            }
            Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
            assertThat(commandLine.getField("VERSION").get(null)).isEqualTo(picocli.CommandLine.VERSION);
        }
    }

    @Test
    void aClassFileNotOlderThanJava6_andOtherEntries_stayAsTheyAre(@TempDir Path dir) throws IOException {
        byte[] current;
        try (InputStream in = ArchivableClassFiles.class.getResourceAsStream("ArchivableClassFiles.class")) {
            current = in.readAllBytes();
        }
        Path jar = dir.resolve("in.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
            put(out, "picocli/Current.class", current);
            put(out, "c/readme.txt", "text".getBytes());
        }
        Path rewritten = dir.resolve("out.jar");

        assertThat(ArchivableClassFiles.rewrite(jar, rewritten)).isZero();

        try (ZipFile zip = new ZipFile(rewritten.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("META-INF/MANIFEST.MF", "picocli/Current.class", "c/readme.txt");
            assertThat(zip.getInputStream(zip.getEntry("picocli/Current.class")).readAllBytes()).isEqualTo(current);
        }
        assertThat(ArchivableClassFiles.major("not a class".getBytes())).isZero();
    }

    /** A class file's members and each method's instructions (opcodes and operands), as ASM reads them. */
    private static List<String> shape(byte[] classFile) {
        List<String> shape = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                shape.add(access + " " + name + " " + signature + " " + superName + " " + String.join(",", interfaces));
            }

            @Override
            public org.objectweb.asm.FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                shape.add("field " + access + " " + name + " " + descriptor + " " + value);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                shape.add("method " + access + " " + name + descriptor);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        shape.add(" " + opcode);
                    }

                    @Override
                    public void visitVarInsn(int opcode, int var) {
                        shape.add(" " + opcode + " " + var);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                        shape.add(" " + opcode + " " + owner + "." + name + descriptor);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                        shape.add(" " + opcode + " " + owner + "." + name);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        shape.add(" ldc " + value);
                    }

                    @Override
                    public void visitJumpInsn(int opcode, org.objectweb.asm.Label label) {
                        shape.add(" jump " + opcode);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        shape.add(" " + opcode + " " + type);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return shape;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
