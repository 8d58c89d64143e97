package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void classifies_statuses_in_one_place() {
    assertEquals(FailureKind.NONE, Failures.classify(200));
    assertEquals(FailureKind.NONE, Failures.classify(201));
    assertEquals(FailureKind.RATE_LIMITED, Failures.classify(429));
    for (int s : new int[] {500, 502, 503, 504, 408}) {
      assertEquals(FailureKind.TRANSIENT, Failures.classify(s), "status " + s);
    }
    for (int s : new int[] {400, 401, 403, 404, 409, 422}) {
      assertEquals(FailureKind.PERMANENT, Failures.classify(s), "status " + s);
    }
  }

  @Test
  void classifies_io_failures_as_transient_and_broken_trust_as_permanent() {
    assertEquals(FailureKind.TRANSIENT, Failures.classify(new IOException("reset")));
    assertEquals(FailureKind.TRANSIENT, Failures.classify(new EOFException("cut")));
    assertEquals(FailureKind.TRANSIENT, Failures.classify(new ConnectException("refused")));
    assertEquals(FailureKind.TRANSIENT, Failures.classify(new SocketTimeoutException("read")));
    assertEquals(FailureKind.TRANSIENT, Failures.classify(new RuntimeException(new IOException("wrapped"))));
    assertEquals(FailureKind.PERMANENT, Failures.classify(new InterruptedIOException("canceled")));
    SSLHandshakeException ssl = new SSLHandshakeException("bad cert");
    ssl.initCause(new CertificateException("untrusted"));
    assertEquals(FailureKind.PERMANENT, Failures.classify(ssl));
    assertEquals(FailureKind.PERMANENT, Failures.classify(new IllegalStateException("bug")));
    assertEquals(FailureKind.RATE_LIMITED,
        Failures.classify(new RateBudgetExceededException("loc", Duration.ofSeconds(1), "test")));
  }
}
