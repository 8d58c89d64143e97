package io.github.ghlplezi.sync.http;

/** The remote API an HTTP client built by {@link ResilientHttp} talks to. */
public enum RemoteApi {
  /** HighLevel (services.leadconnectorhq.com): per-location budgets learned from X-RateLimit-* headers. */
  GHL,
  /** Plezi: one adaptive budget per client. */
  PLEZI
}
