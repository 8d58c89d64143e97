package io.github.ghlplezi.plezi.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.PleziProtocol.SignatureHost;
import io.github.ghlplezi.plezi.PleziProtocol.SignatureLineBreak;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** A nonce would break the comma-separated header if it held ',' or '=' anywhere, its first character included. */
class BrainNonceCheckTest {

  private final BrainSignature signature =
      new BrainSignature("pub-key", "secret-value", SignatureLineBreak.NEWLINE, SignatureHost.HOST_HEADER);
  private final HttpUrl url = HttpUrl.get("https://brain.plezi.co/api/v1/contacts?page=1");

  @Test
  void a_nonce_starting_or_containing_a_comma_or_an_equals_sign_is_refused() {
    for (String nonce : new String[] {",abc", "=abc", "ab,c", "ab=c", ""}) {
      assertThrows(IllegalArgumentException.class, () -> signature.header("GET", url, nonce, 1_764_000_000L), nonce);
    }
  }

  @Test
  void a_plain_nonce_is_written_into_the_header() {
    assertTrue(signature.header("GET", url, "0f1e2d", 1_764_000_000L).contains(",nonce=0f1e2d,"));
  }
}
