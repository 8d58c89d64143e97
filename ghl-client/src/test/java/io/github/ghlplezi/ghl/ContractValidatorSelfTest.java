package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.support.ContractValidator;
import io.github.ghlplezi.ghl.support.RecordingInterceptor.Exchange;
import io.github.ghlplezi.ghl.support.SpecFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proves that the spec contract check rejects what the specification forbids. */
class ContractValidatorSelfTest {

  static final Map<String, List<String>> HEADERS = Map.of(
      "Authorization", List.of("Bearer pit-x"), "Version", List.of("2021-07-28"), "Accept", List.of("application/json"));
  static final String STATS_OK = "{\"results\":{\"dayRange\":[]},\"message\":\"Analytics Built Successfully\",\"traceId\":\"t\"}";

  ContractValidator validator;

  @BeforeEach
  void specs() {
    SpecFiles.requireDir();
    validator = ContractValidator.get();
  }

  static Exchange stats(Map<String, List<String>> headers, Map<String, List<String>> query, String body) {
    return new Exchange("POST", "/social-media-posting/statistics", query, headers, "application/json; charset=UTF-8",
        body.getBytes(StandardCharsets.UTF_8), 201, "application/json", STATS_OK);
  }

  @Test
  void accepts_a_statistics_request_as_the_client_sends_it() {
    assertEquals(List.of(), validator.validate(stats(HEADERS, Map.of("locationId", List.of("loc")), "{\"profileIds\":[\"p1\"]}")));
  }

  @Test
  void rejects_statistics_without_profile_ids() {
    assertTrue(!validator.validate(stats(HEADERS, Map.of("locationId", List.of("loc")), "{\"profileIds\":[]}")).isEmpty());
  }

  @Test
  void rejects_statistics_without_the_location_query_parameter() {
    assertTrue(!validator.validate(stats(HEADERS, Map.of(), "{\"profileIds\":[\"p1\"]}")).isEmpty());
  }

  @Test
  void rejects_a_request_without_the_version_header() {
    assertTrue(!validator.validate(stats(Map.of("Authorization", List.of("Bearer x")), Map.of("locationId", List.of("loc")),
        "{\"profileIds\":[\"p1\"]}")).isEmpty());
  }

  @Test
  void rejects_an_unknown_platform_and_an_undeclared_body_field() {
    assertTrue(!validator.validate(stats(HEADERS, Map.of("locationId", List.of("loc")),
        "{\"profileIds\":[\"p1\"],\"platforms\":[\"myspace\"]}")).isEmpty());
    assertTrue(!validator.validate(stats(HEADERS, Map.of("locationId", List.of("loc")),
        "{\"profileIds\":[\"p1\"],\"surprise\":1}")).isEmpty());
  }

  @Test
  void rejects_a_path_the_specification_does_not_have() {
    Exchange e = new Exchange("GET", "/social-media-posting/loc/tagz", Map.of(), HEADERS, null, null, 200,
        "application/json", "{}");
    assertTrue(!validator.validate(e).isEmpty());
  }

  @Test
  void rejects_a_response_body_that_breaks_the_documented_schema() {
    Exchange e = new Exchange("GET", "/social-media-posting/loc/tags", Map.of(), HEADERS, null, null, 200,
        "application/json", "{\"success\":true,\"statusCode\":200,\"message\":\"m\",\"results\":{\"tags\":\"not-an-array\"}}");
    assertTrue(!validator.validate(e).isEmpty());
  }

  @Test
  void lists_the_spec_errata_it_applies() {
    assertTrue(validator.errata().stream().anyMatch(s -> s.contains("CreatePostDTO.type")), validator.errata()::toString);
    assertTrue(validator.errata().stream().anyMatch(s -> s.contains("bulk-delete")), validator.errata()::toString);
  }
}
