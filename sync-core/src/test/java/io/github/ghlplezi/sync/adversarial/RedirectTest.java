package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.TokenSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every credentialed call of both clients, with and without {@code ResilientHttp}, answered by a
 * 301, 302, 303, 307 or 308 to another host (127.0.0.2). The other host must never receive a
 * credential header ({@code Authorization}, {@code X-API-Key}, {@code X-Tenant-Company},
 * {@code X-AUTHORIZATION}) nor any issued secret in a header, the URL or the body; its 401 must not
 * invalidate the token; and the call must end with a documented exception type.
 */
class RedirectTest {

  private static final List<Integer> STATUSES = List.of(301, 302, 303, 307, 308);
  private static final List<String> CREDENTIAL_HEADERS =
      List.of("Authorization", "X-API-Key", "X-Tenant-Company", "X-AUTHORIZATION");

  /** One credentialed call: built against the origin's URL with or without the resilient stack. */
  record Scenario(String name, boolean ghl, BiFunction<String, OkHttpClient, Runnable> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Counts {@link TokenSource#invalidate} calls: a 401 from another host must cause none. */
  static final class CountingTokens implements TokenSource {
    final String token = Secrets.issue("pit");
    final AtomicInteger invalidations = new AtomicInteger();

    @Override
    public String accessToken(String locationId) {
      return token;
    }

    @Override
    public void invalidate(String locationId, String rejectedAccessToken) {
      invalidations.incrementAndGet();
    }

    @Override
    public String toString() {
      return "CountingTokens";
    }
  }

  private static final Map<String, CountingTokens> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario("ghl listTags", true, (url, http) -> {
          CountingTokens tokens = TOKENS.computeIfAbsent(url, u -> new CountingTokens());
          return () -> Targets.listTags(Targets.ghl(url, tokens, http), Targets.LOCATION);
        }),
        new Scenario("ghl deletePosts", true, (url, http) -> {
          CountingTokens tokens = TOKENS.computeIfAbsent(url, u -> new CountingTokens());
          return () -> Targets.deletePosts(Targets.ghl(url, tokens, http), Targets.LOCATION);
        }),
        new Scenario("oauth refresh", true, (url, http) -> () -> Targets.refresh(
            Targets.oauth(url, "client-id-1", Secrets.issue("client-secret"), http), Secrets.issue("refresh-token"))),
        new Scenario("oauth exchangeCode", true, (url, http) -> () -> Targets.exchangeCode(
            Targets.oauth(url, "client-id-1", Secrets.issue("client-secret"), http), Secrets.issue("auth-code"))),
        new Scenario("plezi contacts list", false, (url, http) -> () -> Targets.pleziList(
            Targets.plezi(url, Secrets.issue("plezi-api-key"), "tenant-one", http))),
        new Scenario("plezi webform upsert", false, (url, http) -> () -> Targets.pleziUpsert(
            Targets.plezi(url, Secrets.issue("plezi-api-key"), "tenant-one", http))),
        new Scenario("brain content web forms", false, (url, http) -> () -> Targets.brainForms(
            Targets.brain(url, "public-key-1", Secrets.issue("brain-secret"), http))),
        new Scenario("brain authenticate", false, (url, http) -> () -> Targets.brainAuthenticate(
            Targets.brain(url, "public-key-1", Secrets.issue("brain-secret"), http))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void a_redirect_to_another_host_receives_no_credential_and_its_401_invalidates_nothing(Scenario scenario) {
    Tally tally = Tally.of("redirects/" + scenario.name().replace(' ', '-'));
    try (HostileServer other = HostileServer.startOtherHost((r, i) ->
             HostileServer.Answer.json(401, "{\"message\":\"Invalid JWT\",\"statusCode\":401}"))) {
      for (int status : STATUSES) {
        for (boolean resilient : List.of(false, true)) {
          tally.tried();
          String what = status + (resilient ? " with ResilientHttp" : " without ResilientHttp");
          try (HostileServer origin = HostileServer.start((r, i) -> new HostileServer.Answer(status,
              Map.of("Location", other.url() + r.pathAndQuery().substring(1)), new byte[0], false))) {
            other.reset();
            OkHttpClient http = resilient ? (scenario.ghl() ? Targets.resilientGhl() : Targets.resilientPlezi()) : null;
            try {
              scenario.call().apply(origin.url(), http).run();
            } catch (RuntimeException e) {
              if (!Targets.isTypedFailure(e)) {
                tally.crash(what, e);
              }
              tally.leaksIn(what + ": exception", Secrets.chain(e));
            }
            for (HostileServer.Received r : other.received()) {
              for (String header : CREDENTIAL_HEADERS) {
                if (r.hasHeader(header)) {
                  tally.leak(header + " sent to the other host after " + what);
                }
              }
              tally.leaksIn("the request to the other host after " + what, r.everything());
            }
            CountingTokens tokens = TOKENS.remove(origin.url());
            if (tokens != null && tokens.invalidations.get() > 0) {
              tally.accepted("the other host's 401 invalidated the token after " + what);
            }
          }
        }
      }
    }
    tally.assertClean();
  }
}
