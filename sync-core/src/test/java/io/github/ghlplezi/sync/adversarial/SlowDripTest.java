package io.github.ghlplezi.sync.adversarial;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A raw socket server that sends the status line and headers, then one byte of the body every 2
 * seconds, forever. Every client call, with its default timeouts (and, with {@code ResilientHttp},
 * a configured call timeout), must end by itself before {@link Targets#DEFAULT_CALL_TIMEOUT_CEILING};
 * the calls run in parallel, so the test takes as long as the slowest client's call timeout.
 */
class SlowDripTest {

  private static final Duration RESILIENT_CALL_TIMEOUT = Duration.ofSeconds(20);

  private record Drip(String name, Runnable call) {
  }

  @Test
  void a_body_dripping_one_byte_every_two_seconds_ends_every_call_by_a_default_call_timeout() throws Exception {
    Tally tally = Tally.of("slow-drip/all-clients");
    ExecutorService calls = Executors.newCachedThreadPool();
    try (DripServer server = new DripServer()) {
      String url = server.url();
      List<Drip> drips = new ArrayList<>();
      for (boolean resilient : List.of(false, true)) {
        String suffix = resilient ? " with ResilientHttp (call timeout " + RESILIENT_CALL_TIMEOUT.toSeconds() + " s)" : "";
        drips.add(new Drip("ghl listTags" + suffix, () -> Targets.listTags(Targets.ghlWithPit(url, Secrets.issue("pit"),
            resilient ? Targets.resilientWithCallTimeout(true, RESILIENT_CALL_TIMEOUT) : null), Targets.LOCATION)));
        drips.add(new Drip("oauth refresh" + suffix, () -> Targets.refresh(Targets.oauth(url, "client-id-1",
            Secrets.issue("client-secret"), resilient ? Targets.resilientWithCallTimeout(true, RESILIENT_CALL_TIMEOUT) : null),
            Secrets.issue("refresh-token"))));
        drips.add(new Drip("plezi contacts list" + suffix, () -> Targets.pleziList(Targets.plezi(url,
            Secrets.issue("plezi-api-key"), "tenant-one",
            resilient ? Targets.resilientWithCallTimeout(false, RESILIENT_CALL_TIMEOUT) : null))));
        drips.add(new Drip("brain content web forms" + suffix, () -> Targets.brainForms(Targets.brain(url, "public-key-1",
            Secrets.issue("brain-secret"), resilient ? Targets.resilientWithCallTimeout(false, RESILIENT_CALL_TIMEOUT) : null))));
      }
      long deadline = System.nanoTime() + Targets.DEFAULT_CALL_TIMEOUT_CEILING.toNanos();
      List<Future<?>> running = new ArrayList<>();
      for (Drip drip : drips) {
        running.add(calls.submit(drip.call()));
      }
      for (int i = 0; i < drips.size(); i++) {
        tally.tried();
        String name = drips.get(i).name();
        try {
          running.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          tally.accepted(name + ": returned a result from a body that never ended");
        } catch (TimeoutException e) {
          tally.accepted(name + ": still waiting after " + Targets.DEFAULT_CALL_TIMEOUT_CEILING.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
          if (!Targets.isTypedFailure(e.getCause())) {
            tally.crash(name, e.getCause());
          }
          tally.leaksIn(name, Secrets.chain(e.getCause()));
        }
      }
    } finally {
      calls.shutdownNow();
    }
    tally.assertClean();
  }

  /** Answers every connection with 200 and a body that drips one space every 2 seconds. */
  static final class DripServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "drip-server");
      t.setDaemon(true);
      return t;
    });

    DripServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      threads.submit(this::acceptLoop);
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    private void acceptLoop() {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          threads.submit(() -> drip(s));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void drip(Socket s) {
      try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
        readHead(in);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"data\":[")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        while (!socket.isClosed()) {
          Thread.sleep(2_000);
          out.write(' ');
          out.flush();
        }
      } catch (IOException | InterruptedException clientGone) {
        // the client gave up: what the test wants
      }
    }

    private static void readHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      int b;
      while (matched < 4 && (b = in.read()) != -1) {
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      threads.shutdownNow();
    }
  }
}
