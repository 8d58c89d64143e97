package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.model.ImmutableOAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredTokenFromCodeExchangeTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void a_location_code_exchange_becomes_a_row_keyed_by_the_location_with_its_expiry_and_scopes() {
    StoredToken t = StoredToken.from(ImmutableOAuthTokens.builder().accessToken("at-x").refreshToken("rt-x")
        .expiresIn(86399).scope("socialplanner/tag.readonly socialplanner/post.readonly")
        .userType(UserType.LOCATION).locationId("loc-9").companyId("co-1").build(), CLOCK);

    assertEquals(new StoredToken("loc-9", UserType.LOCATION, "at-x", CLOCK.instant().plusSeconds(86399), "rt-x",
        Set.of("socialplanner/tag.readonly", "socialplanner/post.readonly"), 0, CLOCK.instant()), t);
  }

  @Test
  void a_company_token_is_keyed_by_the_company_and_a_missing_id_is_named() {
    StoredToken t = StoredToken.from(ImmutableOAuthTokens.builder().accessToken("at-c").userType(UserType.COMPANY)
        .companyId("co-1").build(), CLOCK);
    assertEquals("co-1", t.id());
    assertNull(t.refreshToken());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredToken.from(
        ImmutableOAuthTokens.builder().accessToken("at-l").userType(UserType.LOCATION).build(), CLOCK));
    assertTrue(e.getMessage().startsWith("locationId"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new StoredToken("x", UserType.of("Agency"), "at", null, null,
        Set.of(), 0, CLOCK.instant()));
  }
}
