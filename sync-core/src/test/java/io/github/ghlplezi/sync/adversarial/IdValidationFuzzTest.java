package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.adversarial.Targets.IdEntry;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Fuzzes every id-taking entry point of both clients with hostile ids ({@code ;}, {@code /},
 * {@code .} and {@code ..}, lone surrogates, control characters, very long strings). Each must be
 * refused before any request is sent, with an argument error whose message names the parameter and
 * carries no secret. A recording loopback server proves nothing was sent.
 */
class IdValidationFuzzTest {

  private static final HostileServer SERVER = HostileServer.start((r, i) -> HostileServer.Answer.json(200, "{}"));
  private static final List<IdEntry> ENTRIES = entries();
  private static final List<IdEntry> VALUE_ENTRIES = Targets.oversizedValueEntries(
      Targets.oauth(SERVER.url(), "client-id-1", Secrets.issue("client-secret"), null),
      Targets.plezi(SERVER.url(), Secrets.issue("plezi-api-key"), "tenant-one", null));

  private Tally tally;

  private static List<IdEntry> entries() {
    GhlClient ghl = Targets.ghlWithPit(SERVER.url(), Secrets.issue("pit"), null);
    OAuthClient oauth = Targets.oauth(SERVER.url(), "client-id-1", Secrets.issue("client-secret"), null);
    PleziClient plezi = Targets.plezi(SERVER.url(), Secrets.issue("plezi-api-key"), "tenant-one", null);
    List<IdEntry> all = new ArrayList<>(Targets.ghlIdEntries(ghl, oauth, Secrets.issue("agency-token")));
    all.addAll(Targets.pleziIdEntries(plezi));
    return List.copyOf(all);
  }

  @AfterProperty
  void counts_of_the_property_are_clean() {
    if (tally != null) {
      tally.assertClean();
    }
  }

  @AfterContainer
  static void stop_the_server() {
    SERVER.close();
  }

  @Provide
  Arbitrary<IdEntry> entryPoints() {
    return Arbitraries.of(ENTRIES);
  }

  @Provide
  Arbitrary<String> hostileIds() {
    Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMinLength(0).ofMaxLength(24);
    Arbitrary<String> poison = Arbitraries.oneOf(
        Arbitraries.of(";", ";jsessionid=1", "/", "/../", "..;", "\ud800", "\udbff", "\udc00", "\udfff"),
        Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
        Arbitraries.chars().range('\u007f', '\u009f').map(String::valueOf));
    Arbitrary<String> injected = Combinators.combine(plain, poison, plain).as((a, p, b) -> a + p + b);
    Arbitrary<String> dots = Arbitraries.of(".", "..", ".;", "..;x");
    Arbitrary<String> veryLong = Arbitraries.integers().between(2_000, 60_000)
        .map(n -> "a1".repeat(n / 2 + 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, injected), net.jqwik.api.Tuple.of(2, dots), net.jqwik.api.Tuple.of(1, veryLong));
  }

  @Provide
  Arbitrary<IdEntry> valueEntryPoints() {
    return Arbitraries.of(VALUE_ENTRIES);
  }

  @Provide
  Arbitrary<String> oversizedValues() {
    return Arbitraries.integers().between(20_000, 2_000_000).map(n -> "v".repeat(n));
  }

  @Property(tries = 40)
  void oversized_codes_and_field_values_are_refused_naming_the_parameter_before_any_request(
      @ForAll("valueEntryPoints") IdEntry entry, @ForAll("oversizedValues") String value) {
    tally = Tally.of("ids/oversized-values");
    check(entry, value);
  }

  @Property(tries = 1000)
  void hostile_ids_are_refused_naming_the_parameter_before_any_request(@ForAll("entryPoints") IdEntry entry,
      @ForAll("hostileIds") String id) {
    tally = Tally.of("ids/hostile-ids");
    check(entry, id);
  }

  private void check(IdEntry entry, String id) {
    tally.tried();
    int before = SERVER.count();
    String what = entry + " with " + describe(id);
    try {
      entry.call().accept(id);
      tally.accepted(what + ": the call went through");
    } catch (RuntimeException e) {
      if (SERVER.count() > before) {
        List<HostileServer.Received> got = SERVER.received();
        tally.accepted(what + ": reached the server as " + Tally.shorten(got.get(got.size() - 1).pathAndQuery()));
      } else if (!Targets.refusesNaming(e, entry.parameter())) {
        tally.crash(what + ": not an argument error naming " + entry.parameter(), e);
      }
      tally.leaksIn("the refusal of " + what, Secrets.chain(e));
    }
  }

  private static String describe(String id) {
    if (id.length() > 60) {
      return "a " + id.length() + "-character id";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : id.toCharArray()) {
      b.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
    }
    return b.append('"').toString();
  }
}
