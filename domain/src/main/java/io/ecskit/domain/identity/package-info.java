/** The caller's identity (STS): the first neighbour of ECS that ecskit serves. */
package io.ecskit.domain.identity;
