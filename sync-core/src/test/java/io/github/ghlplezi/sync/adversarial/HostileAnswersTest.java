package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.sync.adversarial.HostileServer.Answer;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A vendor gone wrong, against both clients with and without {@code ResilientHttp}: malformed
 * success bodies, an OAuth server that answers a refresh with an empty token, poisoned
 * {@code Retry-After} and {@code X-RateLimit-*} headers. Waits run on a {@link ManualTime} clock, so
 * nothing sleeps for real; requests are counted at the server.
 */
class HostileAnswersTest {

  private static final String TAGS = "{\"tags\":[{\"_id\":\"t1\",\"tag\":\"spring\"}],\"count\":1}";
  private static final List<Answer> MALFORMED = List.of(
      Answer.of(200, "text/html", "<html><body>Service temporarily unavailable</body></html>"),
      Answer.of(200, "application/json", "{\"contact\": {\"id\": "),
      Answer.of(200, "application/json", ""),
      Answer.of(200, "application/json", "null"));

  /** A client call against a server URL, given the HTTP stack (null for the client's own). */
  private record Call(String name, boolean ghl, java.util.function.BiConsumer<String, OkHttpClient> run) {
  }

  private static List<Call> calls() {
    return List.of(
        new Call("ghl listTags", true, (url, http) -> Targets.listTags(Targets.ghlWithPit(url, Secrets.issue("pit"), http), Targets.LOCATION)),
        new Call("plezi webform upsert", false, (url, http) -> Targets.pleziUpsert(
            Targets.plezi(url, Secrets.issue("plezi-api-key"), "tenant-one", http))),
        new Call("plezi contacts list", false, (url, http) -> Targets.pleziList(
            Targets.plezi(url, Secrets.issue("plezi-api-key"), "tenant-one", http))),
        new Call("brain content web forms", false, (url, http) -> Targets.brainForms(
            Targets.brain(url, "public-key-1", Secrets.issue("brain-secret"), http))));
  }

  /** A Plezi upsert answered 200 with HTML, invalid JSON or nothing must not count as a success. */
  @Test
  void malformed_success_bodies_end_every_call_with_a_documented_exception_and_no_plezi_upsert_succeeds() {
    Tally tally = Tally.of("malformed-bodies/all-calls");
    Tally upsert = Tally.of("malformed-bodies/plezi-upsert");
    for (Call call : calls()) {
      for (Answer answer : MALFORMED) {
        for (boolean resilient : List.of(false, true)) {
          tally.tried();
          String what = call.name() + " on 200 \"" + new String(answer.body()) + "\"" + (resilient ? " with ResilientHttp" : "");
          boolean isUpsert = call.name().equals("plezi webform upsert");
          if (isUpsert) {
            upsert.tried();
          }
          try (HostileServer server = HostileServer.start((r, i) -> answer)) {
            call.run().accept(server.url(), resilient ? stack(call.ghl()) : null);
            if (isUpsert) {
              upsert.accepted(what + " counted as a success");
            }
          } catch (RuntimeException e) {
            if (!Targets.isTypedFailure(e)) {
              tally.crash(what, e);
            }
            tally.leaksIn(what, Secrets.chain(e));
          }
        }
      }
    }
    upsert.assertClean();
    tally.assertClean();
  }

  @Test
  void a_refresh_answered_with_an_empty_access_token_presents_the_refresh_token_at_most_once() {
    Tally tally = Tally.of("malformed-bodies/oauth-refresh");
    for (String tokenAnswer : List.of("{\"access_token\":\"\"}", "{}", "not json")) {
      tally.tried();
      String refreshToken = Secrets.issue("refresh-token");
      try (HostileServer server = HostileServer.start((r, i) -> r.pathAndQuery().startsWith("/oauth/token")
          ? Answer.json(200, tokenAnswer) : Answer.json(200, TAGS))) {
        ManualTime time = new ManualTime();
        OAuthClient oauth = Targets.oauth(server.url(), "client-id-1", Secrets.issue("client-secret"), null);
        GhlClient ghl = Targets.ghl(server.url(),
            Targets.managedTokens(oauth, Targets.LOCATION, Secrets.issue("access-token"), refreshToken, time), null);
        for (int i = 0; i < 20; i++) {
          try {
            Targets.listTags(ghl, Targets.LOCATION);
          } catch (RuntimeException e) {
            if (!Targets.isTypedFailure(e)) {
              tally.crash(tokenAnswer + ", call " + i, e);
            }
            tally.leaksIn(tokenAnswer + ", call " + i, Secrets.chain(e));
          }
          time.advance(Duration.ofSeconds(5));
        }
        long presented = server.received().stream().filter(r -> r.bodyText().contains(refreshToken)).count();
        if (presented > 1) {
          tally.accepted("the refresh token was presented " + presented + " times after /oauth/token answered " + tokenAnswer);
        }
      }
    }
    tally.assertClean();
  }

