package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What ECR reads of an image manifest (Docker v2 schema 2, OCI image manifest, manifest list / image index), read with
 * Jackson: the content descriptors it references (config and layers, or the images of a list), its media type, its
 * OCI 1.1 {@code subject} and {@code artifactType}. Text that is not a JSON object references nothing.
 */
final class Manifests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

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

    private Manifests() {
    }

    private static Option<JsonNode> root(String manifest) {
        try {
            JsonNode node = JSON.readTree(manifest);
            return node != null && node.isObject() ? Option.of(node) : Option.none();
        } catch (JsonProcessingException notJson) {
            return Option.none();
        }
    }

    private static Option<Descriptor> descriptor(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("digest").isTextual()) {
            return Option.none();
        }
        return Option.of(new Descriptor(node.path("digest").asText(), node.path("mediaType").asText(""),
                node.path("size").canConvertToLong() ? node.path("size").asLong() : -1));
    }

    /**
     * The descriptors {@code manifest} references: the config and layers of an image, the images of a list. An OCI
     * {@code subject} is not a reference the image needs, so it is left out.
     */
    static List<Descriptor> descriptors(String manifest) {
        return root(manifest).map(root -> {
            List<Descriptor> found = List.empty();
            found = found.appendAll(descriptor(root.get("config")));
            for (String list : new String[] {"layers", "manifests"}) {
                JsonNode items = root.get(list);
                if (items != null && items.isArray()) {
                    for (JsonNode item : items) {
                        found = found.appendAll(descriptor(item));
                    }
                }
            }
            return found;
        }).getOrElse(List.empty());
    }

    /** Whether {@code manifest} is a manifest list (Docker) or image index (OCI): it names images, not layers. */
    static boolean isIndex(String manifest) {
        return root(manifest).exists(root -> root.path("manifests").isArray());
    }

    /**
     * The manifest's media type: its own {@code mediaType} member wherever it stands, else what its shape says (OCI
     * allows leaving it out: an index when it lists manifests, an image manifest otherwise), else Docker's v2 schema 2.
     */
    static String mediaType(String manifest) {
        return root(manifest).map(root -> root.path("mediaType").isTextual() ? root.path("mediaType").asText()
                : root.path("manifests").isArray() ? OCI_INDEX
                : root.path("config").path("mediaType").asText("").startsWith("application/vnd.oci") ? OCI_MANIFEST
                : DOCKER_V2).getOrElse(DOCKER_V2);
    }

    /** The digest an OCI 1.1 manifest names as its {@code subject} (the image a signature or SBOM is about), if any. */
    static Option<String> subject(String manifest) {
        return root(manifest).flatMap(root -> descriptor(root.get("subject"))).map(Descriptor::digest);
    }

    /** The manifest's {@code artifactType}, else its config's media type when that is not an image config (OCI 1.1). */
    static Option<String> artifactType(String manifest) {
        return root(manifest).flatMap(root -> root.path("artifactType").isTextual() ? Option.of(root.path("artifactType").asText())
                : descriptor(root.get("config")).map(Descriptor::mediaType)
                        .filter(t -> !t.isEmpty() && !t.contains("image.config") && !t.contains("container.image")));
    }

    /** Whether {@code manifest} references {@code digest} (as config, layer or listed image). */
    static boolean references(String manifest, String digest) {
        return descriptors(manifest).exists(d -> d.digest().equals(digest));
    }

    /** What the manifest's config and layers weigh together (ECR's imageSizeInBytes), 0 when it names none. */
    static long size(String manifest) {
        return descriptors(manifest).map(d -> Math.max(0, d.size())).sum().longValue();
    }
}
