package io.ecskit.adapter.server;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Paging as ECS pages its List calls: {@code maxResults} within the operation's range (its default when absent),
 * and an opaque {@code nextToken} that names where the next page starts. A token is signed by this server and
 * bound to its operation, so one that was not handed out (or belongs to another operation) is refused
 * (rule nextTokenValid) rather than read. It holds the last item answered and its position: the next page starts
 * after that item, or at the position if the item is gone.
 */
final class Pages {

    private static final byte[] KEY = new byte[32];
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private Pages() {
    }

    /** One page's request: how many items and where to start. */
    record Request(String operation, int maxResults, Option<String> after, int offset) {

        /** The page of {@code all} (the whole list, in ECS's order) this request asks for. */
        <T> Page<T> of(Seq<T> all) {
            return of(all, Pages::key);
        }

        /**
         * The page of {@code all}, the next page's token naming the last item by {@code key} (an item's identity, e.g. a
         * secret's name: a token must never carry what the item holds, such as a secret's value).
         */
        <T> Page<T> of(Seq<T> all, java.util.function.Function<? super T, String> key) {
            int start = offset;
            if (after.isDefined()) {
                // where the last page ended, while the list did not change there: no search, no key made but that one
                int at = offset > 0 && offset <= all.size() && key.apply(all.get(offset - 1)).equals(after.get()) ? offset - 1
                        : all.indexWhere(item -> key.apply(item).equals(after.get()));
                start = at >= 0 ? at + 1 : Math.min(offset, all.size());
            }
            Seq<T> items = all.drop(start).take(maxResults);
            boolean more = start + items.size() < all.size();
            return new Page<>(items, more ? Option.of(token(operation, key.apply(items.last()), start + items.size())) : Option.none());
        }
    }

    /** A page of items and the token of the next page, absent on the last. */
    record Page<T>(Seq<T> items, Option<String> nextToken) {

        /** The same page, each item mapped (ARNs paged as they are, then written: only a page's ARNs are formatted). */
        <R> Page<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
            return new Page<>(items.map(mapper), nextToken);
        }
    }

    /**
     * Reads {@code maxResults} and {@code nextToken}; {@code defaultSize} is ECS's page size when maxResults is absent,
     * {@code maxSize} the largest it takes.
     */
    static Request request(String operation, Integer maxResults, String nextToken, int defaultSize, int maxSize) {
        if (maxResults != null && (maxResults < 1 || maxResults > maxSize)) {
            throw new Wire.Refused(Wire.Answer.error(EcsError.of(EcsRule.MAX_RESULTS_RANGE, maxSize)));
        }
        int size = maxResults == null ? defaultSize : maxResults;
        return resume(operation, size, nextToken)
                .getOrElseThrow(() -> new Wire.Refused(Wire.Answer.error(EcsError.of(EcsRule.NEXT_TOKEN_VALID))));
    }

    /**
     * A request for {@code size} items from where {@code nextToken} says (the first page when it is null); none when the
     * token was not handed out by this server for {@code operation}.
     */
    static Option<Request> resume(String operation, int size, String nextToken) {
        if (nextToken == null) {
            return Option.of(new Request(operation, size, Option.none(), 0));
        }
        String[] parts = decode(nextToken);
        if (parts == null || parts.length != 4 || !parts[0].equals(operation) || !parts[3].equals(sign(parts[0] + "|" + parts[1] + "|" + parts[2]))) {
            return Option.none();
        }
        return Option.of(new Request(operation, size, Option.of(parts[1]), Integer.parseInt(parts[2])));
    }

    private static String token(String operation, String after, int offset) {
        String payload = operation + "|" + after + "|" + offset;
        return ENCODER.encodeToString((payload + "|" + sign(payload)).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int last = text.lastIndexOf('|');
            int offset = last < 0 ? -1 : text.lastIndexOf('|', last - 1);
            int first = text.indexOf('|');
            if (first < 0 || offset <= first || !text.substring(offset + 1, last).matches("\\d{1,9}")) {
                return null;
            }
            return new String[]{text.substring(0, first), text.substring(first + 1, offset), text.substring(offset + 1, last),
                text.substring(last + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String key(Object item) {
        return String.valueOf(item);
    }
}
