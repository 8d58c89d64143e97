package io.github.ghlplezi.sync.http;

/** The state of a per-host circuit breaker. */
public enum CircuitState {
  /** Requests flow; failures are counted. */
  CLOSED,
  /** Requests are refused without being sent until the open duration has passed. */
  OPEN,
  /** A limited number of probe requests decide whether to close or re-open. */
  HALF_OPEN
}
