package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FaultCountByKindTest {

  @Test
  void counts_injected_faults_per_kind() {
    Faults faults = new Faults(1L);
    faults.add(FaultRule.onPath("/a").times(2).fault(Fault.applyThenDrop()));
    faults.add(FaultRule.onPath("/a").times(1).fault(Fault.status(503)));
    for (int i = 0; i < 5; i++) {
      faults.pick("GET", "/a");
    }
    assertEquals(2, faults.injectedCount(Fault.Kind.APPLY_THEN_DROP));
    assertEquals(1, faults.injectedCount(Fault.Kind.STATUS));
    assertEquals(0, faults.injectedCount(Fault.Kind.TRUNCATED_BODY));
    assertEquals(3, faults.injectedCount());
  }
}
