package io.github.ghlplezi.plezi.internal;

import java.util.Set;

/** The patterns Plezi identifiers must match (from values seen in public Plezi clients). */
public final class Rules {

  /** Prefix making a pattern also accept blank text, for values already checked by {@code @NotBlank}. */
  public static final String BLANK_OR = "^\\s*$|";

  /** A form or newsletter id: 24 hexadecimal digits (MongoDB ObjectId style). */
  public static final String HEX24 = "^[0-9a-fA-F]{24}$";

  /** A 24-hexadecimal id or a UUID. */
  public static final String HEX24_OR_UUID =
      "^(?:[0-9a-fA-F]{24}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$";

  /** A field identification key: lower case, starts with a letter, letters, digits and underscores. */
  public static final String FIELD_KEY = "^[a-z][a-z0-9_]*$";

  /** An option slug: lower-case letters and digits in runs joined by single hyphens. */
  public static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  /** A pragmatic e-mail shape on top of {@code @Email}: one {@code @} and a dotted domain. */
  public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  /** Parameter names the web-form upsert uses itself; a custom field may not take them. */
  public static final Set<String> RESERVED_KEYS = Set.of("email", "form_id", "content_web_form_id",
      "first_name", "last_name", "company", "keep_multiple_select_values", "subscriptions",
      "consents", "visit", "visitor", "utm", "utm_medium", "utm_source", "gclid", "referer");

  private Rules() {
  }
}
