package io.github.ghlplezi.connector.cli;

import io.github.ghlplezi.connector.SyncOperations;
import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * The test pull's progress. On a terminal, one line redrawn in place ({@code [#####-----] 5/10
 * locations}); otherwise (a pipe, a file, a CI log) a plain line at every tenth of the way and at the
 * end, so logs stay readable. Small enough not to need a progress-bar library.
 */
final class ProgressLine implements SyncOperations.Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private int lastTenth = -1;

  ProgressLine(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** @return whether standard output is an interactive terminal (JDK 22+ asks the console itself) */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException beforeJdk22) {
      return true;   // before JDK 22, a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public synchronized void fetched(int done, int total) {
    if (total <= 0) {
      return;
    }
    if (terminal) {
      int filled = (int) ((long) WIDTH * done / total);
      out.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " locations");
      if (done == total) {
        out.println();
      }
      out.flush();
      return;
    }
    int tenth = (int) (10L * done / total);
    if (tenth > lastTenth || done == total) {
      lastTenth = tenth;
      out.println("fetched " + done + "/" + total + " locations");
    }
  }
}
