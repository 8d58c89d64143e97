package io.github.ghlplezi.sync.deliver;

/**
 * Port of the deliver stage: writes field values to one Plezi contact.
 *
 * <p>{@link PleziContactSink} implements it with plezi-client. Failures other than refused values are
 * thrown as the client's own unchecked exceptions; the engine classifies them once.
 */
@FunctionalInterface
public interface ContactSink {

  /**
   * Sends one write.
   *
   * @param write the contact and the full values of its fields
   * @return confirmed, or the values Plezi refused (nothing applied)
   */
  DeliveryResult write(ContactWrite write);
}
