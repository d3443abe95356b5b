package io.ecskit.port.out;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** ECR repositories and images of one registry (account and region), through the ECR API. */
public interface ImageRepositoryPort {

    /** CreateRepository; an existing name is RepositoryAlreadyExists. */
    Either<EcsError, Repository> create(RepositorySpec spec);

    /** DescribeRepositories for one name; empty when ECR has no such repository. */
    Either<EcsError, Option<Repository>> describe(RepositoryName name);

    /** DeleteRepository; with images it is RepositoryNotEmpty unless {@code force}. */
    Either<EcsError, Repository> delete(RepositoryName name, boolean force);

    /** DescribeImages, every page; RepositoryNotFound when the repository is unknown. */
    Either<EcsError, Seq<Image>> images(RepositoryName name);

    /**
     * ListImages, every page: one identifier per tag of each tagged image, and the digest alone of each untagged one;
     * {@code tagStatus} TAGGED or UNTAGGED narrows it (ANY or none: both).
     */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus);

    /**
     * BatchDeleteImage: a tag given removes that tag (and the image with its last tag), a digest alone deletes the image
     * with all its tags; unknown ones are ImageNotFound failures.
     */
    Either<EcsError, io.ecskit.domain.ecr.ImageDeletion> deleteImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images);

    /**
     * PutImage: the manifest (JSON text) as an image of the repository, tagged when a tag is given (moving it, or
     * ImageTagAlreadyExists in an IMMUTABLE repository); ImageAlreadyExists when that digest already has that tag (or is
     * already there untagged), ImageDigestDoesNotMatch when a given digest is not the manifest's sha256.
     */
    Either<EcsError, io.ecskit.domain.ecr.Image> putImage(RepositoryName name, String manifest, Option<io.ecskit.domain.ecr.ImageTag> tag,
                                                          Option<io.ecskit.domain.ecr.ImageDigest> digest);

    /** BatchGetImage: each image named (by digest, tag or both) with its manifest; unknown ones are ImageNotFound failures. */
    Either<EcsError, io.ecskit.domain.ecr.ImageBatch> getImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images);

    /** PutImageTagMutability: MUTABLE or IMMUTABLE from now on. */
    Either<EcsError, Repository> putTagMutability(RepositoryName name, io.ecskit.domain.ecr.TagMutability mutability);

    /** GetAuthorizationToken: registry credentials valid for 12 hours. */
    Either<EcsError, RegistryAuthorization> authorization();
}
