package io.github.ghlplezi.sync.run;

/** Why a run started; every trigger goes through the same {@link SyncEngine#run(Trigger, Selection)}. */
public enum Trigger {
  /** A recurring schedule. */
  SCHEDULE,
  /** A HighLevel webhook (for example an app install). */
  WEBHOOK,
  /** A person asked for a "test pull" (usually a {@link SyncEngine#dryRun dry run}). */
  MANUAL_TEST_PULL,
  /** Dead letters sent through the run path again. */
  REPLAY
}
