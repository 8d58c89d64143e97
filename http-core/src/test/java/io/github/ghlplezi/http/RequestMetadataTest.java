package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RequestMetadataTest {

  private static final RequestMetadata TAGS = new RequestMetadata(
      "get-tags-location-id", "/social-media-posting/{locationId}/tags", "loc-1", true);

  @Test
  void metadata_attached_to_a_request_is_read_back_and_survives_a_rebuild() {
    Request request = TAGS.attachTo(new Request.Builder().url("http://127.0.0.1/x")).build();
    assertEquals(TAGS, RequestMetadata.of(request).orElseThrow());
    Request rebuilt = request.newBuilder().header("X-Other", "1").build();
    assertEquals(TAGS, RequestMetadata.of(rebuilt).orElseThrow());
  }

  @Test
  void a_request_made_by_other_code_has_none() {
    assertTrue(RequestMetadata.of(new Request.Builder().url("http://127.0.0.1/x").build()).isEmpty());
  }

  @Test
  void another_location_gives_a_copy_and_the_same_location_gives_the_same_value() {
    assertSame(TAGS, TAGS.withLocationId("loc-1"));
    RequestMetadata other = TAGS.withLocationId("loc-2");
    assertEquals("loc-2", other.locationId());
    assertEquals(TAGS.operation(), other.operation());
    assertEquals(TAGS.repeatable(), other.repeatable());
  }

  @Test
  void operation_and_path_template_are_required() {
    assertThrows(NullPointerException.class, () -> new RequestMetadata(null, "/x", null, true));
    assertThrows(NullPointerException.class, () -> new RequestMetadata("op", null, null, true));
  }
}
