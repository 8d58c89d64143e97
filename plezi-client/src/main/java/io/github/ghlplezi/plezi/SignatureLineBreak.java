package io.github.ghlplezi.plezi;

/**
 * What separates the lines of the brain API's string to sign. Plezi's WordPress plugin builds the
 * string in PHP single quotes, so its separator is the two characters backslash and {@code n}; whether
 * the server also accepts real newlines is not known.
 */
public enum SignatureLineBreak {
  /** The two characters {@code \} and {@code n}, as the published plugin sends. The default. */
  LITERAL_BACKSLASH_N("\\n"),
  /** A real line feed ({@code U+000A}). */
  NEWLINE("\n");

  private final String separator;

  SignatureLineBreak(String separator) {
    this.separator = separator;
  }

  /** @return the separator text */
  public String separator() {
    return separator;
  }
}
