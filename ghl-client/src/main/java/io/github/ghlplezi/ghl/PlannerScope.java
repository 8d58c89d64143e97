package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Calls;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.Acknowledgement;
import io.github.ghlplezi.ghl.model.ImmutableAcknowledgement;
import java.util.List;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * What every Social Planner service of one location shares: the location, the Retrofit
 * interface, the call executor and the request context.
 */
record PlannerScope(String locationId, SocialPlannerApi api, Calls calls, CallContext ctx) {

  static PlannerScope of(String locationId, SocialPlannerApi api, Calls calls) {
    return new PlannerScope(locationId, api, calls, CallContext.location(locationId));
  }

  /** Runs a call and unwraps HighLevel's {@code results}, or {@code empty} when it has none. */
  <T> T results(Call<Envelope<T>> call, Supplier<T> empty) {
    Envelope<T> envelope = calls.execute(call);
    return envelope.results() == null ? empty.get() : envelope.results();
  }

  /** Runs a call whose answer is a status envelope or nothing. */
  Acknowledgement acknowledge(Call<? extends Envelope<?>> call) {
    Envelope<?> envelope = calls.executeNullable(call);
    if (envelope == null) {
      // a 2xx without a body
      return ImmutableAcknowledgement.builder().success(true).build();
    }
    ImmutableAcknowledgement.Builder b = ImmutableAcknowledgement.builder()
        .success(envelope.success() == null || envelope.success());
    if (envelope.statusCode() != null) {
      b.statusCode(envelope.statusCode());
    }
    if (envelope.message() != null) {
      b.message(envelope.message());
    }
    return b.build();
  }

  static String optionalId(String parameter, String value) {
    return value == null ? null : Validate.id(parameter, value);
  }

  /** A 2xx whose body lacks what the operation promises. */
  static GhlApiException emptyAnswer(Envelope<?> envelope, String method, String pathTemplate, String what) {
    return new GhlApiException(new GhlErrorDetails(envelope.statusCode() == null ? 200 : envelope.statusCode(),
        method, pathTemplate, null, List.of("HighLevel answered without " + what), null, null), null);
  }
}
