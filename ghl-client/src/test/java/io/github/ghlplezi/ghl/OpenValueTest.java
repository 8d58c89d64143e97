package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.internal.Json;
import io.github.ghlplezi.ghl.model.AccountType;
import io.github.ghlplezi.ghl.model.PostType;
import io.github.ghlplezi.ghl.model.SocialPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenValueTest {

  private final ObjectMapper mapper = Json.newMapper();

  @Test
  void a_known_wire_value_reads_as_the_declared_constant_whatever_its_case() throws Exception {
    assertSame(SocialPlatform.FACEBOOK, mapper.readValue("\"facebook\"", SocialPlatform.class));
    assertSame(SocialPlatform.FACEBOOK, SocialPlatform.of("FaceBook"));
    assertTrue(SocialPlatform.FACEBOOK.isKnown());
  }

  @Test
  void a_value_highlevel_adds_later_is_kept_and_written_back_unchanged() throws Exception {
    SocialPlatform mastodon = mapper.readValue("\"mastodon\"", SocialPlatform.class);

    assertFalse(mastodon.isKnown());
    assertEquals("mastodon", mastodon.value());
    assertEquals("[\"mastodon\",\"instagram\"]",
        mapper.writeValueAsString(List.of(mastodon, SocialPlatform.INSTAGRAM)));
    assertEquals(mastodon, SocialPlatform.of("mastodon"));
    assertFalse(SocialPlatform.knownValues().contains(mastodon));
  }

  @Test
  void equal_values_of_different_enumerations_are_not_equal() {
    assertEquals(AccountType.of("page"), AccountType.PAGE);
    assertNotEquals(AccountType.PAGE, PostType.of("page"));
  }

  @Test
  void a_blank_value_is_refused_naming_the_enumeration() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SocialPlatform.of(" "));
    assertTrue(e.getMessage().contains("SocialPlatform"), e.getMessage());
  }
}
