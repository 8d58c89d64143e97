package io.github.ghlplezi.testkit;

import java.text.Normalizer;
import java.util.Locale;

/** The slug rule from the shared contract, written independently of the testkit's own. */
final class TestSlugs {
  private TestSlugs() {}

  static String slug(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{InCombiningDiacriticalMarks}", "");
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return out.toString();
  }
}
