package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ghlplezi.ghl.model.UserType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a token looks like after a store kept it: its scopes exactly as granted (checked against
 * literal sets, not against a second value built the same way), and, in the encrypted file, a
 * fresh nonce for every write.
 */
class TokenAtRestTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SecretKey KEY = EncryptedFileTokenStore.aesKey(
      "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  @TempDir
  static Path dir;

  static Stream<Arguments> stores() {
    Function<String, TokenStore> inMemory = name -> new InMemoryTokenStore(CLOCK);
    Function<String, TokenStore> file = name -> new EncryptedFileTokenStore(dir.resolve(name + ".bin"), KeyProvider.of("k1", KEY), name, CLOCK);
    Function<String, TokenStore> h2 = name -> {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return new JdbcTokenStore(ds, KeyProvider.of("k1", KEY), JdbcTokenStore.DEFAULT_STORE_ID, CLOCK).createSchemaIfMissing();
    };
    return Stream.of(Arguments.of("in memory", inMemory), Arguments.of("encrypted file", file),
        Arguments.of("jdbc on h2", h2));
  }

  private static TokenStore open(Function<String, TokenStore> factory) {
    return factory.apply("tokens-" + UUID.randomUUID());
  }

  private static StoredToken oauth(String id, Set<String> scopes) {
    return new StoredToken(id, UserType.LOCATION, "at-" + id, NOW.plus(Duration.ofHours(24)), "rt-" + id, scopes, 0,
        NOW);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void three_granted_scopes_come_back_exactly(String name, Function<String, TokenStore> factory) {
    TokenStore store = open(factory);
    Set<String> granted = new LinkedHashSet<>(
        List.of("socialplanner/tag.write", "socialplanner/post.readonly", "locations.readonly"));
    store.compareAndSet(0, oauth("loc-a", granted)).orElseThrow();

    Set<String> read = store.find("loc-a").orElseThrow().scopes();

    assertEquals(Set.of("locations.readonly", "socialplanner/post.readonly", "socialplanner/tag.write"), read);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void a_single_scope_and_no_scope_both_come_back_as_written(String name, Function<String, TokenStore> factory) {
    TokenStore store = open(factory);
    store.compareAndSet(0, oauth("loc-one", Set.of("socialplanner/tag.readonly"))).orElseThrow();
    store.compareAndSet(0, oauth("loc-none", Set.of())).orElseThrow();

    assertEquals(Set.of("socialplanner/tag.readonly"), store.find("loc-one").orElseThrow().scopes());
    assertEquals(Set.of(), store.find("loc-none").orElseThrow().scopes());
  }

  @Test
  void a_token_keeps_the_scopes_it_was_given_and_treats_null_as_none() {
    assertEquals(Set.of("a.readonly", "b.write"), oauth("loc", Set.of("b.write", "a.readonly")).scopes());
    assertEquals(Set.of(), oauth("loc", null).scopes());
  }

  @Test
  void a_renewal_without_scopes_keeps_the_old_ones_and_one_with_scopes_replaces_them() {
    StoredToken token = oauth("loc", Set.of("socialplanner/tag.readonly"));

    StoredToken kept = token.renewed(new TokenGrant("at-2", Duration.ofHours(1), "rt-2", Set.of()), NOW);
    StoredToken replaced = token.renewed(
        new TokenGrant("at-3", Duration.ofHours(1), "rt-3", Set.of("socialplanner/post.write")), NOW);

    assertEquals(Set.of("socialplanner/tag.readonly"), kept.scopes());
    assertEquals(Set.of("socialplanner/post.write"), replaced.scopes());
    assertEquals(NOW.plus(Duration.ofHours(1)), replaced.accessExpiresAt());
    assertEquals(1, replaced.version());
  }

  @Test
  void writing_the_same_token_twice_under_one_key_never_produces_the_same_bytes() throws IOException {
    StoredToken token = oauth("loc-same", Set.of("socialplanner/tag.readonly"));
    EncryptedFileTokenStore first = new EncryptedFileTokenStore(dir.resolve("first.bin"), KeyProvider.of("k1", KEY), "first", CLOCK);
    EncryptedFileTokenStore second = new EncryptedFileTokenStore(dir.resolve("second.bin"), KeyProvider.of("k1", KEY), "second", CLOCK);
    first.compareAndSet(0, token).orElseThrow();
    second.compareAndSet(0, token).orElseThrow();

    byte[] a = Files.readAllBytes(first.file());
    byte[] b = Files.readAllBytes(second.file());

    assertEquals(a.length, b.length, "same plaintext, same size");
    assertFalse(Arrays.equals(a, b), "same plaintext under one key must be sealed with a fresh nonce");
    assertEquals(token.accessToken(), new EncryptedFileTokenStore(first.file(), KeyProvider.of("k1", KEY), "first", CLOCK).find("loc-same")
        .orElseThrow().accessToken());
    assertEquals(token.accessToken(), new EncryptedFileTokenStore(second.file(), KeyProvider.of("k1", KEY), "second", CLOCK).find("loc-same")
        .orElseThrow().accessToken());
  }
}
