package io.github.ghlplezi.testkit.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The slug rule shared with the SDK: lower case, accents stripped, non-alphanumeric runs to '-'. */
public final class Slugs {
  private Slugs() {}

  public static String slug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String lower = decomposed.toLowerCase(Locale.ROOT);
    String dashed = lower.replaceAll("[^a-z0-9]+", "-");
    return dashed.replaceAll("^-+|-+$", "");
  }
}
