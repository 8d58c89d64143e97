package io.github.ghlplezi.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.connector.config.ThresholdRuleConfig;
import io.github.ghlplezi.connector.config.ThresholdsConfig;
import io.github.ghlplezi.sync.alert.ThresholdRule;
import io.github.ghlplezi.sync.alert.ThresholdRule.Direction;
import io.github.ghlplezi.sync.alert.ThresholdRule.Measure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationsTest {

  @Test
  void the_shorthand_and_the_listed_rules_become_threshold_rules() {
    ThresholdsConfig config = new ThresholdsConfig(30.0, List.of(new ThresholdRuleConfig("reach-high", "impressions",
        Measure.TOTAL, 14, Direction.AT_OR_ABOVE, 10_000.0, 500.0, Duration.ofDays(1), "instagram", true,
        List.of("loc-one"))));

    List<ThresholdRule> rules = Notifications.rules(config);

    assertEquals(2, rules.size());
    ThresholdRule drop = rules.get(0);
    assertEquals(ThresholdsConfig.ENGAGEMENT_DROP, drop.id());
    assertEquals("likes", drop.metric());
    assertEquals(Measure.CHANGE_PERCENT, drop.measure());
    assertEquals(7, drop.periodDays());
    assertEquals(Direction.AT_OR_BELOW, drop.direction());
    assertEquals(-30.0, drop.threshold());
    assertEquals(Set.of(), drop.locations());
    ThresholdRule reach = rules.get(1);
    assertEquals("impressions", reach.metric());
    assertEquals(Measure.TOTAL, reach.measure());
    assertEquals(14, reach.periodDays());
    assertEquals(Direction.AT_OR_ABOVE, reach.direction());
    assertEquals(10_000.0, reach.threshold());
    assertEquals(500.0, reach.hysteresis());
    assertEquals(Duration.ofDays(1), reach.cooldown());
    assertEquals(Optional.of("instagram"), reach.platform());
    assertTrue(reach.perAccount());
    assertEquals(Set.of("loc-one"), reach.locations());
    assertEquals(List.of(), Notifications.rules(null));
  }
}
