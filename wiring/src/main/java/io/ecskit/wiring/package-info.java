/**
 * What every backend shares besides the ports: the Dagger bindings of use cases to handlers
 * ({@link io.ecskit.wiring.UseCaseModule}) and {@link io.ecskit.wiring.WiredEcsKit}, the kit written
 * once over them.
 */
package io.ecskit.wiring;
