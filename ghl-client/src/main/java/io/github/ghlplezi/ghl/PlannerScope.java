package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.Calls;
import io.github.ghlplezi.ghl.internal.Envelope;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.ghl.model.Acknowledgement;
import io.github.ghlplezi.ghl.model.ImmutableAcknowledgement;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * What every Social Planner service of one location shares: the location, the Retrofit
 * interface, the call executor and the request context.
 */
record PlannerScope(String locationId, SocialPlannerApi api, Calls calls, CallContext ctx) {

  static PlannerScope of(String locationId, SocialPlannerApi api, Calls calls) {
    return new PlannerScope(locationId, api, calls, CallContext.location(locationId));
  }

  private static final Logger LOG = LoggerFactory.getLogger(PlannerScope.class);

  /**
   * Reads the records of a page one by one: a malformed record is left out, added to
   * {@code skipped} (its position shifted by {@code offset}) and logged at WARN with its position
   * and reason, never its values.
   */
  <T> List<T> readEach(List<TokenBuffer> records, Class<T> type, List<SkippedRecord> skipped, int offset,
      String operation, String what) {
    List<SkippedRecord> here = new ArrayList<>(0);
    List<T> read = calls.readEach(records, type, here);
    if (!here.isEmpty()) {
      LOG.warn("{} of location {}: skipped {} unreadable {} of {}: {}", operation, locationId, here.size(), what,
          records.size(), here);
      for (SkippedRecord r : here) {
        skipped.add(offset == 0 ? r : new SkippedRecord(r.index() + offset, r.reason()));
      }
    }
    return read;
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
