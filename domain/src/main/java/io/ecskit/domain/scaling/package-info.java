/**
 * Application Auto Scaling as far as ECS services use it (issue 25 item 5): scalable targets of a service's desired
 * count, target tracking and step scaling policies, scheduled actions, scaling activities. The records are the shapes of
 * botocore's model ({@code tools/records-from-model.py}); the AWS SDK for Java has no module for the service, so they
 * are also the requests and answers {@code ecskit server} reads and writes. Source: Application Auto Scaling API
 * reference and user guide.
 */
package io.ecskit.domain.scaling;
