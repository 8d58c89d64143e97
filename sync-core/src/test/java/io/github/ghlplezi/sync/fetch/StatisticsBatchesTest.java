package io.github.ghlplezi.sync.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsBatchesTest {

  private static List<StatisticsBatches.Member> accounts(int n, int platforms) {
    List<StatisticsBatches.Member> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new StatisticsBatches.Member("acc-" + i, "prof-" + i, "platform-" + (i % platforms)));
    }
    return out;
  }

  @Test
  void more_than_100_accounts_are_split_into_requests_of_at_most_100_each_account_read_once() {
    List<StatisticsBatches.Member> all = accounts(250, 250);

    List<List<StatisticsBatches.Member>> batches = StatisticsBatches.plan(all);

    assertEquals(List.of(100, 100, 50), batches.stream().map(List::size).toList());
    assertEquals(all, batches.stream().flatMap(List::stream).toList());
  }

  @Test
  void a_request_holds_at_most_one_account_per_platform_so_each_series_has_one_owner() {
    List<List<StatisticsBatches.Member>> batches = StatisticsBatches.plan(accounts(20, 7));

    assertEquals(3, batches.size(), "20 accounts over 7 platforms: 3 requests");
    for (List<StatisticsBatches.Member> batch : batches) {
      Set<String> platforms = new HashSet<>();
      batch.forEach(m -> assertTrue(platforms.add(m.platform()), "platform twice in " + batch));
    }
    assertEquals(20, batches.stream().mapToInt(List::size).sum());
  }

  @Test
  void no_accounts_need_no_request() {
    assertTrue(StatisticsBatches.plan(List.of()).isEmpty());
  }
}
