package io.ecskit.adapter.inmemory;

import io.vavr.collection.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ECR reads of an image manifest (Docker v2 schema 2, OCI image manifest, manifest list / image index): the
 * content descriptors it references. The manifest is JSON text; only descriptor objects are read, so this needs no JSON
 * library in the in-memory adapter.
 */
final class Manifests {

    /**
     * A content descriptor: what a manifest says of one blob or manifest.
     *
     * @param digest the {@code sha256:} digest referenced
     * @param mediaType its media type ("" when not given)
     * @param size its size in bytes (-1 when not given)
     */
    record Descriptor(String digest, String mediaType, long size) {
        /** A layer a registry does not hold (Windows base layers): fetched from its own {@code urls}. */
        boolean foreign() {
            return mediaType.contains("foreign") || mediaType.contains("nondistributable");
        }
    }

    private static final Pattern INNERMOST = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}");
    private static final Pattern DIGEST = Pattern.compile("\"digest\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern MEDIA_TYPE = Pattern.compile("\"mediaType\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SIZE = Pattern.compile("\"size\"\\s*:\\s*(\\d{1,18})");
    private static final Pattern MANIFESTS = Pattern.compile("\"manifests\"\\s*:\\s*\\[");

    private Manifests() {
    }

    /**
     * The descriptors {@code manifest} references (config and layers of an image, the images of a list), in order;
     * an OCI {@code subject} is not a reference the image needs, so it is left out.
     */
    static List<Descriptor> descriptors(String manifest) {
        String text = SUBJECT.matcher(manifest).replaceAll("\"subject\":0");
        List<Descriptor> found = List.empty();
        // innermost objects first: annotations and platforms fold into their descriptor, descriptors into the manifest
        for (int rounds = 0; rounds < 8; rounds++) {
            Matcher m = INNERMOST.matcher(text);
            StringBuilder rest = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                String object = m.group();
                Matcher digest = DIGEST.matcher(object);
                if (digest.find()) {
                    Matcher mediaType = MEDIA_TYPE.matcher(object);
                    Matcher size = SIZE.matcher(object);
                    found = found.append(new Descriptor(digest.group(1), mediaType.find() ? mediaType.group(1) : "",
                            size.find() ? Long.parseLong(size.group(1)) : -1));
                }
                m.appendReplacement(rest, "0");
            }
            m.appendTail(rest);
            text = rest.toString();
            if (!any) {
                break;
            }
        }
        return found;
    }

    private static final Pattern SUBJECT_DIGEST = Pattern.compile("\"subject\"\\s*:\\s*\\{[^{}]*\"digest\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ARTIFACT_TYPE = Pattern.compile("\"artifactType\"\\s*:\\s*\"([^\"]*)\"");

    /** The digest an OCI 1.1 manifest names as its {@code subject} (the image a signature or SBOM is about), if any. */
    static io.vavr.control.Option<String> subject(String manifest) {
        Matcher m = SUBJECT_DIGEST.matcher(manifest);
        return m.find() ? io.vavr.control.Option.of(m.group(1)) : io.vavr.control.Option.none();
    }

    /** The manifest's {@code artifactType}, else its config's media type when that is not an image config (OCI 1.1). */
    static io.vavr.control.Option<String> artifactType(String manifest) {
        Matcher m = ARTIFACT_TYPE.matcher(manifest);
        if (m.find()) {
            return io.vavr.control.Option.of(m.group(1));
        }
        return descriptors(manifest).headOption().map(Descriptor::mediaType)
                .filter(t -> !t.isEmpty() && !t.contains("image.config") && !t.contains("container.image"));
    }

    /** Whether {@code manifest} is a manifest list (Docker) or image index (OCI): it names images, not layers. */
    static boolean isIndex(String manifest) {
        return MANIFESTS.matcher(manifest).find();
    }
}
