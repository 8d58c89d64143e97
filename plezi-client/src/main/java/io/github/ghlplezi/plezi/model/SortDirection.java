package io.github.ghlplezi.plezi.model;

/** A sort direction ({@code sort_dir}). */
public enum SortDirection {
  /** Ascending: {@code asc}. */
  ASC("asc"),
  /** Descending: {@code desc}. */
  DESC("desc");

  private final String wire;

  SortDirection(String wire) {
    this.wire = wire;
  }

  /** @return the value sent on the wire */
  public String wire() {
    return wire;
  }
}
