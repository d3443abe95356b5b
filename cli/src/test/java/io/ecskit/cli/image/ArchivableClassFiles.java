package io.ecskit.cli.image;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Lets JDK 17 archive picocli's classes in the launcher's class-data archive (issue 26 item 8, start-up). picocli ships
 * Java 5 class files (major version 49). CDS archives no class file older than Java 6 (50), nor one the JVM could only
 * verify by falling back to the old type-inferring verifier (a Java 6 class file without stack maps): every run then
 * loaded, parsed and verified picocli's classes from the jar. This writes each of picocli's class files as a Java 6 one
 * with the stack maps (StackMapTable) Java 6 compilers write, computed by ASM ({@code COMPUTE_FRAMES}); the
 * instructions, constants, members and attributes are ASM's faithful copy, and the JVM checks the stack maps against
 * them when it verifies each class (the build's tests load every class that way). A class ASM cannot frame (a type it
 * cannot find) is left exactly as it was. Measured on the project's 2-core machine: about 50 ms less from start to the
 * server's first answer (docs/reliability.md, Start-up). Run by the build after the shade plugin with {@code JAR}; a
 * build tool, not shipped.
 */
public final class ArchivableClassFiles {

    /** Java 6's class-file major version: the oldest CDS archives, the first with stack maps. */
    static final int JAVA_6 = Opcodes.V1_6;

    /** The class files rewritten: picocli's (the start-up path; the jar's other old class files are not on it). */
    static final String PREFIX = "picocli/";

    private ArchivableClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        int framed = rewrite(jar, rewritten);
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + framed + " of picocli's Java 5 class files written as Java 6 ones with "
                + "stack maps (CDS archives them)");
    }

    /** Copies {@code from} to {@code to}, entry by entry in its order, old picocli class files framed; answers how many. */
    static int rewrite(Path from, Path to) throws IOException {
        int framed = 0;
        try (URLClassLoader types = new URLClassLoader(new URL[] {from.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             InputStream file = Files.newInputStream(from); ZipInputStream in = new ZipInputStream(file);
             OutputStream target = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith(PREFIX) && entry.getName().endsWith(".class") && major(bytes) < JAVA_6) {
                    byte[] java6 = framed(bytes, types);
                    if (java6 != null) {
                        bytes = java6;
                        framed++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return framed;
    }

    /** The class file as a Java 6 one with stack maps; null when ASM cannot frame it (it then stays as it is). */
    static byte[] framed(byte[] classFile, ClassLoader types) {
        try {
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    return types;
                }
            };
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    super.visit(JAVA_6, access, name, signature, superName, interfaces);
                }
            }, 0);
            return writer.toByteArray();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** A class file's major version (0 when it is not one). */
    static int major(byte[] classFile) {
        boolean isClass = classFile.length >= 8 && (classFile[0] & 0xff) == 0xCA && (classFile[1] & 0xff) == 0xFE
                && (classFile[2] & 0xff) == 0xBA && (classFile[3] & 0xff) == 0xBE;
        return isClass ? ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff) : 0;
    }
}
