package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
  private static Sandbox first;

  @Test
  @Order(1)
  void injects_a_running_sandbox_and_its_parts(Sandbox sandbox, FakeGhl ghl, FakePlezi plezi, TestClock clock) {
    first = sandbox;
    assertSame(sandbox.ghl(), ghl);
    assertSame(sandbox.plezi(), plezi);
    assertSame(sandbox.clock(), clock);
    String loc = ghl.locations().get(0).id();
    assertEquals(200, Http.ghl(ghl.baseUrl(), ghl.privateIntegrationToken(loc))
        .get("social-media-posting/" + loc + "/tags").status());
  }

  @Test
  @Order(2)
  void shares_one_sandbox_per_test_class(Sandbox sandbox) {
    assertSame(first, sandbox);
  }
}
