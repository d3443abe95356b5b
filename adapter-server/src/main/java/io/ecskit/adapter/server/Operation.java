package io.ecskit.adapter.server;

import io.ecskit.port.EcsKit;

import java.util.function.Function;

/** One AWS operation: its JSON request body in, AWS's answer out, on the kit of the request's region. */
@FunctionalInterface
interface Operation {
    Wire.Answer handle(EcsKit kit, String body);

    /**
     * What the operation can do with the request alone (read it, map it, check what needs no state), before the server
     * takes its write lock; what it returns runs under the lock. A request refused here ({@link Wire.Refused}) never
     * takes the lock. By default nothing: all of it runs under the lock.
     */
    default Prepared prepare(String body) {
        return kit -> handle(kit, body);
    }

    /** A request read and checked, to run on its region's kit. */
    @FunctionalInterface
    interface Prepared {
        Wire.Answer run(EcsKit kit);
    }

    /** An operation whose request is read and checked before the write lock (issue 26 item 8: writes serialise there). */
    static Operation prepared(Function<String, Prepared> prepare) {
        return new Operation() {
            @Override
            public Wire.Answer handle(EcsKit kit, String body) {
                return prepare.apply(body).run(kit);
            }

            @Override
            public Prepared prepare(String body) {
                return prepare.apply(body);
            }
        };
    }
}
