package io.ecskit.adapter.server;

import io.ecskit.port.EcsKit;

/** One AWS operation: its JSON request body in, AWS's answer out, on the kit of the request's region. */
@FunctionalInterface
interface Operation {
    Wire.Answer handle(EcsKit kit, String body);
}
