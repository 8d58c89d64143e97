package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.sync.adversarial.HostileServer.Answer;
import io.github.ghlplezi.sync.http.ManualTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;

/**
 * Runs in a child JVM with a 128 MiB heap ({@link BoundedMemoryTest}): each case serves one
 * hostile answer (a gzip body of about 160 KiB that inflates to 160 MiB, on success and error
 * statuses, with and without Content-Length; or {@code X-RateLimit-Max: 2000000000} with
 * {@code Remaining: 0}) and prints {@code CASE <name> <outcome> <MiB allocated by the calling thread> <ms>},
 * where the outcome is {@code returned}, {@code typed}, {@code oom} or {@code crash:<exception>}.
 */
public final class BoundedMemoryChild {

  static final int INFLATED_MIB = 160;

  private BoundedMemoryChild() {
  }

  public static void main(String[] args) throws Exception {
    // the long string sits where the clients read it (HighLevel's results.tags[0]._id), so it is not skipped
    byte[] successBomb = gzipBomb("{\"results\":{\"tags\":[{\"_id\":\"", "\"}]},\"data\":[]}");
    byte[] errorBomb = gzipBomb("{\"message\":\"", "\"}");
    List<Client> clients = List.of(
        new Client("ghl-listTags", true, (url, http) -> Targets.listTags(Targets.ghlWithPit(url, "pit-child", http), Targets.LOCATION)),
        new Client("oauth-refresh", true, (url, http) -> Targets.refresh(Targets.oauth(url, "id", "secret", http), "rt-child")),
        new Client("plezi-list", false, (url, http) -> Targets.pleziList(Targets.plezi(url, "key", "tenant", http))));
    // one ordinary answer per client first, unmeasured: class loading and first-call setup would
    // otherwise be charged to whichever bomb case happens to run first
    for (Client client : clients) {
      for (boolean resilient : new boolean[] {false, true}) {
        OkHttpClient http = resilient ? (client.ghl ? Targets.resilientGhl() : Targets.resilientPlezi()) : null;
        try (HostileServer server = HostileServer.start((r, i) -> Answer.json(400, "{\"message\":\"warm-up\"}"))) {
          client.call.accept(server.url(), http);
        } catch (Exception expected) {
          // a 400 is the point: the error path is warmed up too
        }
      }
    }
    long started = System.nanoTime();
    for (Client client : clients) {
      for (int status : client.name.startsWith("oauth") ? new int[] {400} : new int[] {200, 400}) {
        for (boolean chunked : new boolean[] {false, true}) {
          for (boolean resilient : new boolean[] {false, true}) {
            String name = client.name + "-" + status + (chunked ? "-chunked" : "-content-length") + (resilient ? "-resilient" : "-plain");
            Answer bomb = new Answer(status, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
                status == 200 ? successBomb : errorBomb, chunked);
            OkHttpClient http = resilient ? (client.ghl ? Targets.resilientGhl() : Targets.resilientPlezi()) : null;
            run(name, bomb, server -> client.call.accept(server.url(), http));
          }
        }
      }
    }
    // last: it may leave the heap full
    ManualTime time = new ManualTime();
    run("ghl-ratelimit-max-2000000000", Answer.json(200, "{\"tags\":[],\"count\":0}")
        .withHeader("X-RateLimit-Max", "2000000000").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Interval-Milliseconds", "10000"), server -> {
          var ghl = Targets.ghlWithPit(server.url(), "pit-child", Targets.resilient(true, time, time, true));
          Targets.listTags(ghl, Targets.LOCATION);
          Targets.listTags(ghl, Targets.LOCATION);
        });
    System.out.println("DONE in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    System.out.flush();
    System.exit(0);
  }

  private record Client(String name, boolean ghl, BiConsumer<String, OkHttpClient> call) {
  }

  private interface Case {
    void run(HostileServer server) throws Exception;
  }

  private static void run(String name, Answer answer, Case body) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(tid);
    long started = System.nanoTime();
    String outcome;
    try (HostileServer server = HostileServer.start((r, i) -> answer)) {
      try {
        body.run(server);
        outcome = "returned";
      } catch (OutOfMemoryError e) {
        outcome = "oom";
      } catch (Exception e) {
        outcome = Targets.isTypedFailure(e) ? "typed" : "crash:" + e.getClass().getName();
      }
    } catch (OutOfMemoryError e) {
      outcome = "oom";
    }
    long mib = (threads.getThreadAllocatedBytes(tid) - before) >> 20;
    System.gc();
    System.out.println("CASE " + name + " " + outcome + " " + mib + " " + (System.nanoTime() - started) / 1_000_000);
    System.out.flush();
  }

  private static byte[] gzipBomb(String prefix, String suffix) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      gz.write(prefix.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < INFLATED_MIB; i++) {
        gz.write(chunk);
      }
      gz.write(suffix.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
