package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
@SandboxOptions(seed = 7, locations = 4, clockStart = "2026-03-01T10:00:00Z",
    unknownValueMode = UnknownValueMode.REJECT_422, ghlBurstLimit = 2)
class SandboxOptionsTest {

  @Test
  void applies_the_options_of_the_test_class(Sandbox sandbox) {
    assertEquals(7, sandbox.seed());
    assertEquals(4, sandbox.ghl().locations().size());
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), sandbox.clock().instant());
    String loc = sandbox.ghl().locations().get(0).id();
    Http h = Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(loc));
    assertEquals("2", h.get("social-media-posting/" + loc + "/tags").header("X-RateLimit-Max"));
    Http.Response r = PleziWebformTest.legacy(sandbox).get("create_contact_after_webform?form_id="
        + sandbox.plezi().formId() + "&email=o@example.com&plz_social_tags=not-an-option");
    assertEquals(422, r.status());
  }
}
