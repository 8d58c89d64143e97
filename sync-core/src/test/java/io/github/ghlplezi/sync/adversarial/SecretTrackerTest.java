package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.adversarial.HostileServer.Answer;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.ghl.model.UserType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret tracker. Drives every client, with and without {@code ResilientHttp}, against a
 * vendor that echoes the whole request (headers and body, so every credential the client sent) in
 * its error answers, and against plain successes; then checks that no secret issued by the suite
 * (tokens, Private Integration Tokens, client secrets, API keys, brain secrets, encryption keys)
 * appears in any log line of this JVM at DEBUG, in any exception message or cause chain, or in the
 * {@code toString} of any value that holds one. Runs after the other Jupiter classes of the suite
 * so their log lines are scanned too.
 */
@Order(Integer.MAX_VALUE - 1)
class SecretTrackerTest {

  private static final String TAGS = "{\"tags\":[{\"_id\":\"t1\",\"tag\":\"spring\"}],\"count\":1}";

  @TempDir
  Path dir;

  @Test
  void no_issued_secret_appears_in_logs_exception_messages_or_to_string() throws Exception {
    Tally tally = Tally.of("secrets/tracker");
    List<Object> holders = new ArrayList<>();
    for (int status : new int[] {200, 400, 401, 403, 422, 500}) {
      try (HostileServer server = HostileServer.start((r, i) -> status == 200
          ? (r.pathAndQuery().startsWith("/oauth/token")
              ? Answer.json(200, "{\"access_token\":\"" + Secrets.track("at" + i + Secrets.issue("access-token"), "access-token")
                  + "\",\"refresh_token\":\"" + Secrets.issue("refresh-token") + "\",\"expires_in\":86399}")
              : Answer.json(200, TAGS))
          : Answer.json(status, echo(r)))) {
        for (boolean resilient : List.of(false, true)) {
          String url = server.url();
          ManualTime time = new ManualTime();
          OkHttpClient ghlHttp = resilient ? Targets.resilient(true, time, time, true) : null;
          OkHttpClient pleziHttp = resilient ? Targets.resilient(false, time, time, true) : null;
          String where = "HTTP " + status + (resilient ? " with ResilientHttp" : "");
          GhlClient ghl = Targets.ghlWithPit(url, Secrets.issue("pit"), ghlHttp);
          OAuthClient oauth = Targets.oauth(url, "client-id-1", Secrets.issue("client-secret"), ghlHttp);
          PleziClient plezi = Targets.plezi(url, Secrets.issue("plezi-api-key"), "tenant-one", pleziHttp);
          PleziClient brain = Targets.brain(url, "public-key-1", Secrets.issue("brain-secret"), pleziHttp);
          GhlClient managed = Targets.ghl(url, Targets.managedTokens(oauth, Targets.LOCATION, Secrets.issue("access-token"),
              Secrets.issue("refresh-token"), time), ghlHttp);
          holders.addAll(List.of(ghl, oauth, plezi, brain, managed));
          List<Consumer<Tally>> calls = List.of(
              t -> Targets.listTags(ghl, Targets.LOCATION),
              t -> Targets.listTags(managed, Targets.LOCATION),
              t -> Targets.refresh(oauth, Secrets.issue("refresh-token")),
              t -> Targets.exchangeCode(oauth, Secrets.issue("auth-code")),
              t -> Targets.pleziList(plezi),
              t -> Targets.pleziUpsert(plezi),
              t -> Targets.brainForms(brain),
              t -> Targets.brainAuthenticate(brain));
          for (Consumer<Tally> call : calls) {
            tally.tried();
            try {
              call.accept(tally);
            } catch (RuntimeException e) {
              tally.leaksIn("the exception after " + where, Secrets.chain(e));
            }
          }
        }
      }
    }
    String access = Secrets.issue("access-token");
    String refresh = Secrets.issue("refresh-token");
    holders.addAll(Targets.valuesHolding(access, refresh, Secrets.issue("pit"), Secrets.issue("client-secret")));
    Targets.Stores stores = Targets.storesHolding(new StoredToken(Targets.LOCATION, UserType.LOCATION, access,
        new ManualTime().instant().plus(Duration.ofHours(1)), refresh, Set.of(), 0, new ManualTime().instant()),
        dir, Secrets.issueKey("encryption-key", 32));
    holders.addAll(stores.all());
    tally.tried();
    tally.leaksIn("the bytes the token stores persisted (file and database rows)", stores.persisted());
    for (Object holder : holders) {
      tally.tried();
      tally.leaksIn("toString of " + holder.getClass().getSimpleName(), String.valueOf(holder));
    }
    List<String> lines = Secrets.logLines();
    if (lines.isEmpty()) {
      tally.crash("no log line was captured: the tracker cannot see the logs", null);
    }
    for (String line : lines) {
      tally.leaksIn("a log line", line);
    }
    System.out.println("adversarial secret tracker: " + Secrets.issuedCount() + " secrets tracked through "
        + lines.size() + " log lines");
    tally.assertClean();
  }

  /** An error body that quotes the whole request back, as some vendors do. */
  private static String echo(HostileServer.Received r) {
    String all = r.everything().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
    return "{\"message\":\"rejected: " + all + "\",\"error\":\"invalid_grant\",\"error_description\":\"" + all
        + "\",\"errors\":[{\"message\":\"" + all + "\"}]}";
  }
}
