package io.github.ghlplezi.sync.fetch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a location's accounts into statistics requests. HighLevel sums the accounts of one request
 * per platform, so a request holds at most one account per platform (each platform's series then
 * belongs to exactly one account) and at most {@value #MAX_PROFILE_IDS} profile ids (HighLevel's cap).
 */
final class StatisticsBatches {

  static final int MAX_PROFILE_IDS = 100;

  private StatisticsBatches() {
  }

  /** An account to read: its id, profile id and platform. */
  record Member(String accountId, String profileId, String platform) {
  }

  static List<List<Member>> plan(List<Member> accounts) {
    List<List<Member>> batches = new ArrayList<>();
    List<Set<String>> platforms = new ArrayList<>();
    for (Member m : accounts) {
      int target = -1;
      for (int i = 0; i < batches.size() && target < 0; i++) {
        if (batches.get(i).size() < MAX_PROFILE_IDS && !platforms.get(i).contains(m.platform())) {
          target = i;
        }
      }
      if (target < 0) {
        batches.add(new ArrayList<>());
        platforms.add(new HashSet<>());
        target = batches.size() - 1;
      }
      batches.get(target).add(m);
      platforms.get(target).add(m.platform());
    }
    return batches.stream().map(List::copyOf).toList();
  }
}
