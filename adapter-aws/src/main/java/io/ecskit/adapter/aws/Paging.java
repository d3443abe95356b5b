package io.ecskit.adapter.aws;

import io.vavr.collection.List;

import java.util.function.Function;

/** Every page of a List call whose SDK has no paginator: the calls ECS added lately (daemons, gateways). */
final class Paging {

    private Paging() {
    }

    static <P, T> List<T> all(Function<String, P> call, Function<P, List<T>> items, Function<P, String> nextToken) {
        List<T> all = List.empty();
        String token = null;
        do {
            P page = call.apply(token);
            all = all.appendAll(items.apply(page));
            token = nextToken.apply(page);
        } while (token != null);
        return all;
    }
}
