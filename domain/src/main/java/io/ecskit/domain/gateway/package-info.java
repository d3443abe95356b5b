/**
 * ECS gateways: shared Application Load Balancer ingress that ECS manages for the services of the clusters a gateway
 * is associated with. The records mirror the API's shapes (tools/records-from-model.py wrote them from botocore's model).
 */
package io.ecskit.domain.gateway;
