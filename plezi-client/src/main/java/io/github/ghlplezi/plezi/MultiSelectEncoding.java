package io.github.ghlplezi.plezi;

/**
 * How a multi-select field with several options is written into a query string or form body.
 * Both styles are used by public Plezi clients; which one Plezi prefers is not documented.
 */
public enum MultiSelectEncoding {
  /** One comma-joined value: {@code plz_x=a,b}. */
  COMMA,
  /** One repeated parameter with a bracket suffix: {@code plz_x[]=a&plz_x[]=b}. The default. */
  BRACKETS
}
