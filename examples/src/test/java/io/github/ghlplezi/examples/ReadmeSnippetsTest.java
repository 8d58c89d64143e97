package io.github.ghlplezi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of every Markdown file (READMEs, docs) compiles against this build's modules, so the docs
 * cannot drift from the API. A block is compiled as a method body, or as a compilation unit when it
 * declares a type; an HTML comment on the line before it may say more:
 *
 * <ul>
 *   <li>{@code <!-- snippet given: DataSource dataSource; String clientId -->} declares what the
 *       block uses without defining (a method's parameters);</li>
 *   <li>{@code <!-- snippet file: examples/src/test/java/...Test.java -->}: the block must be, line
 *       for line, the part of that (compiled, running) file between {@code // README:begin} and
 *       {@code // README:end}.</li>
 * </ul>
 *
 * <p>Imports: the public packages of every module, {@code java.util}, {@code java.time},
 * {@code java.net}, {@code java.nio.file} and a few single types; a README disambiguates a simple
 * name two packages share with {@code <!-- snippet import: a.b.C -->} (for all its blocks).
 */
class ReadmeSnippetsTest {

  private static final Pattern BLOCK = Pattern.compile(
      "(?:<!-- snippet (given|file): ([^\\n]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("<!-- snippet import: ([\\w.]+(?:\\.\\*)?) -->");
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s",
      Pattern.MULTILINE);

  private static final List<String> IMPORTS = List.of(
      "io.github.ghlplezi.ghl.*", "io.github.ghlplezi.ghl.auth.*", "io.github.ghlplezi.ghl.model.*",
      "io.github.ghlplezi.ghl.webhook.*", "io.github.ghlplezi.plezi.*", "io.github.ghlplezi.plezi.model.*",
      "io.github.ghlplezi.sync.*", "io.github.ghlplezi.sync.http.*", "io.github.ghlplezi.sync.token.*",
      "io.github.ghlplezi.testkit.*", "java.util.*", "java.time.*", "java.net.*", "java.nio.file.*",
      "java.util.stream.*", "java.math.BigDecimal", "java.security.SecureRandom",
      "java.time.format.DateTimeFormatter", "okhttp3.OkHttpClient", "javax.sql.DataSource",
      "org.junit.jupiter.api.Test", "org.junit.jupiter.api.extension.ExtendWith",
      "static org.junit.jupiter.api.Assertions.*");

  @TempDir
  Path classes;

  @TestFactory
  Stream<DynamicTest> every_java_block_of_every_readme_compiles() throws IOException {
    Path root = checkoutRoot();
    List<Snippet> snippets = new ArrayList<>();
    for (Path readme : readmes(root)) {
      snippets.addAll(snippets(root, readme));
    }
    assertFalse(snippets.isEmpty(), "no ```java block found under " + root);
    Map<String, List<String>> errors = compile(snippets.stream().filter(s -> s.file == null)
        .collect(Collectors.toList()));
    return snippets.stream().map(s -> dynamicTest(s.name, () -> {
      if (s.file != null) {
        assertEquals(region(root.resolve(s.file)), s.code,
            s.name + " must be the README:begin..README:end part of " + s.file);
      } else {
        List<String> mine = errors.getOrDefault(s.className(), List.of());
        assertTrue(mine.isEmpty(), s.name + " does not compile:\n" + String.join("\n", mine)
            + "\n--- as compiled ---\n" + s.source());
      }
    }));
  }

  private static Path checkoutRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "no checkout root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
    return dir;
  }

  private static List<Path> readmes(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.toString().contains("target"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static List<Snippet> snippets(Path root, Path readme) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String relative = root.relativize(readme).toString().replace('\\', '/');
    List<String> extraImports = new ArrayList<>();
    Matcher imports = IMPORT.matcher(text);
    while (imports.find()) {
      extraImports.add(imports.group(1));
    }
    List<Snippet> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      int line = (int) text.substring(0, m.start(3)).chars().filter(c -> c == '\n').count();
      String kind = m.group(1);
      String arg = m.group(2);
      found.add(new Snippet(relative + ":" + line, m.group(3),
          "given".equals(kind) ? arg : "", "file".equals(kind) ? arg.trim() : null, extraImports));
    }
    return found;
  }

  private Map<String, List<String>> compile(List<Snippet> snippets) throws IOException {
    Map<String, List<String>> errors = new TreeMap<>();
    if (snippets.isEmpty()) {
      return errors;
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<JavaFileObject> sources = snippets.stream().map(Snippet::asFile).collect(Collectors.toList());
      List<String> options = List.of("-d", classes.toString(), "-proc:none", "-Xlint:none", "-nowarn",
          "-classpath", System.getProperty("java.class.path"));
      compiler.getTask(null, files, diagnostics, options, null, sources).call();
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
        String name = Path.of(d.getSource().toUri().getPath()).getFileName().toString().replace(".java", "");
        errors.computeIfAbsent(name, k -> new ArrayList<>())
            .add("  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static String region(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int begin = text.indexOf("// README:begin\n");
      int end = text.indexOf("// README:end");
      assertTrue(begin >= 0 && end > begin, file + " has no // README:begin ... // README:end region");
      return text.substring(begin + "// README:begin\n".length(), text.lastIndexOf('\n', end) + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Snippet {
    final String name;
    final String code;
    final String given;
    final String file;
    final List<String> extraImports;

    Snippet(String name, String code, String given, String file, List<String> extraImports) {
      this.name = name;
      this.code = code;
      this.given = given;
      this.file = file;
      this.extraImports = extraImports;
    }

    String className() {
      return "Snippet_" + name.replaceAll("[^A-Za-z0-9]", "_");
    }

    String source() {
      StringBuilder out = new StringBuilder("package snippets;\n");
      for (String i : IMPORTS) {
        out.append("import ").append(i).append(";\n");
      }
      for (String i : extraImports) {
        out.append("import ").append(i).append(";\n");
      }
      if (TYPE_DECLARATION.matcher(code).find()) {
        // A whole type: the first declared one is renamed to the file's class name.
        return out + code.replaceFirst("(class|record|interface|enum)\\s+\\w+", "$1 " + className());
      }
      List<String> parameters = new ArrayList<>();
      for (String declaration : given.split(";")) {
        if (!declaration.isBlank()) {
          parameters.add(declaration.trim());
        }
      }
      return out + "class " + className() + " {\n"
          + "  @SuppressWarnings(\"unused\")\n"
          + "  void snippet(" + String.join(", ", parameters) + ") throws Exception {\n"
          + code
          + "  }\n}\n";
    }

    JavaFileObject asFile() {
      String source = source();
      return new SimpleJavaFileObject(URI.create("string:///snippets/" + className() + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
    }
  }
}
