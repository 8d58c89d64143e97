package io.github.ghlplezi.testkit;

/**
 * How the fake Plezi treats a custom field key it does not know, or a select option outside a
 * field's options. Plezi's real behaviour is not documented; connectors should pass in all modes.
 */
public enum UnknownValueMode {
  /** Rejects the whole write with 422 and a JSON:API error naming the field or option. */
  REJECT_422,
  /** Drops the unknown key or option silently and applies the rest (the default). */
  IGNORE,
  /** Creates the missing field (as multi-select or text) or option, then applies the write. */
  AUTO_CREATE
}
