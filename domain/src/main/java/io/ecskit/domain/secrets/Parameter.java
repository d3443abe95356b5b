package io.ecskit.domain.secrets;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * One version of an SSM parameter, as GetParameter and DescribeParameters answer it. Source: Systems Manager API
 * reference, PutParameter, GetParameter, DescribeParameters.
 *
 * @param name the name: up to 2,048 characters of letters, digits and {@code _.-/}, at most 15 levels of hierarchy
 * @param type {@code String}, {@code StringList} (comma-separated) or {@code SecureString}
 * @param value the value: up to 4 KB (Standard tier) or 8 KB (Advanced)
 * @param version the version, from 1, one more each PutParameter with Overwrite
 * @param lastModifiedDate when this version was put
 * @param arn {@code arn:aws:ssm:REGION:ACCOUNT:parameter/NAME} (a leading slash of the name is not repeated)
 * @param dataType {@code text} (the default), {@code aws:ec2:image} or {@code aws:ssm:integration}
 * @param description the description, up to 1,024 characters
 * @param keyId the KMS key of a SecureString ({@code alias/aws/ssm} by default)
 * @param tier {@code Standard} (the default) or {@code Advanced}
 * @param allowedPattern the regular expression a value must match
 * @param tags the tags
 */
public record Parameter(String name, String type, String value, long version, Instant lastModifiedDate, String arn, String dataType,
                        Option<String> description, Option<String> keyId, String tier, Option<String> allowedPattern, List<Tag> tags) {
}
