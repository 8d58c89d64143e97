package io.github.ghlplezi.sync.deliver;

import java.util.List;
import java.util.Objects;

/**
 * What Plezi answered to a {@link ContactWrite}. A transport or status failure that is not about
 * particular values is thrown by the sink instead.
 */
public sealed interface DeliveryResult permits DeliveryResult.Confirmed, DeliveryResult.ValuesRejected {

  /**
   * Plezi applied the write.
   *
   * @param contactCreated true when Plezi created the contact
   */
  record Confirmed(boolean contactCreated) implements DeliveryResult {
  }

  /**
   * Plezi refused the write (nothing applied) because of these option values.
   *
   * @param fieldKey the field whose values were refused
   * @param values the refused values, as Plezi named them
   * @param vendorMessage Plezi's message
   */
  record ValuesRejected(String fieldKey, List<String> values, String vendorMessage) implements DeliveryResult {

    /**
     * Copies the list and checks the arguments.
     *
     * @param fieldKey the field whose values were refused
     * @param values the refused values, as Plezi named them
     * @param vendorMessage Plezi's message
     */
    public ValuesRejected {
      Objects.requireNonNull(fieldKey, "fieldKey");
      values = List.copyOf(values);
      Objects.requireNonNull(vendorMessage, "vendorMessage");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("values must name at least one refused value");
      }
    }
  }
}
