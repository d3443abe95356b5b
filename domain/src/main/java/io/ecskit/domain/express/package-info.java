/**
 * ECS Express Gateway services (Express mode): a Fargate service whose load balancer, scaling and logging ECS creates
 * and manages. The records mirror the API's shapes (tools/records-from-model.py wrote them from botocore's model).
 */
package io.ecskit.domain.express;
