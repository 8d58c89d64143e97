package io.github.ghlplezi.sync.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A separate JVM running a test main class on this JVM's class path; its output lines are queued. */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> transcript = java.util.Collections.synchronizedList(new ArrayList<>());

  private ChildJvm(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          transcript.add(line);
          lines.add(line);
        }
      } catch (IOException ignored) {
        // process died
      }
    }, "child-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} in a new JVM (128 MiB heap) on this JVM's class path. */
  public static ChildJvm start(Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a line starting with {@code prefix}; fails with the transcript otherwise. */
  public String awaitLine(String prefix, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line == null && !process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new AssertionError("child " + process.pid() + " never printed '" + prefix + "'; output:\n"
        + String.join("\n", transcript));
  }

  /** Sends one line to the child's stdin. */
  void send(String line) {
    try {
      process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code REPORT} (or {@code STOP}) and parses the {@code STATS} answer. */
  java.util.Map<String, String> stats(String command) throws InterruptedException {
    send(command);
    String line = awaitLine("STATS ", 60);
    java.util.Map<String, String> out = new java.util.HashMap<>();
    String rest = line.substring("STATS ".length());
    int errorsAt = rest.indexOf(" errors=");
    out.put("errors", rest.substring(errorsAt + " errors=".length()));
    for (String kv : rest.substring(0, errorsAt).split(" ")) {
      int eq = kv.indexOf('=');
      out.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return out;
  }

  Process process() {
    return process;
  }

  public List<String> transcript() {
    synchronized (transcript) {
      return List.copyOf(transcript);
    }
  }

  void killHard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      killHard();
    }
  }
}
