package io.ecskit.domain.logs;

import io.vavr.control.Option;

import java.time.Instant;

/**
 * A subscription filter of a log group (PutSubscriptionFilter, DescribeSubscriptionFilters): events matching its
 * pattern are delivered to its destination (Kinesis, Firehose, Lambda or a logs destination). Stored and answered;
 * ecskit delivers nothing.
 *
 * @param filterName the filter's name, unique in its group
 * @param logGroupName the group it reads
 * @param filterPattern the pattern events must match
 * @param destinationArn where matches go
 * @param roleArn the role CloudWatch Logs assumes to deliver (not for Lambda)
 * @param distribution {@code ByLogStream} or {@code Random} (Kinesis only; default ByLogStream)
 * @param creationTime when it was created
 */
public record SubscriptionFilter(String filterName, LogGroupName logGroupName, String filterPattern, String destinationArn,
                                 Option<String> roleArn, String distribution, Instant creationTime) {
}
