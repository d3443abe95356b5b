package io.ecskit.domain.ecr;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The details of the repository creation template associated with the request. Source: ECR API reference (RepositoryCreationTemplate).
 *
 * @param prefix The repository namespace prefix associated with the repository creation template.
 * @param description The description associated with the repository creation template.
 * @param encryptionConfiguration The encryption configuration associated with the repository creation template.
 * @param resourceTags The metadata to apply to the repository to help you categorize and organize.
 * @param imageTagMutability The tag mutability setting for the repository.
 * @param imageTagMutabilityExclusionFilters A list of filters that specify which image tags are excluded from the repository creation template's image tag mutability setting.
 * @param repositoryPolicy The repository policy to apply to repositories created using the template.
 * @param lifecyclePolicy The lifecycle policy to use for repositories created using the template.
 * @param appliedFor A list of enumerable Strings representing the repository creation scenarios that this template will apply towards.
 * @param customRoleArn The ARN of the role to be assumed by Amazon ECR.
 * @param createdAt The date and time, in JavaScript date format, when the repository creation template was created.
 * @param updatedAt The date and time, in JavaScript date format, when the repository creation template was last updated.
 */
@Value.Builder
public record RepositoryCreationTemplate(
        Option<String> prefix,
        Option<String> description,
        Option<EncryptionConfigurationForRepositoryCreationTemplate> encryptionConfiguration,
        List<Tag> resourceTags,
        Option<ImageTagMutability> imageTagMutability,
        List<ImageTagMutabilityExclusionFilter> imageTagMutabilityExclusionFilters,
        Option<String> repositoryPolicy,
        Option<String> lifecyclePolicy,
        List<RCTAppliedFor> appliedFor,
        Option<String> customRoleArn,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static RepositoryCreationTemplateBuilder builder() {
        return new RepositoryCreationTemplateBuilder();
    }

    /** A builder holding this record's values. */
    public RepositoryCreationTemplateBuilder toBuilder() {
        return new RepositoryCreationTemplateBuilder().from(this);
    }
}
