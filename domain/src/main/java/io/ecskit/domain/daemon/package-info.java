/**
 * ECS daemons: one task on each container instance of ECS Managed Instances capacity providers, from daemon task
 * definitions (a namespace of their own). The records mirror the API's shapes (tools/records-from-model.py wrote them
 * from botocore's model).
 */
package io.ecskit.domain.daemon;
