package io.github.ghlplezi.sync.store;

/** A store could not be read or written; the message names the operation, never a credential. */
public final class SyncStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the underlying SQL or I/O failure
   */
  public SyncStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
