package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.nio.file.Path;

/** Where a pushed image comes from: another registry, a {@code docker save} tarball, or built from a base plus files. */
public sealed interface ImageSource {

    /** A short text for progress and errors. */
    String describe();

    /** An image in a registry, e.g. {@code public.ecr.aws/docker/library/httpd:2.4}, with credentials if it needs them. */
    record FromRegistry(String reference, Option<String> username, Option<String> password) implements ImageSource {
        /** An image in a registry that needs no credentials (or takes the ambient ones), by its reference. */
        public static FromRegistry of(String reference) {
            return new FromRegistry(reference, Option.none(), Option.none());
        }

        public String describe() {
            return reference;
        }
    }

    /** A tarball written by {@code docker save} (or Jib). */
    record FromDockerArchive(Path file) implements ImageSource {
        public String describe() {
            return "docker-archive:" + file;
        }
    }

    /** A base image plus layers of files (e.g. an application jar), with entrypoint and environment. */
    record Built(ImageSource base, Seq<Layer> layers, Seq<String> entrypoint, Map<String, String> environment)
            implements ImageSource {
        /**
         * A built image from its parts; null {@code layers} or {@code entrypoint} become empty, {@code base} and
         * {@code environment} are kept as given.
         */
        public Built {
            layers = layers == null ? List.empty() : layers;
            entrypoint = entrypoint == null ? List.empty() : entrypoint;
        }

        public String describe() {
            return base.describe() + " + " + layers.size() + " layer(s)";
        }
    }

    /** Files copied into one directory of the image, as one layer. */
    record Layer(Seq<Path> files, String directoryInImage) {
    }
}
