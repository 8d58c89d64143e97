package io.github.ghlplezi.notify.digest;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The digest's Pebble templates: {@code subject.txt}, {@code digest.txt} and {@code digest.html}
 * (files end in {@code .peb}). The defaults ship in this jar under
 * {@code io/github/ghlplezi/notify/digest/templates/}; an application overrides any of them by
 * putting a file of the same name in a directory or under a class-path prefix of its own, and a
 * template it does not override keeps the default. A template named with a language
 * ({@code digest_fr.html.peb}) is preferred for recipients of that language.
 *
 * <p>HTML is escaped automatically ({@code {{ name }}} of a location called {@code <b>} prints
 * {@code &lt;b&gt;}); the text templates are not escaped and keep every new line (remove the one
 * before a tag with {@code {%- ... %}}). Templates see {@code digest} (a
 * {@link Digest}) and {@code charts} (location id → the chart's Content-ID).
 */
public final class DigestTemplates {

  /** The class-path folder of the default templates. */
  public static final String DEFAULT_PREFIX = "io/github/ghlplezi/notify/digest/templates";

  private static final String SUFFIX = ".peb";

  private final Loader<?> loader;
  private final PebbleEngine html;
  private final PebbleEngine text;

  private DigestTemplates(List<Loader<?>> overrides) {
    List<Loader<?>> chain = new ArrayList<>(overrides);
    chain.add(classpath(DEFAULT_PREFIX, DigestTemplates.class.getClassLoader()));
    this.loader = chain.size() == 1 ? chain.get(0) : new DelegatingLoader(chain);
    this.html = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
        .strictVariables(false).build();
    this.text = new PebbleEngine.Builder().loader(loader).autoEscaping(false).newLineTrimming(false)
        .strictVariables(false).build();
  }

  /**
   * The templates shipped in this jar.
   *
   * @return the default templates
   */
  public static DigestTemplates defaults() {
    return new DigestTemplates(List.of());
  }

  /**
   * Templates read from a directory first ({@code digest.html.peb}, ...), the defaults for any
   * file missing there. Files are read again only when the renderer is created anew.
   *
   * @param directory the directory holding the overriding templates
   * @return the templates
   */
  public static DigestTemplates overriddenBy(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a directory: " + directory);
    }
    FileLoader files = new FileLoader(directory.toAbsolutePath().toString());
    files.setSuffix(SUFFIX);
    files.setCharset("UTF-8");
    return new DigestTemplates(List.of(files));
  }

  /**
   * Templates read from a class-path folder first, the defaults for any file missing there.
   *
   * @param prefix the folder, e.g. {@code com/example/digest}
   * @param classLoader the class loader to read it with
   * @return the templates
   */
  public static DigestTemplates overriddenBy(String prefix, ClassLoader classLoader) {
    return new DigestTemplates(List.of(classpath(prefix, classLoader)));
  }

  private static ClasspathLoader classpath(String prefix, ClassLoader classLoader) {
    ClasspathLoader loader = new ClasspathLoader(classLoader);
    loader.setPrefix(prefix);
    loader.setSuffix(SUFFIX);
    loader.setCharset("UTF-8");
    return loader;
  }

  /**
   * Renders one template.
   *
   * @param name {@code subject.txt}, {@code digest.txt} or {@code digest.html} (or another file the
   *     application ships)
   * @param context the variables
   * @param locale the recipient's locale (numbers, dates, and the language-specific template)
   * @return the rendered text
   */
  public String render(String name, Map<String, Object> context, Locale locale) {
    PebbleEngine engine = name.endsWith(".html") ? html : text;
    PebbleTemplate template = engine.getTemplate(localized(name, locale));
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, context, locale);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + name, e);
    }
    return out.toString();
  }

  private String localized(String name, Locale locale) {
    int dot = name.indexOf('.');
    String candidate = name.substring(0, dot) + "_" + locale.getLanguage() + name.substring(dot);
    return !locale.getLanguage().isEmpty() && loader.resourceExists(candidate) ? candidate : name;
  }
}
