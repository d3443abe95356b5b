package io.ecskit.adapter.server;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging as ECS pages (issue 26: a page's cost follows the page, not the list): a token resumes after the item it
 * names; while the list did not change there, only that item's key is made; when items came or went before it, the
 * named item is searched for, so no item is handed out twice or skipped.
 */
class PagesTest {

    private static Seq<String> items(int n) {
        return List.range(0, n).map(i -> String.format("arn:aws:ecs:us-east-1:123456789012:service/c/s%04d", i));
    }

    private static java.util.List<String> all(Seq<String> list, int size) {
        java.util.List<String> seen = new ArrayList<>();
        String token = null;
        do {
            Pages.Page<String> page = Pages.request("ListServices", size, token, 10, 100).of(list);
            page.items().forEach(seen::add);
            token = page.nextToken().getOrNull();
        } while (token != null);
        return seen;
    }

    @Test
    void everyItem_once_inOrder_atEveryPageSize() {
        Seq<String> list = items(1_000);
        for (int size : new int[] {1, 7, 10, 100}) {
            assertThat(all(list, size)).as("page size %d", size).containsExactlyElementsOf(list);
        }
    }

    @Test
    void aTokenWhereTheListDidNotChange_makesOneKey_notOneAnItem() {
        Seq<String> list = items(1_000);
        Pages.Page<String> first = Pages.request("ListServices", 100, null, 10, 100).of(list);
        Pages.Request second = Pages.request("ListServices", 100, first.nextToken().get(), 10, 100);
        AtomicInteger keys = new AtomicInteger();

        Pages.Page<String> page = second.of(list, item -> {
            keys.incrementAndGet();
            return item;
        });

        assertThat(page.items()).containsExactlyElementsOf(list.drop(100).take(100));
        assertThat(keys.get()).as("the named item's key, and the next token's").isEqualTo(2);
    }

    @Test
    void itemsGoneOrComeBeforeTheToken_theNamedItemIsFound_noneTwiceNoneSkipped() {
        Seq<String> list = items(50);
        Pages.Page<String> first = Pages.request("ListServices", 10, null, 10, 100).of(list);
        assertThat(first.items().last()).isEqualTo(list.get(9));

        Seq<String> fewer = list.removeAt(3).removeAt(3);
        Pages.Page<String> afterRemoval = Pages.request("ListServices", 10, first.nextToken().get(), 10, 100).of(fewer);
        assertThat(afterRemoval.items()).containsExactlyElementsOf(list.drop(10).take(10));

        Seq<String> more = list.prepend("arn:aws:ecs:us-east-1:123456789012:service/c/a-new-one");
        Pages.Page<String> afterAddition = Pages.request("ListServices", 10, first.nextToken().get(), 10, 100).of(more);
        assertThat(afterAddition.items()).containsExactlyElementsOf(list.drop(10).take(10));
    }

    @Test
    void aPageMapped_keepsItsToken() {
        Pages.Page<Integer> page = Pages.request("ListServices", 2, null, 10, 100).of(List.of(1, 2, 3));

        Pages.Page<String> mapped = page.map(i -> "#" + i);

        assertThat(mapped.items()).containsExactly("#1", "#2");
        assertThat(mapped.nextToken()).isEqualTo(page.nextToken());
    }
}
