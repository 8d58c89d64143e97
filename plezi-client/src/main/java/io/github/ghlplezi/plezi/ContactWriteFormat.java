package io.github.ghlplezi.plezi;

/** The body format of {@code POST contacts}; Plezi does not document it. */
public enum ContactWriteFormat {
  /** {@code application/x-www-form-urlencoded}, as a public Plezi client sends it. The default. */
  FORM,
  /** {@code application/json}, a flat object of the same parameters. */
  JSON
}
