package io.ecskit.adapter.aws;

import io.vavr.collection.List;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.RegistryUnauthorizedException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageSource;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.ImageUri;
import io.ecskit.domain.ecr.PushProgress;
import io.ecskit.domain.ecr.PushedImage;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ImageRegistryPort;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;

/**
 * Pushes and copies images with Jib core: no Docker daemon. Layers a target already has are not
 * uploaded again; a copy between registries moves blobs, keeping the digest.
 */
final class JibImageRegistry implements ImageRegistryPort {

    private final AwsSettings settings;

    @Inject
    JibImageRegistry(AwsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Either<EcsError, PushedImage> push(ImageSource source, RepositoryName repository, ImageTag tag,
                                              RegistryAuthorization authorization, Consumer<PushProgress> progress) {
        String registry = settings.registryEndpoint().getOrElse(authorization.registryHost());
        try {
            RegistryImage target = RegistryImage.named(registry + "/" + repository.value() + ":" + tag.value())
                    .addCredential(authorization.username(), authorization.password());
            DoubleAdder done = new DoubleAdder();
            Containerizer containerizer = Containerizer.to(target)
                    .setToolName("ecskit")
                    // plain HTTP only towards this machine (a test registry); ECR itself is HTTPS
                    .setAllowInsecureRegistries(isLoopback(registry))
                    .addEventHandler(ProgressEvent.class, event -> {
                        done.add(event.getAllocation().getFractionOfRoot() * event.getUnits());
                        progress.accept(new PushProgress(Math.min(1.0, done.sum()), event.getAllocation().getDescription()));
                    });
            if (settings.plainHttpRegistry()) {
                // Jib has no per-push switch for this; AwsEcsKit.Builder allows it for loopback registries only
                System.setProperty("sendCredentialsOverHttp", "true");
            }
            JibContainer pushed = builder(source).containerize(containerizer);
            ImageDigest digest = new ImageDigest(pushed.getDigest().toString());
            return Either.right(new PushedImage(digest, ImageUri.tagged(registry, repository.value(), tag),
                    ImageUri.pinned(registry, repository.value(), digest)));
        } catch (InvalidImageReferenceException e) {
            return Either.left(EcsError.InvalidParameter.of("Invalid image reference: " + e.getMessage()));
        } catch (ExecutionException e) {
            return Either.left(translate(e.getCause() == null ? e : e.getCause()));
        } catch (RegistryException | IOException e) {
            return Either.left(translate(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(EcsError.Unavailable.of("interrupted while pushing " + source.describe()));
        } catch (com.google.cloud.tools.jib.api.CacheDirectoryCreationException e) {
            return Either.left(EcsError.Unavailable.of("Jib cannot create its layer cache: " + e.getMessage()));
        }
    }

    private static JibContainerBuilder builder(ImageSource source) throws InvalidImageReferenceException {
        if (source instanceof ImageSource.FromRegistry registry) {
            RegistryImage image = RegistryImage.named(registry.reference());
            if (registry.username().isDefined()) {
                image.addCredential(registry.username().get(), registry.password().getOrElse(""));
            }
            return Jib.from(image);
        }
        if (source instanceof ImageSource.FromDockerArchive archive) {
            return Jib.from(TarImage.at(archive.file()));
        }
        ImageSource.Built built = (ImageSource.Built) source;
        JibContainerBuilder builder = builder(built.base());
        for (ImageSource.Layer layer : built.layers()) {
            try {
                builder.addLayer(layer.files().asJava(), AbsoluteUnixPath.get(layer.directoryInImage()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (!built.entrypoint().isEmpty()) {
            builder.setEntrypoint(built.entrypoint().asJava());
        }
        built.environment().forEach(builder::addEnvironmentVariable);
        return builder;
    }

    private static EcsError translate(Throwable e) {
        if (e instanceof RegistryUnauthorizedException) {
            return EcsError.AccessDenied.of("The registry refused the credentials: " + e.getMessage());
        }
        if (e instanceof RegistryException) {
            return new EcsError.Other("RegistryException", String.valueOf(e.getMessage()), io.vavr.control.Option.none());
        }
        return EcsError.Unavailable.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static boolean isLoopback(String hostPort) {
        String host = hostPort.startsWith("[") ? hostPort.substring(1, hostPort.indexOf(']')) : hostPort.split(":")[0];
        try {
            return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException notAnAddress) {
            return false;
        }
    }
}
