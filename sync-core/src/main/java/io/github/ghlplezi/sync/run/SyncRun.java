package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.tags.CatalogChange;
import io.github.ghlplezi.sync.tags.MissingOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run: id, trigger, times and one outcome per selected location, in selection order. A run
 * succeeded only when {@link #allSucceeded()}: check it rather than the absence of an exception.
 *
 * @param id the run id (also in every event of the run)
 * @param trigger why it ran
 * @param dryRun true when nothing was written
 * @param startedAt when it started
 * @param finishedAt when it finished
 * @param outcomes one per location
 */
public record SyncRun(String id, Trigger trigger, boolean dryRun, Instant startedAt, Instant finishedAt,
    List<LocationOutcome> outcomes) {

  /**
   * Copies the list and checks the arguments.
   *
   * @param id the run id (also in every event of the run)
   * @param trigger why it ran
   * @param dryRun true when nothing was written
   * @param startedAt when it started
   * @param finishedAt when it finished
   * @param outcomes one per location
   */
  public SyncRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    outcomes = List.copyOf(outcomes);
  }

  /**
   * How many locations failed.
   *
   * @return the number of {@link LocationOutcome.Failed} outcomes
   */
  public long failed() {
    return outcomes.stream().filter(LocationOutcome.Failed.class::isInstance).count();
  }

  /**
   * True when no location failed.
   *
   * @return whether no outcome is a failure
   */
  public boolean allSucceeded() {
    return failed() == 0;
  }

  /**
   * How many contact writes were sent and confirmed.
   *
   * @return the number of confirmed writes
   */
  public long writes() {
    return outcomes.stream().filter(o -> o instanceof LocationOutcome.Synced s && !s.written().isEmpty()).count();
  }

  /**
   * Every catalog change recorded (or, in a dry run, planned).
   *
   * @return the changes of every location, in outcome order
   */
  public List<CatalogChange> changes() {
    return outcomes.stream().flatMap(o -> o.match(s -> s.changes().stream(), p -> p.changes().stream(),
        f -> java.util.stream.Stream.<CatalogChange>empty())).toList();
  }

  /**
   * How long it took.
   *
   * @return the time from start to finish
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /**
   * A plain-text report: one block per location, then a summary line.
   *
   * @return the report as text, for a log or a message to an administrator
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(dryRun ? "dry run " : "run ").append(id).append(" (").append(trigger).append(")\n");
    for (LocationOutcome outcome : outcomes) {
      out.append("location ").append(outcome.mapping().locationId()).append(" -> ")
          .append(outcome.mapping().contactEmail()).append(": ");
      outcome.match(
          synced -> {
            out.append(synced.written().isEmpty() ? "synced, nothing to send" : "synced, wrote").append('\n');
            appendDetail(out, synced.changes(), synced.written(), synced.missing(), "wrote");
            synced.statistics().ifPresent(st -> out.append("  statistics ").append(st.describe()).append('\n'));
            synced.rejected().forEach(v -> out.append("  Plezi refused option ").append(v).append('\n'));
            return null;
          },
          planned -> {
            out.append(planned.wouldWrite().isEmpty() ? "nothing would be sent" : "would write").append('\n');
            appendDetail(out, planned.changes(), planned.wouldWrite(), planned.missing(), "would write");
            planned.statistics().ifPresent(st -> out.append("  statistics (not stored) ").append(st.describe())
                .append('\n'));
            return null;
          },
          failed -> out.append("FAILED at ").append(failed.failure().stage()).append(" (")
              .append(failed.failure().kind()).append("): ").append(failed.failure().message()).append('\n'));
    }
    out.append(String.format(java.util.Locale.ROOT, "summary: %d locations, %d failed, %d writes, %d catalog changes, %d ms%n",
        outcomes.size(), failed(), writes(), changes().size(), duration().toMillis()));
    return out.toString();
  }

  private static void appendDetail(StringBuilder out, List<CatalogChange> changes, List<FieldWrite> fields,
      List<MissingOption> missing, String verb) {
    changes.forEach(c -> out.append("  tag ").append(c.describe()).append('\n'));
    fields.forEach(f -> out.append("  ").append(verb).append(' ').append(f.key()).append(" = ").append(f.values())
        .append('\n'));
    missing.forEach(m -> out.append("  missing option: ").append(m.advice()).append('\n'));
  }
}
