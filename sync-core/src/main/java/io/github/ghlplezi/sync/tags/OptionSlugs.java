package io.github.ghlplezi.sync.tags;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a Social Planner tag name into the slug of a Plezi multi-select option.
 *
 * <p>Plezi identifies options by slugs such as {@code une-entreprise}: lower case, no accents, words
 * joined by hyphens. "Spring Sale!" becomes {@code spring-sale} and "Été 2026" becomes
 * {@code ete-2026}. Letters that Unicode does not decompose into a base letter and marks (æ, ø,
 * ß, …) are spelled out in ASCII, as Plezi's Rails-style slugs do, rather than dropped.
 */
public final class OptionSlugs {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALPHANUMERIC_RUNS = Pattern.compile("[^a-z0-9]+");
  private static final Map<Character, String> SPELLED_OUT = Map.of(
      'æ', "ae", 'œ', "oe", 'ø', "o", 'ß', "ss", 'đ', "d", 'ł', "l", 'þ', "th", 'ð', "d", 'ı', "i");

  private OptionSlugs() {
  }

  /**
   * The slug of one name.
   *
   * @param name a tag name
   * @return its slug; empty when the name holds no letter or digit
   */
  public static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder plain = new StringBuilder(unmarked.length());
    for (int i = 0; i < unmarked.length(); i++) {
      char c = unmarked.charAt(i);
      String spelled = SPELLED_OUT.get(c);
      if (spelled == null) {
        plain.append(c);
      } else {
        plain.append(spelled);
      }
    }
    String hyphenated = NON_ALPHANUMERIC_RUNS.matcher(plain).replaceAll("-");
    int start = 0;
    int end = hyphenated.length();
    while (start < end && hyphenated.charAt(start) == '-') {
      start++;
    }
    while (end > start && hyphenated.charAt(end - 1) == '-') {
      end--;
    }
    return hyphenated.substring(start, end);
  }
}