  @Test
  void retry_after_of_long_max_seconds_or_a_far_date_neither_crashes_nor_waits_unbounded() {
    Tally tally = Tally.of("retry-after/huge");
    Duration bound = RetryPolicy.defaults().deadline().plusMinutes(1);
    for (String retryAfter : List.of("9223372036854775807", "99999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT",
        "Sat, 01 Jan 2000 00:00:00 GMT", "-1", "1e9")) {
      for (Call call : calls()) {
        for (boolean resilient : List.of(false, true)) {
          tally.tried();
          String what = call.name() + " with Retry-After: " + retryAfter + (resilient ? " and ResilientHttp" : "");
          ManualTime time = new ManualTime();
          try (HostileServer server = HostileServer.start((r, i) -> i < 3
              ? Answer.json(429, "{\"message\":\"Too many requests\"}").withHeader("Retry-After", retryAfter)
              : Answer.json(200, TAGS))) {
            try {
              call.run().accept(server.url(), resilient ? Targets.resilient(call.ghl(), time, time, true) : null);
            } catch (RuntimeException e) {
              if (!Targets.isTypedFailure(e)) {
                tally.crash(what, e);
              }
            }
            if (time.slept().compareTo(bound) > 0) {
              tally.accepted(what + ": waited " + time.slept());
            }
          }
        }
      }
    }
    tally.assertClean();
  }

  @Test
  void retry_after_zero_with_the_rate_budget_off_is_retried_a_bounded_number_of_times_with_a_delay() {
    Tally tally = Tally.of("retry-after/zero");
    int maxAttempts = RetryPolicy.defaults().maxAttempts();
    for (Call call : calls()) {
      tally.tried();
      ManualTime time = new ManualTime();
      try (HostileServer server = HostileServer.start((r, i) -> i < 500
          ? Answer.json(429, "{\"message\":\"Too many requests\"}").withHeader("Retry-After", "0")
          : Answer.json(200, TAGS))) {
        try {
          call.run().accept(server.url(), Targets.resilient(call.ghl(), time, time, false));
        } catch (RuntimeException e) {
          if (!Targets.isTypedFailure(e)) {
            tally.crash(call.name(), e);
          }
        }
        if (server.count() > maxAttempts) {
          tally.accepted(call.name() + ": " + server.count() + " requests for one call (maxAttempts " + maxAttempts + ")");
        }
        if (time.sleeps().stream().anyMatch(d -> d.isZero() || d.isNegative())) {
          tally.accepted(call.name() + ": retried a 429 without any delay");
        }
      }
    }
    tally.assertClean();
  }

  @Test
  void a_rate_limit_interval_of_int_max_milliseconds_blocks_a_location_for_at_most_a_day() {
    Tally tally = Tally.of("rate-limit-headers/interval");
    for (String remaining : List.of("0", "5")) {
      tally.tried();
      ManualTime time = new ManualTime();
      try (HostileServer server = HostileServer.start((r, i) -> Answer.json(200, TAGS)
          .withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Remaining", remaining)
          .withHeader("X-RateLimit-Interval-Milliseconds", "2147483647"))) {
        GhlClient ghl = Targets.ghlWithPit(server.url(), Secrets.issue("pit"), Targets.resilient(true, time, time, true));
        Function<Integer, Boolean> succeeds = n -> {
          try {
            Targets.listTags(ghl, Targets.LOCATION);
            return true;
          } catch (RuntimeException e) {
            if (!Targets.isTypedFailure(e)) {
              tally.crash("call " + n, e);
            }
            return false;
          }
        };
        succeeds.apply(0);
        boolean usable = false;
        for (int hour = 1; hour <= 25 && !usable; hour++) {
          time.advance(Duration.ofHours(1));
          usable = succeeds.apply(hour);
        }
        if (!usable) {
          tally.accepted("Remaining " + remaining + ", interval 2147483647 ms: the location stayed blocked for 25 hours");
        }
      }
    }
    tally.assertClean();
  }

  private static OkHttpClient stack(boolean ghl) {
    return ghl ? Targets.resilientGhl() : Targets.resilientPlezi();
  }
}
