package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenGrantTest {

  @Test
  void a_printed_grant_shows_neither_the_access_nor_the_refresh_token() {
    TokenGrant grant = new TokenGrant("grant-access-secret", Duration.ofHours(24), "grant-refresh-secret",
        Set.of("socialplanner/tag.readonly"));
    String printed = grant.toString();
    assertEquals("grant-access-secret", grant.accessToken());
    assertFalse(printed.contains("grant-access-secret"), printed);
    assertFalse(printed.contains("grant-refresh-secret"), printed);
    assertTrue(printed.contains("socialplanner/tag.readonly"), printed);
  }
}
