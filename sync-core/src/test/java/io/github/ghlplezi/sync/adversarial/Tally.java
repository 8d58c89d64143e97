package io.github.ghlplezi.sync.adversarial;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of one area of the adversarial suite: cases tried, forged (or hostile) input accepted,
 * crashes (an undocumented exception or error escaped), leaks (a secret left its place). Every area
 * test records into its tally and ends with {@link #assertClean()}; {@link SummaryListener} prints
 * one line per area when the test run ends.
 */
final class Tally {

  private static final Map<String, Tally> AREAS = new ConcurrentHashMap<>();
  private static final int KEPT_FINDINGS = 12;

  private final String area;
  private final AtomicLong tried = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong crashes = new AtomicLong();
  private final AtomicLong leaks = new AtomicLong();
  private final List<String> findings = new CopyOnWriteArrayList<>();

  private Tally(String area) {
    this.area = area;
  }

  /** @param area {@code area} or {@code area/check}; the summary sums the checks of an area */
  static Tally of(String area) {
    return AREAS.computeIfAbsent(area, Tally::new);
  }

  void tried() {
    tried.incrementAndGet();
  }

  void accepted(String what) {
    accepted.incrementAndGet();
    note("ACCEPTED " + what);
  }

  void crash(String what, Throwable t) {
    crashes.incrementAndGet();
    note("CRASH " + what + ": " + (t == null ? "" : t.getClass().getName() + ": " + shorten(t.getMessage())));
  }

  void leak(String what) {
    leaks.incrementAndGet();
    note("LEAK " + what);
  }

  /** Counts a leak for every tracked secret found in {@code text}. */
  void leaksIn(String where, String text) {
    for (String kind : Secrets.foundIn(text)) {
      leak(kind + " in " + where);
    }
  }

  private void note(String finding) {
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(finding.length() > 400 ? finding.substring(0, 400) + "..." : finding);
    }
  }

  /** Fails when any count but "cases tried" is non-zero, listing the first findings. */
  void assertClean() {
    if (accepted.get() + crashes.get() + leaks.get() > 0) {
      fail(line() + "\n  " + String.join("\n  ", findings));
    }
    if (tried.get() == 0) {
      fail(area + ": no case was tried");
    }
  }

  String line() {
    return String.format("adversarial %-18s cases tried=%d, forged accepted=%d, crashes=%d, leaks=%d",
        area + ":", tried.get(), accepted.get(), crashes.get(), leaks.get());
  }

  /** One line per area: the checks of an area ({@code area/check}) are summed. */
  static List<String> lines() {
    Map<String, Tally> sums = new java.util.TreeMap<>();
    for (Tally t : AREAS.values()) {
      String area = t.area.contains("/") ? t.area.substring(0, t.area.indexOf('/')) : t.area;
      Tally sum = sums.computeIfAbsent(area, Tally::new);
      sum.tried.addAndGet(t.tried.get());
      sum.accepted.addAndGet(t.accepted.get());
      sum.crashes.addAndGet(t.crashes.get());
      sum.leaks.addAndGet(t.leaks.get());
    }
    List<String> out = new ArrayList<>();
    sums.values().forEach(t -> out.add(t.line()));
    return out;
  }

  static String shorten(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
