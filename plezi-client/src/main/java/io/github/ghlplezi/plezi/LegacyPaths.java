package io.github.ghlplezi.plezi;

import java.util.Objects;

/**
 * Endpoint paths of the legacy API, relative to its base URL. Only the web-form path is confirmed
 * by public clients; the others are configurable assumptions.
 *
 * @param webform the web-form upsert, default {@code create_contact_after_webform}
 * @param contacts contact creation and listing, default {@code contacts}
 * @param contactLists contact-list listing, default {@code contact_lists}
 */
public record LegacyPaths(String webform, String contacts, String contactLists) {

  /** Checks every path is relative and non-blank. */
  public LegacyPaths {
    check("webform", webform);
    check("contacts", contacts);
    check("contactLists", contactLists);
  }

  /** @return the default paths */
  public static LegacyPaths defaults() {
    return new LegacyPaths("create_contact_after_webform", "contacts", "contact_lists");
  }

  private static void check(String name, String path) {
    Objects.requireNonNull(path, name);
    if (path.isBlank() || path.startsWith("/") || path.contains("://")) {
      throw new IllegalArgumentException(name + " must be a non-blank relative path, got '" + path + "'");
    }
  }
}
