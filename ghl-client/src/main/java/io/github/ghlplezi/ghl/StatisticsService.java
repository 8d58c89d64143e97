package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.StatisticsEnvelope;
import io.github.ghlplezi.ghl.model.ImmutableSocialStatistics;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import java.util.Objects;

/** Statistics of the accounts connected to one location: {@code socialPlanner(locationId).statistics()}. */
public final class StatisticsService {

  private final PlannerScope scope;

  StatisticsService(PlannerScope scope) {
    this.scope = scope;
  }

  /**
   * Statistics of connected accounts for the last 7 days against the 7 before
   * ({@code POST /social-media-posting/statistics?locationId=}). Pass the accounts'
   * {@code profileId}s, 1 to 100 of them.
   *
   * @param request profile ids and optional platform filter
   * @return the metrics, with HighLevel's trace id
   */
  @GhlOperation("get-social-media-statistics")
  public SocialStatistics get(StatisticsRequest request) {
    Objects.requireNonNull(request, "request");
    StatisticsEnvelope envelope = scope.calls().execute(scope.api().getStatistics(scope.locationId(), request, scope.ctx()));
    ImmutableSocialStatistics.Builder b = ImmutableSocialStatistics.builder();
    if (envelope.results() != null) {
      b.from(envelope.results());
    }
    if (envelope.message() != null) {
      b.message(envelope.message());
    }
    if (envelope.traceId() != null) {
      b.traceId(envelope.traceId());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "StatisticsService[locationId=" + scope.locationId() + "]";
  }
}
