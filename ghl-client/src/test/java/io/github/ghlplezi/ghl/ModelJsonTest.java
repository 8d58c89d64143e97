package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.internal.Json;
import io.github.ghlplezi.ghl.model.LocationToken;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.Post;
import io.github.ghlplezi.ghl.model.PostStatus;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.UserType;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  final ObjectMapper mapper = Json.newMapper();

  @Test
  void statistics_changes_sent_as_two_decimal_strings_are_read_as_numbers() throws Exception {
    SocialStatistics stats = mapper.readValue("{\"breakdowns\":{\"posts\":{\"total\":3,\"totalChange\":\"-73.53\","
        + "\"platforms\":{\"instagram\":{\"value\":2,\"change\":\"50.00\"}}}},\"unexpected\":[1,2]}", SocialStatistics.class);
    assertEquals(-73.53, stats.breakdowns().posts().totalChange(), 1e-9);
    assertEquals(50.0, stats.breakdowns().posts().platforms().get("instagram").change(), 1e-9);
    assertEquals(0, stats.totals().impressions());
  }

  @Test
  void unknown_fields_and_unknown_enum_values_never_break_reading() throws Exception {
    Tag tag = mapper.readValue("{\"_id\":\"t1\",\"tag\":\"Promo\",\"color\":\"red\",\"deleted\":true}", Tag.class);
    assertTrue(tag.deleted());
    Post post = mapper.readValue("{\"_id\":\"p1\",\"status\":\"archived_by_ai\",\"type\":\"carousel\",\"media\":null,\"tags\":null}", Post.class);
    assertEquals("archived_by_ai", post.status().orElseThrow().value());
    assertFalse(post.status().orElseThrow().isKnown());
    assertEquals(PostStatus.PUBLISHED, PostStatus.of("PUBLISHED"));
    assertTrue(post.media().isEmpty());
  }

  @Test
  void requests_omit_absent_fields_and_write_wire_names() throws Exception {
    String json = mapper.writeValueAsString(StatisticsRequest.builder().addProfileIds("p1").build());
    assertEquals("{\"profileIds\":[\"p1\"]}", json);
  }

  @Test
  void token_responses_never_print_their_tokens() throws Exception {
    OAuthTokens tokens = mapper.readValue("{\"access_token\":\"secret-access\",\"refresh_token\":\"secret-refresh\","
        + "\"expires_in\":86399,\"userType\":\"Location\",\"locationId\":\"l1\",\"userId\":\"u1\",\"refreshTokenId\":\"r1\"}", OAuthTokens.class);
    assertEquals(UserType.LOCATION, tokens.userType().orElseThrow());
    assertEquals("secret-access", tokens.accessToken());
    assertFalse(tokens.toString().contains("secret-access"));
    assertFalse(tokens.toString().contains("secret-refresh"));
  }

  @Test
  void minted_location_tokens_never_print_their_tokens() throws Exception {
    LocationToken token = mapper.readValue("{\"access_token\":\"minted-access-secret\",\"token_type\":\"Bearer\","
        + "\"expires_in\":86399,\"refresh_token\":\"minted-refresh-secret\",\"locationId\":\"l1\"}", LocationToken.class);
    assertEquals("minted-access-secret", token.accessToken());
    assertEquals("minted-refresh-secret", token.refreshToken().orElseThrow());
    assertTrue(token.toString().contains("l1"), token.toString());
    assertFalse(token.toString().contains("minted-access-secret"), token.toString());
    assertFalse(token.toString().contains("minted-refresh-secret"), token.toString());
  }
}
