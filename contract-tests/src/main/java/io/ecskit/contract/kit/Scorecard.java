package io.ecskit.contract.kit;

import io.ecskit.contract.ContractTest;
import io.ecskit.contract.MissingCapability;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tallies a compatibility kit's tests per suite (passed, failed, skipped for a declared gap, skipped
 * otherwise) and, when the kit's outer class is done, prints the scorecard and writes it as Markdown
 * to {@code target/ecskit-scorecard-<kit class>.md}, or into the directory named by the system
 * property {@code ecskit.scorecard.dir}. It only watches: a failing test still fails the build.
 */
public final class Scorecard implements TestWatcher, AfterAllCallback {

    /** Where the Markdown scorecard goes (a directory); default {@code target} (or {@code build} for Gradle). */
    public static final String DIRECTORY_PROPERTY = "ecskit.scorecard.dir";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Scorecard.class);

    @Override
    public void testSuccessful(ExtensionContext context) {
        tally(context).passed(suite(context), backendName(context));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        tally(context).failed(suite(context), backendName(context), test(context), cause);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        if (cause instanceof MissingCapability missing) {
            tally(context).gap(suite(context), missing.backend(), missing.capability(), missing.reason());
        } else {
            tally(context).otherSkip(suite(context), backendName(context), test(context), String.valueOf(cause.getMessage()));
        }
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        tally(context).otherSkip(suite(context), null, test(context), reason.orElse("disabled"));
    }

    /** Called for the kit and for each nested suite (they inherit the extension); only the kit's own call reports. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (!isKit(context)) {
            return;
        }
        Tally tally = context.getStore(NAMESPACE).get(Tally.class, Tally.class);
        if (tally == null) {
            return;
        }
        String kit = context.getRequiredTestClass().getSimpleName();
        String markdown = tally.markdown(kit);
        System.out.println();
        System.out.println(markdown);
        Path file = directory().resolve("ecskit-scorecard-" + kit + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scorecard to " + file, e);
        }
        System.out.println("(scorecard written to " + file.toAbsolutePath().normalize() + ")");
    }

    private static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Files.isDirectory(Path.of("build")) && !Files.isDirectory(Path.of("target")) ? Path.of("build") : Path.of("target");
    }

    /** The class-level context of the kit: the outermost one that has a test class. */
    private static ExtensionContext kitContext(ExtensionContext context) {
        ExtensionContext kit = context;
        for (ExtensionContext c = context; c.getTestClass().isPresent(); c = c.getParent().orElseThrow()) {
            kit = c;
        }
        return kit;
    }

    private static boolean isKit(ExtensionContext context) {
        return context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
    }

    private static Tally tally(ExtensionContext context) {
        return kitContext(context).getStore(NAMESPACE).computeIfAbsent(Tally.class);
    }

    /** The suite a test belongs to: the contract class its nested class extends ({@code ClusterPortContract}). */
    private static String suite(ExtensionContext context) {
        Class<?> nested = context.getRequiredTestClass();
        Class<?> superclass = nested.getSuperclass();
        return superclass != null && ContractTest.class.isAssignableFrom(superclass) && superclass != ContractTest.class
                ? superclass.getSimpleName() : nested.getSimpleName();
    }

    private static String test(ExtensionContext context) {
        return context.getRequiredTestMethod().getName()
                + (context.getDisplayName().startsWith(context.getRequiredTestMethod().getName()) ? "" : " " + context.getDisplayName());
    }

    private static String backendName(ExtensionContext context) {
        return context.getTestInstance()
                .filter(ContractTest.class::isInstance)
                .map(i -> ((ContractTest) i).currentBackend())
                .map(b -> b.name())
                .orElse(null);
    }
}
